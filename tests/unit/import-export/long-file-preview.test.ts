import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../src/main/core/import-export/write-xlsx';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, register, registerText } from '../imports/support';
import { tempDir } from './fixtures';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'en-US' })));
afterEach(async () => b.dispose());
const tmp = tempDir();
afterAll(() => tmp.dispose());

/** 60 people; rows 31 and 47 have a bad birthday, row 52 has no name at all. */
function people(): string[][] {
  return Array.from({ length: 60 }, (_, i) => {
    const line = i + 2;
    if (line === 52) return ['', '', 'not-an-email', ''];
    return [`Person${line}`, `Family${line}`, `p${line}@example.com`, line === 31 || line === 47 ? '31/02/1980' : `1980-01-${String((i % 28) + 1).padStart(2, '0')}`];
  });
}

describe('previewing a long file', () => {
  it('counts and lists the problems of rows far past the shown ones, and imports what it counted', async () => {
    const csv = ['First Name,Last Name,E-mail Address,Birthday', ...people().map((r) => r.join(','))].join('\r\n');
    const run = await importFile(b, registerText(b, 'long.csv', csv));
    expect(run.preview.rows).toHaveLength(20);
    expect(run.preview.counts).toEqual({ total: 60, new: 57, duplicate: 0, invalid: 3, ignored: 0 });
    expect(run.preview.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['Row 31, Birthday: 31/02/1980 is not a date', 'Row 47, Birthday: 31/02/1980 is not a date']));
    expect(run.preview.issues.some((i) => i.row === 52)).toBe(true);
    expect(run.job.result).toMatchObject({ created: 57, invalid: 3 });
  });

  it('a second import of the same workbook finds every row a duplicate, the last one too', async () => {
    const path = join(tmp.dir, 'long.xlsx');
    const columns = ['First Name', 'Last Name', 'E-mail Address', 'Birthday'].map((header, i) => ({ key: `c${i}`, header }));
    await writeXlsx(path, columns, people().map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v]))));
    const first = await importFile(b, register(b, path));
    expect(first.job.result).toMatchObject({ created: 57, invalid: 3 });
    const again = await importFile(b, register(b, path), { mode: 'skip' });
    expect(again.preview.counts).toEqual({ total: 60, new: 0, duplicate: 57, invalid: 3, ignored: 0 });
    expect(again.preview.duplicates.at(-1)?.line).toBe(61);
    expect(again.job.result).toMatchObject({ created: 0, skipped: 57 });
  });
});
