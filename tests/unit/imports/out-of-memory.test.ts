import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ResourceLimits } from 'node:worker_threads';
import type * as WorkerHeap from '../../../src/main/core/imports/worker-heap';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { writeXlsx } from '../../../src/main/core/import-export/write-xlsx';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { waitForJob } from '../../../src/main/core/imports/import-jobs';
import { registerText } from './support';

// The import threads' heap limits, shrunk here so that a thread runs out on a file of a few
// thousand rows, as a thread would on a file too large for the app's memory.
const limits = vi.hoisted(() => ({ planner: null as ResourceLimits | null, others: null as ResourceLimits | null }));
vi.mock('../../../src/main/core/imports/worker-heap', async (real) => {
  const actual = await real<typeof WorkerHeap>();
  return {
    ...actual,
    plannerHeapLimits: (bytes: number, stored: number) => limits.planner ?? actual.plannerHeapLimits(bytes, stored),
    boundedHeap: () => limits.others ?? actual.boundedHeap(),
  };
});

let b: TempBackend;
beforeAll(async () => (b = await tempBackend({ systemLocale: 'de-DE' })));
afterAll(async () => b.dispose());

const TINY = { maxOldGenerationSizeMb: 4 };
const csv = (rows: number) => ['First Name,Last Name,Email', ...Array.from({ length: rows }, (_, i) => `Anna${i},Weber${i},a${i}@example.com`)].join('\n');

describe('an import thread that runs out of memory', () => {
  it('ends alone: the import fails saying the file is too large, nothing is written, and the next import works', async () => {
    limits.planner = TINY;
    const session = await b.value('imports.open', { fileId: registerText(b, 'Kunden.csv', csv(6000)) });
    const job = await b.value('imports.start', { sessionId: session.sessionId, mapping: session.mapping, name: 'Zu groß' });
    const ended = await waitForJob(b.base, job.jobId);
    expect(ended.state).toBe('failed');
    expect(ended.error).toBe('“Kunden.csv” is too large to import in one go: the app ran out of memory reading it. Nothing was changed. Split it into smaller files and import them one after another.');
    expect((await b.value('contacts.list', {})).total).toBe(0);

    limits.planner = null;
    const again = await b.value('imports.open', { fileId: registerText(b, 'Kunden.csv', csv(6000)) });
    const next = await b.value('imports.start', { sessionId: again.sessionId, mapping: again.mapping, name: 'Kunden' });
    expect((await waitForJob(b.base, next.jobId)).state).toBe('done');
    expect((await b.value('contacts.list', {})).total).toBe(6000);
  });

  it('reading a workbook for the preview: the person is told the file is too large, in their language', async () => {
    const file = filesFor(b.base).create('Adressen.xlsx');
    await writeXlsx(file.path, [{ key: 'n', header: 'Name' }], Array.from({ length: 3000 }, (_, i) => ({ n: `Person ${i}` })));
    limits.others = TINY;
    try {
      const res = await b.call('imports.open', { fileId: file.id }, 'zh-CN');
      expect(res).toMatchObject({ ok: false, error: { message: '“Adressen.xlsx”太大，无法一次导入：读取时内存不足。没有做任何更改。请把它拆分成几个较小的文件，再依次导入。' } });
    } finally {
      limits.others = null;
    }
  });
});
