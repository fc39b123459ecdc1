import { basename } from 'node:path';
import type { FileErrorDetails, FileErrorKind } from '../../../shared/import-export/file-error';
import type { ErrorCode } from '../../../shared/contract/result';
import { AppError } from '../errors';
import { FileReadError } from '../import-export/file-read-error';
import type { ReadOptions } from '../import-export/read-import-file';
import type { PackedTable } from './packed-table';
import { launchWorker } from './worker-launch';
import { boundedHeap, outOfMemory } from './worker-heap';

/** What the table-reader thread posts: the file's rows packed, or why they could not be read. */
export type ReaderMessage =
  | { ok: true; packed: PackedTable }
  | { ok: false; fileError: { kind: FileErrorKind; details: FileErrorDetails } }
  | { ok: false; appError: { code: ErrorCode; key: string; params: Record<string, unknown> } }
  | { ok: false; message: string };

/** The error the reader thread described, as the one it caught (so it is worded the same). */
function failure(m: Exclude<ReaderMessage, { ok: true }>): Error {
  if ('fileError' in m) return new FileReadError(m.fileError.kind, m.fileError.details);
  if ('appError' in m) return new AppError(m.appError.code, m.appError.key, m.appError.params);
  return new Error(m.message);
}

/**
 * Reads a file on a short-lived thread (see table-reader) and returns its rows packed: the app's
 * thread stays free meanwhile and never holds the read's garbage.
 */
export function readTableInThread(path: string, read: ReadOptions): Promise<PackedTable> {
  return new Promise((resolve, reject) => {
    const worker = launchWorker('table-reader', { path, read }, [], boundedHeap());
    let settled = false;
    worker.once('message', (m: ReaderMessage) => {
      settled = true;
      if (m.ok) resolve(m.packed);
      else reject(failure(m));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(outOfMemory(err) ? new AppError('validation', 'imports.outOfMemory', { file: basename(path) }) : err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the file reading thread stopped (exit code ${code})`));
    });
  });
}
