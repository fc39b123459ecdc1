import type { Handlers } from '../rpc/handler.types';
import { importHistory } from './import-history';
import { cancelJob, jobProgress } from './import-jobs';
import { startImport } from './import-start';
import { undoImport } from './import-undo';
import { restoreEverything } from './restore-everything';
import { saveProblemRows } from './problem-rows';
import { closeImport, deleteMapping, listMappings, openImport, previewImport, saveMapping } from './imports.service';

export const importsHandlers = {
  'imports.open': (ctx, input) => openImport(ctx, input),
  'imports.preview': (ctx, input) => previewImport(ctx, input),
  'imports.problemRows': (ctx, input) => saveProblemRows(ctx, input),
  'imports.start': (ctx, input) => startImport(ctx, input),
  'imports.progress': async (ctx, { jobId }) => jobProgress(ctx, jobId),
  'imports.cancel': (ctx, { jobId }) => cancelJob(ctx, jobId),
  'imports.close': async (ctx, { sessionId }) => closeImport(ctx, sessionId),
  'imports.restore': (ctx, { sessionId }) => restoreEverything(ctx, sessionId),
  'imports.history': (ctx, { limit }) => importHistory(ctx, limit),
  'imports.undo': (ctx, { importId }) => undoImport(ctx, importId),
  'imports.mappings': (ctx, { kind }) => listMappings(ctx, kind),
  'imports.saveMapping': (ctx, input) => saveMapping(ctx, input),
  'imports.deleteMapping': (ctx, { id }) => deleteMapping(ctx, id),
} satisfies Handlers<'imports.'>;
