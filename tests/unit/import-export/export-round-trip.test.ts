import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/main/core/import-export/read-import-file';
import { writeCsv } from '../../../src/main/core/import-export/write-csv';
import { writeVcard } from '../../../src/main/core/import-export/write-vcard';
import { writeXlsx } from '../../../src/main/core/import-export/write-xlsx';
import {
  addressExportColumns,
  addressExportRows,
  applyMapping,
  autoMap,
  contactExportColumns,
  contactExportRow,
  emptyRecord,
  layoutFor,
  mappingContext,
  type ContactRecord,
  type ExportColumn,
} from '../../../src/shared/import-export';
import { tempDir } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.dispose());

const columns: ExportColumn[] = [
  { key: 'name', header: '姓名' },
  { key: 'phone', header: '手机' },
  { key: 'postcode', header: '邮编' },
  { key: 'notes', header: 'Notes' },
];
const rows = [
  { name: '欧阳娜娜', phone: '+86 138 0013 8000', postcode: '010020', notes: '=HYPERLINK("http://evil.example","click")' },
  { name: 'Anna Weber', phone: '0044 20 7946 0958', postcode: '02134', notes: 'line one\nline two, with "quotes"' },
  { name: '@SUM(A1)', phone: '-5', postcode: '', notes: '\tstarts with a tab' },
];
const asCells = () => rows.map((r) => columns.map((c) => r[c.key as keyof typeof r]));

async function* slowly<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}

