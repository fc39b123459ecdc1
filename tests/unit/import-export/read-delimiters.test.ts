import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/main/core/import-export/read-import-file';
import { fixture, tempDir } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.dispose());

const expected = [
  ['Anna Weber', 'anna@example.com', '+1 212 555 0143', 'says "hi"'],
  ['Bo Chen', 'bo@example.com', '0044 20 7946 0958', 'a, b; c | d'],
];

describe('reading delimited text', () => {
  it.each([
    ['delim-comma.csv', ','],
    ['delim-semicolon.csv', ';'],
    ['delim-tab.tsv', '\t'],
    ['delim-pipe.txt', '|'],
  ])('detects the delimiter of %s and keeps quoted delimiters inside their cell', async (name, delimiter) => {
    const table = await readImportFile(fixture(name));
    expect(table.info.delimiter).toBe(delimiter);
    expect(table.headers).toEqual(['Name', 'Email', 'Phone', 'Notes']);
    expect(table.rows.map((r) => r.cells)).toEqual(expected);
  });

  it.each([';', '\t', '|'])('reads a short list of two columns split on %j as two columns, its last line’s end and a blank line no row of one cell', async (delimiter) => {
    const path = join(tmp.dir, 'kunden.csv');
    writeFileSync(path, ['Name', 'Telefon'].join(delimiter) + '\r\n' + ['Anna Weber', '0151 23456789'].join(delimiter) + '\r\n\r\n' + ['Karl Moser', '030 1234567'].join(delimiter) + '\r\n');
    const table = await readImportFile(path);
    expect(table.info.delimiter).toBe(delimiter);
    expect(table.headers).toEqual(['Name', 'Telefon']);
    expect(table.rows.map((r) => [r.line, ...r.cells])).toEqual([[2, 'Anna Weber', '0151 23456789'], [4, 'Karl Moser', '030 1234567']]);
  });

  it('finds the header under a title of several one-cell lines (LinkedIn’s notes on its export), and keeps a one-column list as it is', async () => {
    const linkedIn = join(tmp.dir, 'Connections.csv');
    writeFileSync(linkedIn, ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On', 'Anna,Weber,https://www.linkedin.com/in/annaweber,,Acme,Manager,05 Dec 2024', ''].join('\n'));
    const table = await readImportFile(linkedIn);
    expect(table.headers).toEqual(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']);
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([[5, 'Anna']]);
    expect(table.info.title).toMatch(/^Notes: · When exporting/);
    const emails = join(tmp.dir, 'emails.csv');
    writeFileSync(emails, 'Email\na@example.com\nb@example.com\n');
    const list = await readImportFile(emails);
    expect([list.headers, list.rows.map((r) => [r.line, ...r.cells])]).toEqual([['Email'], [[2, 'a@example.com'], [3, 'b@example.com']]]);
  });

  it('honours the "sep=;" line Excel understands, and counts it as a row', async () => {
    const table = await readImportFile(fixture('sep-line.csv'));
    expect(table.info.delimiter).toBe(';');
    expect(table.rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('keeps line breaks inside quoted cells and numbers rows as a spreadsheet shows them', async () => {
    const table = await readImportFile(fixture('quoted-newlines.csv'));
    expect(table.rows[0]?.cells[1]).toBe('1 Main St\r\nApt 2\r\nSpringfield');
    // Row 3 is the blank line between the records: skipped, but still counted.
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table.rows[1]?.cells).toEqual(['Bo Chen', '10 Downing St\nLondon', '020 7946 0958']);
  });

  it('reads cells written as Excel\'s text formula (="01067"), as systems export postcodes and phones, as their text', async () => {
    const path = join(tmp.dir, 'shop.csv');
    const csv = ['Name,Phone,Postcode,Formula', 'Anna Weber,="0301234567",="01067",="a"&"b"', 'Bo Chen,"=""0201234567""","=""01662""",=SUM(1;2)'];
    writeFileSync(path, csv.join('\r\n'));
    const table = await readImportFile(path);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Anna Weber', '0301234567', '01067', '="a"&"b"'],
      ['Bo Chen', '0201234567', '01662', '=SUM(1;2)'],
    ]);
  });

  it('skips a title line above the header row', async () => {
    const path = join(tmp.dir, 'titled.csv');
    writeFileSync(path, '客户名单 2024,,\r\n姓名,手机,公司\r\n王小明,13912345678,北京华联商厦\r\n');
    const table = await readImportFile(path);
    expect(table.info.title).toBe('客户名单 2024');
    expect(table.headers).toEqual(['姓名', '手机', '公司']);
    expect(table.rows).toEqual([{ line: 3, cells: ['王小明', '13912345678', '北京华联商厦'] }]);
  });

  it('skips a row of headings over groups of columns (merged cells in Excel) above the header row', async () => {
    const path = join(tmp.dir, 'grouped.csv');
    writeFileSync(path, '基本信息,,,联系方式,\r\n姓名,公司,职位,手机,邮箱\r\n王小明,北京华联商厦,经理,13912345678,wang@example.cn\r\n');
    const table = await readImportFile(path);
    expect(table.info.title).toBe('基本信息 · 联系方式');
    expect(table.headers).toEqual(['姓名', '公司', '职位', '手机', '邮箱']);
    expect(table.rows).toEqual([{ line: 3, cells: ['王小明', '北京华联商厦', '经理', '13912345678', 'wang@example.cn'] }]);
    // A header with a few named columns over a row of data stays the header.
    const sparse = join(tmp.dir, 'sparse.csv');
    writeFileSync(sparse, 'Name,,,Phone,\r\nAnna Weber,Berlin,Sales,030 1234567,anna@weber.test\r\n');
    expect((await readImportFile(sparse)).headers).toEqual(['Name', 'B', 'C', 'Phone', 'E']);
  });

  it('reads with the delimiter the person picks', async () => {
    const table = await readImportFile(fixture('delim-comma.csv'), { delimiter: ';' });
    expect(table.headers[0]).toBe('Name,Email,Phone,Notes');
    expect(table.rows[0]?.cells[0]).toBe('Anna Weber,anna@example.com,+1 212 555 0143,"says ""hi"""');
  });
});
