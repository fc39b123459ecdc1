import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { readImportFile } from '../import-export/read-import-file';
import { unpackTable } from './packed-table';
import { AppError } from '../errors';
import type { ImportJobData, WorkerMessage } from './job-data';
import { ImportCancelled, runContactImport, type RunHooks } from './run-contact-import';
import { runSalesImport } from './run-sales-import';
import { planContactSteps } from './contact-steps';
import { withMadeFields } from './new-fields';
import { receiveSteps } from './plan-channel';
import type { Sqlite } from '../db/connection';

// The import's own thread: its own connection to the same file (WAL lets the app keep reading),
// one transaction, progress posted as it goes. The app's thread stays free for the screen.
const data = workerData as ImportJobData;
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const flag = new Int32Array(data.cancel);

const readTable = () => (data.packed ? unpackTable(data.packed) : readImportFile(data.filePath, data.read));

/** A contacts import: its rows planned by the planning thread, or here when the file is small. */
async function importContacts(sqlite: Sqlite, hooks: RunHooks): Promise<number> {
  const link = data.link;
  if (link) return runContactImport(sqlite, data, (whileWaiting, made) => receiveSteps(link, hooks.cancelled, whileWaiting, made), data.rows, hooks);
  const table = await readTable();
  return runContactImport(sqlite, data, (_, made) => planContactSteps(sqlite, table, withMadeFields(data, data.newFields, made)), table.rows.length, hooks);
}

async function main(): Promise<void> {
  const sqlite = new Database(data.dataFile);
  try {
    sqlite.pragma('journal_mode = WAL');
    // A contacts import checks its one outside reference itself (runContactImport): every other
    // row it writes points at rows the same transaction made or read. With the keys off SQLite
    // skips a dozen lookups per contact, a quarter of a large import.
    sqlite.pragma(`foreign_keys = ${data.kind === 'contacts' ? 'OFF' : 'ON'}`);
    sqlite.pragma('busy_timeout = 10000');
    sqlite.pragma('synchronous = NORMAL');
    // The whole import is one transaction writing a score of indexes all over the file, whose
    // pages spill to the write-ahead log when the page cache is full. Measured on 200,000 rows
    // (into an empty file and into one of 200,000 contacts) and on a 100,000-row workbook, 16 MB
    // was as fast as 64 MB (and 256 MB no faster) and kept the import's peak memory 50 MB lower.
    sqlite.pragma('cache_size = -16384');
    // Its commit does not also copy the write-ahead log into the file: that checkpoint (a tenth
    // of a large import) runs after the import has told the app it is done (see below).
    sqlite.pragma('wal_autocheckpoint = 0');
    let last = 0;
    const hooks = {
      progress(processed: number, total: number) {
        const now = Date.now();
        if (processed === total || now - last >= 100) {
          last = now;
          post({ type: 'progress', processed, total });
        }
      },
      cancelled: () => Atomics.load(flag, 0) === 1,
    };
    const importId = data.kind === 'sales' ? runSalesImport(sqlite, data, await readTable(), hooks) : await importContacts(sqlite, hooks);
    post({ type: 'done', importId });
    // The rows are committed (the log is as durable as the file); copying them into the file
    // now keeps the log from growing. Passive: it never waits on the app's readers, and what it
    // cannot copy yet the app's own connection checkpoints later.
    sqlite.pragma('wal_checkpoint(PASSIVE)');
  } finally {
    sqlite.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ImportCancelled) post({ type: 'cancelled' });
  else if (err instanceof AppError) post({ type: 'failed', code: err.code, key: err.key, params: err.params, message: err.message });
  else post({ type: 'failed', code: 'internal', key: 'internal', params: { detail: err instanceof Error ? err.message : String(err) }, message: String(err) });
});
