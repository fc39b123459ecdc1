import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { readImportFile } from '../import-export/read-import-file';
import { planContactSteps, type ContactStep } from './contact-steps';
import type { PlannerData } from './job-data';
import { withMadeFields } from './new-fields';
import { packedRows } from './packed-table';
import { CHUNK_STEPS, StepSender } from './plan-channel';

// The planning thread of a large contacts import: reads the file, maps and checks each row,
// parses its phones and builds its search entry, and hands the results in chunks to the
// writing thread (import-worker), so the two run side by side on two cores.
const data = workerData as PlannerData;
const sender = new StepSender(data.link, new Int32Array(data.cancel));

async function main(): Promise<void> {
  // The file is read while the writer starts its transaction; a workbook's rows came packed
  // and are made one at a time as they are planned.
  const table = data.packed ? packedRows(data.packed) : await readImportFile(data.filePath, data.read);
  if (!sender.waitForGo()) return;
  const sqlite = new Database(data.dataFile, { readonly: true });
  try {
    sqlite.pragma('busy_timeout = 10000');
    let chunk: ContactStep[] = [];
    // The custom fields the writer made for this import exist from its transaction on.
    const options = withMadeFields(data, data.newFields, sender.madeFields(data.newFields.length));
    for (const step of planContactSteps(sqlite, table, options)) {
      chunk.push(step);
      if (chunk.length < CHUNK_STEPS) continue;
      if (!sender.send(chunk)) return;
      chunk = [];
    }
    if (chunk.length && !sender.send(chunk)) return;
    sender.end();
  } finally {
    sqlite.close();
  }
}

main().catch((err: unknown) => sender.fail(err));
