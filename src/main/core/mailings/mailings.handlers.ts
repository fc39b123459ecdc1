import type { Handlers } from '../rpc/handler.types';
import { envelopeCatalogue, labelCatalogue } from '../documents/catalogue';
import { printCalibrationSheet } from './calibration.service';
import { deleteCustomSheet, listCustomSheets, saveCustomSheet } from './custom-sheets.service';
import { deleteTemplate, listTemplates, saveTemplate } from './letter-templates.service';
import { getMailingSettings, updateMailingSettings } from './mailing-settings.service';
import { cancelRun, getRun, listRuns, previewRun, printRun, reprintRun, sentCounts } from './runs.service';

export const mailingsHandlers = {
  'mailings.catalogue': async (ctx) => {
    const envelopes = envelopeCatalogue();
    return { sheets: [...labelCatalogue().labels, ...(await listCustomSheets(ctx))], envelopes: envelopes.envelopes, windows: envelopes.windows };
  },
  'mailings.sheets.save': (ctx, { id, draft }) => saveCustomSheet(ctx, id, draft),
  'mailings.sheets.delete': (ctx, { id }) => deleteCustomSheet(ctx, id),
  'mailings.settings.get': (ctx) => getMailingSettings(ctx),
  'mailings.settings.update': (ctx, patch) => updateMailingSettings(ctx, patch),
  'mailings.calibrationSheet': (ctx, { paper, output }) => printCalibrationSheet(ctx, paper, output),
  'mailings.templates.list': (ctx) => listTemplates(ctx),
  'mailings.templates.save': (ctx, { id, draft }) => saveTemplate(ctx, id, draft),
  'mailings.templates.delete': (ctx, { id }) => deleteTemplate(ctx, id),
  'mailings.preview': (ctx, q) => previewRun(ctx, q),
  'mailings.run': (ctx, cmd) => printRun(ctx, cmd),
  'mailings.reprint': (ctx, { runId, output, staffId }) => reprintRun(ctx, runId, output, staffId),
  'mailings.runs.list': (ctx, { limit, contactId }) => listRuns(ctx, limit, contactId),
  'mailings.runs.get': (ctx, { id }) => getRun(ctx, id),
  'mailings.runs.cancel': (ctx, { id }) => cancelRun(ctx, id),
  'mailings.counts': (ctx, { since, contactId }) => sentCounts(ctx, since, contactId),
} satisfies Handlers<'mailings.'>;