describe('exports read back as they were written', () => {
  it('CSV: UTF-8 with BOM by default, formulas neutralised in the file, the same rows on import', async () => {
    const path = join(tmp.dir, 'out.csv');
    expect(await writeCsv(path, columns, slowly(rows))).toBe(3);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`"'@SUM(A1)"`);
    expect(text).toContain(`"'+86 138 0013 8000"`);
    // A plain negative number is not a formula and stays a number.
    expect(text).toContain(',-5,');
    const table = await readImportFile(path);
    expect(table.headers).toEqual(columns.map((c) => c.header));
    expect(table.rows.map((r) => r.cells)).toEqual(asCells());
  });

  it('CSV in GBK for old Chinese Excel, with a semicolon delimiter', async () => {
    const path = join(tmp.dir, 'gbk.csv');
    await writeCsv(path, columns, rows, { encoding: 'gbk', delimiter: ';' });
    const table = await readImportFile(path);
    expect(table.info).toMatchObject({ encoding: 'gb18030', delimiter: ';' });
    expect(table.rows.map((r) => r.cells)).toEqual(asCells());
  });

  it('XLSX: the same rows on import, postcodes and phones stored as text cells, a formula’s text and a +86 phone as they are, formatted as text so editing them runs nothing, with no apostrophe to see', async () => {
    const path = join(tmp.dir, 'out.xlsx');
    await writeXlsx(path, columns, slowly(rows), { sheetName: '客户' });
    const table = await readImportFile(path);
    expect(table.info.sheet).toBe('客户');
    expect(table.rows.map((r) => r.cells)).toEqual(asCells());
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const cell = book.getWorksheet('客户')!.getCell('C2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('010020');
    const sheet = book.getWorksheet('客户')!;
    expect([sheet.getCell('B2').value, sheet.getCell('D2').value]).toEqual(['+86 138 0013 8000', '=HYPERLINK("http://evil.example","click")']);
    expect([sheet.getCell('B2').type, sheet.getCell('D2').type]).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect([sheet.getCell('B2').numFmt, sheet.getCell('D2').numFmt, cell.numFmt]).toEqual(['@', '@', undefined]);
  });

  it('XLSX: number and date columns become number and date cells', async () => {
    const path = join(tmp.dir, 'typed.xlsx');
    await writeXlsx(path, [{ key: 'd', header: 'Date', type: 'date' }, { key: 'n', header: 'Amount', type: 'number' }], [{ d: '2024-02-29', n: 1234.5 }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A2').value).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(sheet.getCell('B2').value).toBe(1234.5);
    expect([sheet.getCell('A2').numFmt, sheet.getCell('B2').numFmt]).toEqual(['yyyy-mm-dd', undefined]);
    expect((await readImportFile(path)).rows[0]?.cells).toEqual(['2024-02-29', '1234.5']);
  });
});

function contact(over: Partial<ContactRecord>): ContactRecord {
  return { ...emptyRecord(), ...over };
}

const people: ContactRecord[] = [
  contact({
    givenName: 'Anna', middleName: 'Maria', familyName: 'Weber', prefix: 'Dr.', suffix: 'PhD', fullName: 'Dr. Anna Maria Weber PhD',
    company: 'Weber; Co', department: 'Sales', title: 'Director', birthday: '1980-03-15', anniversary: '2001-06-20',
    notes: 'Met at the fair, booth 12.\nLikes tea; no sugar.', tags: ['VIP', 'Suppliers'], website: 'https://weber.example', nickname: 'Annie',
    phones: [{ label: 'mobile', value: '+1 212 555 0143' }, { label: 'work', value: '+1 212 555 0100' }],
    emails: [{ label: 'work', value: 'anna@weber.example' }, { label: 'home', value: 'anna.home@example.com' }],
    addresses: [{ label: 'work', street: '1 Main St\nSuite 5', city: 'Springfield', region: 'IL', postcode: '62701', country: 'USA' }],
  }),
  contact({
    givenName: '娜娜', familyName: '欧阳', fullName: '欧阳娜娜', company: '深圳市腾达贸易有限公司', notes: '老客户，'.repeat(40),
    phones: [{ label: 'mobile', value: '13800138000' }],
    addresses: [{ label: 'home', street: '南山区科技园路1号', city: '深圳市', region: '广东省', postcode: '518000', country: '中国' }],
  }),
];

const VOBJECT = `
import json, sys, vobject
out = []
for card in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
    n = card.n.value
    out.append({
        'fn': card.fn.value,
        'family': n.family, 'given': n.given,
        'tel': sorted(t.value for t in card.contents.get('tel', [])),
        'email': sorted(e.value for e in card.contents.get('email', [])),
        'city': [a.value.city for a in card.contents.get('adr', [])],
        'note': card.note.value if 'note' in card.contents else '',
    })
print(json.dumps(out, ensure_ascii=False))
`;

describe('vCard exports', () => {
  it.each(['3.0', '4.0'] as const)('vCard %s reads back into the same contacts', async (version) => {
    const path = join(tmp.dir, `out-${version}.vcf`);
    expect(await writeVcard(path, slowly(people), version)).toBe(2);
    const table = await readImportFile(path);
    expect(table.info.vcardVersions).toEqual([version]);
    const mapping = autoMap(table.headers);
    const ctx = mappingContext(table, mapping);
    const back = table.rows.map((r) => applyMapping(r, mapping, ctx));
    expect(back.map((b) => b.issues)).toEqual([[], []]);
    expect(back.map((b) => b.record)).toEqual(people);
  });

  it.each(['3.0', '4.0'] as const)('vCard %s parses with python-vobject, Chinese and line breaks intact', async (version) => {
    const path = join(tmp.dir, `py-${version}.vcf`);
    await writeVcard(path, people, version);
    const parsed = JSON.parse(execFileSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', ['-c', VOBJECT, path], { encoding: 'utf8' })) as Record<string, unknown>[];
    expect(parsed[0]).toMatchObject({ fn: 'Dr. Anna Maria Weber PhD', family: 'Weber', given: 'Anna', email: ['anna.home@example.com', 'anna@weber.example'], city: ['Springfield'] });
    expect(parsed[0]?.note).toBe('Met at the fair, booth 12.\nLikes tea; no sugar.');
    expect((parsed[0]?.tel as string[]).map((t) => t.replace(/^tel:/, ''))).toEqual(['+1 212 555 0100', '+1 212 555 0143']);
    expect(parsed[1]).toMatchObject({ fn: '欧阳娜娜', family: '欧阳', given: '娜娜', city: ['深圳市'], note: '老客户，'.repeat(40) });
  });
});

describe('contact exports with numbered columns read back into the same contacts', () => {
  it.each([
    ['en', 'csv'],
    ['zh-CN', 'csv'],
    ['en', 'xlsx'],
    ['zh-CN', 'xlsx'],
  ] as const)('%s headers, %s file', async (language, format) => {
    const layout = layoutFor(people, language);
    const columns = contactExportColumns(layout);
    const path = join(tmp.dir, `contacts-${language}.${format}`);
    const exportRows = people.map((p) => contactExportRow(p, layout));
    if (format === 'csv') await writeCsv(path, columns, exportRows);
    else await writeXlsx(path, columns, exportRows);
    const table = await readImportFile(path);
    const mapping = autoMap(table.headers);
    expect(mapping.columns.filter((c) => c.target === null).map((c) => c.header)).toEqual(
      columns.filter((c) => c.key.endsWith('.label')).map((c) => c.header),
    );
    const ctx = mappingContext(table, mapping);
    const back = table.rows.map((r) => applyMapping(r, mapping, ctx));
    expect(back.map((b) => b.issues)).toEqual([[], []]);
    expect(back.map((b) => b.record)).toEqual(people);
  });

  it('one row per address, for mail merge', () => {
    const columns = addressExportColumns('en');
    expect(columns.map((c) => c.header)).toEqual([
      'Full name', 'Prefix', 'Given name', 'Family name', 'Company', 'Department', 'Job title',
      'Address street', 'Address city', 'Address region', 'Address postcode', 'Address country', 'Address label',
    ]);
    const rowsOut = people.flatMap((p) => addressExportRows(p, 'zh-CN'));
    expect(rowsOut.map((r) => [r.fullName, r['address.city'], r['address.label']])).toEqual([
      ['Dr. Anna Maria Weber PhD', 'Springfield', '工作'],
      ['欧阳娜娜', '深圳市', '住宅'],
    ]);
  });
});
