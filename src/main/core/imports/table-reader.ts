import { parentPort, workerData } from 'node:worker_threads';
import { readImportFile, type ReadOptions } from '../import-export/read-import-file';
import { AppError } from '../errors';
import { FileReadError } from '../import-export/file-read-error';
import { packTable, packedBuffers } from './packed-table';
import type { ReaderMessage } from './table-reader-thread';

// A workbook (or a large text file) opened for import is read here, on a thread of its own that
// ends with the read: unzipping and parsing a large sheet makes several times the table's size
// in garbage, and a thread that exits gives all of it back at once, where the app's thread
// would keep it. The rows go back packed (packed-table.ts), outside the JavaScript heap.
const data = workerData as { path: string; read: ReadOptions };
const post = (m: ReaderMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(m, transfer);

readImportFile(data.path, data.read).then(
  (table) => {
    const packed = packTable(table);
    post({ ok: true, packed }, packedBuffers(packed));
  },
  (err: unknown) => {
    if (err instanceof FileReadError) post({ ok: false, fileError: { kind: err.kind, details: err.details } });
    else if (err instanceof AppError) post({ ok: false, appError: { code: err.code, key: err.key, params: err.params } });
    else post({ ok: false, message: err instanceof Error ? err.message : String(err) });
  },
);
