import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/main/core/import-export/read-import-file';
import { writeCsv } from '../../../src/main/core/import-export/write-csv';
import { writeXlsx } from '../../../src/main/core/import-export/write-xlsx';
import type { ExportColumn } from '../../../src/shared/import-export';
import { tempDir } from './fixtures';

// LibreOffice takes ~10 s to start the first time; these tests share one profile and run in order.
const LONG = 180_000;
let tmp: ReturnType<typeof tempDir>;
beforeAll(() => (tmp = tempDir()));
afterAll(() => tmp.dispose());

const columns: ExportColumn[] = [
  { key: 'name', header: '姓名' },
  { key: 'company', header: '公司' },
  { key: 'phone', header: 'Phone' },
  { key: 'postcode', header: '邮编' },
  { key: 'notes', header: '备注' },
];
const rows = [
  { name: '欧阳娜娜', company: '深圳市腾达贸易有限公司', phone: '+86 138 0013 8000', postcode: '010020', notes: '老客户，需月结' },
  { name: 'Jürgen Müller', company: 'Café Größe GmbH', phone: '0049 89 123456', postcode: '01067', notes: '=1+1' },
  { name: '張偉', company: '台灣貿易', phone: '0912345678', postcode: '00501', notes: 'line one\nline two' },
];
const expected = rows.map((r) => columns.map((c) => r[c.key as keyof typeof r]));

/** Converts a file to UTF-8 CSV with LibreOffice headless and returns the converted file's path. */
function soffice(input: string, infilter?: string): string {
  const outdir = join(tmp.dir, 'converted');
  mkdirSync(outdir, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(tmp.dir, 'profile')}`,
      '--headless',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      outdir,
      input,
    ],
    { timeout: LONG, stdio: 'pipe' },
  );
  return join(outdir, input.replace(/^.*\//, '').replace(/\.\w+$/, '.csv'));
}

describe('exports open in LibreOffice with the same text', () => {
  it(
    'an XLSX export: Chinese, umlauts, postcodes with leading zeros and a neutralised formula come out as written',
    async () => {
      const path = join(tmp.dir, 'contacts-xlsx.xlsx');
      await writeXlsx(path, columns, rows);
      const table = await readImportFile(soffice(path));
      expect(table.headers).toEqual(columns.map((c) => c.header));
      expect(table.rows.map((r) => r.cells)).toEqual(expected);
    },
    LONG,
  );

  it(
    'a CSV export (UTF-8 with BOM): the same text, leading zeros kept when quoted fields are read as text',
    async () => {
      const path = join(tmp.dir, 'contacts-csv.csv');
      await writeCsv(path, columns, rows);
      const table = await readImportFile(soffice(path, 'Text - txt - csv (StarCalc):44,34,76,1,,0,true,false'));
      expect(table.rows.map((r) => r.cells)).toEqual(expected);
    },
    LONG,
  );
});
