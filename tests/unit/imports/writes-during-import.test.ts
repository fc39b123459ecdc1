import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobProgress, waitForJob } from '../../../src/main/core/imports/import-jobs';
import { BUSY_TIMEOUT_MS } from '../../../src/main/core/db/connection';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { registerText } from './support';

let b: TempBackend;
beforeAll(async () => (b = await tempBackend({ systemLocale: 'de-DE' })));
afterAll(async () => b.dispose());

const ROWS = 40_000;
const during = { givenName: 'Jana', familyName: 'Während', phones: [], emails: [] };

describe('a change made while an import is being written', () => {
  it('is refused at once, in the person’s language, with nothing written, and is taken once the import is done', async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => `Person${i},Family${i},p${i}@example.com`);
    const fileId = registerText(b, 'big.csv', ['First Name,Last Name,Email', ...rows].join('\n'));
    const session = await b.value('imports.open', { fileId });
    const job = await b.value('imports.start', { sessionId: session.sessionId, mapping: session.mapping, name: 'Big' });
    // The import's transaction holds the write lock once it writes rows.
    await expect.poll(() => jobProgress(b.base, job.jobId).processed, { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);

    expect(await b.call('contacts.create', during, 'zh-CN')).toEqual({
      ok: false,
      error: { code: 'conflict', message: '数据文件正忙：正在写入导入的数据。本次没有做任何更改，请在导入完成后再试。' },
    });
    const en = await b.call('contacts.create', during);
    expect(en.ok ? '' : en.error.message).toBe('The data file is busy: an import is being written to it. Nothing was changed; try again once the import has finished.');
    expect(jobProgress(b.base, job.jobId).state).toBe('running');

    expect((await waitForJob(b.base, job.jobId)).state).toBe('done');
    expect((await b.value('contacts.list', { search: 'Während' })).total).toBe(0);
    expect((await b.value('contacts.list', {})).total).toBe(ROWS);
    // Afterwards the app's writes wait for the lock as usual again, and go through.
    expect(b.connection.sqlite.pragma('busy_timeout', { simple: true })).toBe(BUSY_TIMEOUT_MS);
    expect((await b.call('contacts.create', during)).ok).toBe(true);
    expect((await b.value('contacts.list', { search: 'Während' })).total).toBe(1);
  });
});
