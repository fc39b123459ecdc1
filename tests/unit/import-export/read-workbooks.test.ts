import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { listSheets, readImportFile } from '../../../src/main/core/import-export/read-import-file';
import { fixture } from './fixtures';

describe('reading Excel workbooks', () => {
  it('lists the sheets of an XLSX in workbook order and reads the first by default', async () => {
    expect(await listSheets(fixture('two-sheets.xlsx'))).toEqual(['Notes', '客户']);
    const first = await readImportFile(fixture('two-sheets.xlsx'));
    expect(first.info).toMatchObject({ format: 'xlsx', sheet: 'Notes', sheets: ['Notes', '客户'] });
    expect(first.headers).toEqual(['This sheet is not the contact list']);
  });

  it('reads the chosen sheet: dates as YYYY-MM-DD, zero-padded numbers and text postcodes keep their zeros', async () => {
    const table = await readImportFile(fixture('two-sheets.xlsx'), { sheet: '客户' });
    expect(table.headers).toEqual(['姓名', '手机', '邮编', '邮编数字', '生日', '生日序号', '金额', '备注']);
    expect(table.rows[0]?.cells).toEqual(['欧阳娜娜', '13800138000', '010020', '10020', '1988-07-15', '32339', '1234.5', '富文本']);
    expect(table.rows[1]?.cells).toEqual(['Anna Weber', '+1 212 555 0143', '02134', '02134', '1980-03-15', '29295', '2', '=not a formula']);
    // The empty fourth row is skipped; row numbers are the ones Excel shows.
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(table.rows[2]?.cells).toEqual(['司马光', '13800000001', '', '', '', '', '', '']);
  });

  it('gives each row a firm’s name merged down beside its contacts, in XLSX and in .xls, and no row the header’s or a merge across columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-merged-'));
    try {
      const rows = [
        ['客户名单', '', '', ''],
        ['公司', '联系人', '手机', '备注'],
        ['深圳市腾达贸易有限公司', '王小明', '13800138000', '老客户，喜欢喝茶'],
        ['', '李娜', '13900139000', ''],
        ['', '张伟', '13700137000', ''],
        ['广州市华南电子有限公司', '赵敏', '13600136000', ''],
      ];
      const expected = [
        ['深圳市腾达贸易有限公司', '王小明', '13800138000', '老客户，喜欢喝茶'],
        ['深圳市腾达贸易有限公司', '李娜', '13900139000', ''],
        ['深圳市腾达贸易有限公司', '张伟', '13700137000', ''],
        ['广州市华南电子有限公司', '赵敏', '13600136000', ''],
      ];
      // The title across the columns, the firm down three rows, a note across two columns of one row.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('客户');
      for (const r of rows) ws.addRow(r);
      ws.mergeCells('A1:D1');
      ws.mergeCells('A3:A5');
      ws.mergeCells('D3:D3');
      const xlsx = join(dir, 'merged.xlsx');
      await wb.xlsx.writeFile(xlsx);
      const book = XLSX.utils.book_new();
      const sheet = XLSX.utils.aoa_to_sheet(rows);
      sheet['!merges'] = [XLSX.utils.decode_range('A1:D1'), XLSX.utils.decode_range('A3:A5')];
      XLSX.utils.book_append_sheet(book, sheet, '客户');
      const xls = join(dir, 'merged.xls');
      writeFileSync(xls, XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer);
      for (const path of [xlsx, xls]) {
        const table = await readImportFile(path);
        expect(table.headers).toEqual(['公司', '联系人', '手机', '备注']);
        expect(table.rows.map((r) => r.cells)).toEqual(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the columns under a heading merged across them by the row of sub-headings below it (联系方式 over 手机 and 邮箱), which is no contact; a sub-heading that says only whose is completed by the heading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crm-subheadings-'));
    try {
      const sheet = async (name: string, rows: string[][], merges: string[]) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('客户');
        for (const r of rows) ws.addRow(r);
        for (const m of merges) ws.mergeCells(m);
        const path = join(dir, name);
        await wb.xlsx.writeFile(path);
        const table = await readImportFile(path);
        return { headers: table.headers, lines: table.rows.map((r) => r.line), first: table.rows[0]?.cells };
      };
      const template = [
        ['序号', '姓名', '联系方式', '', '地址'],
        ['', '', '手机', '邮箱', ''],
        ['1', '王小明', '13800138000', 'wang@example.cn', '北京市朝阳区建国路88号'],
        ['2', '李娜', '13900139000', 'lina@example.cn', '上海市浦东新区世纪大道1号'],
      ];
      expect(await sheet('kehu.xlsx', template, ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'])).toEqual({
        headers: ['序号', '姓名', '手机', '邮箱', '地址'],
        lines: [3, 4],
        first: ['1', '王小明', '13800138000', 'wang@example.cn', '北京市朝阳区建国路88号'],
      });
      const whose = [
        ['姓名', '电话', '', '', 'Email', ''],
        ['', '手机', '家庭', '单位', 'Work', 'Private'],
        ['王小明', '13800138000', '0755-26881234', '0755-26885678', 'wang@example.cn', 'xm@qq.com'],
      ];
      expect((await sheet('whose.xlsx', whose, ['B1:D1', 'E1:F1'])).headers).toEqual(['姓名', '手机', '家庭电话', '单位电话', 'Work Email', 'Private Email']);
      // Numbers under a heading that spans two columns are data (a contact without a name), as is a row under a header of one heading.
      const numbers = [['姓名', '电话', ''], ['', '13800138000', '0755-26881234'], ['李娜', '13900139000', '']];
      expect((await sheet('numbers.xlsx', numbers, ['B1:C1'])).lines).toEqual([2, 3]);
      expect((await sheet('short.xlsx', [['Name', ''], ['Anna', 'Weber'], ['Bo', 'Chen']], [])).lines).toEqual([2, 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a legacy .xls workbook with dates and text postcodes', async () => {
    const table = await readImportFile(fixture('legacy.xls'));
    expect(table.info).toMatchObject({ format: 'xls', sheet: 'Contacts' });
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Anna Weber', '+1 212 555 0143', '1980-03-15', '02134'],
      ['王小明', '13912345678', '1990-01-02', '100020'],
    ]);
  });

  it('reads an Excel binary workbook (.xlsb) with its dates and text postcodes', async () => {
    const table = await readImportFile(fixture('excel-binary.xlsb'));
    expect(table.info).toMatchObject({ sheet: 'Contacts', sheets: ['Contacts'] });
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Anna Weber', '+1 212 555 0143', '1980-03-15', '02134'],
      ['王小明', '13912345678', '1990-01-02', '100020'],
    ]);
  });

  it('reads an Apple Numbers file, as a Mac keeps a spreadsheet, the same way', async () => {
    const table = await readImportFile(fixture('apple-numbers.numbers'));
    expect(table.headers).toEqual(['Name', 'Phone', 'Birthday', 'Postcode']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Anna Weber', '+1 212 555 0143', '1980-03-15', '02134'],
      ['王小明', '13912345678', '1990-01-02', '100020'],
    ]);
  });

  it('reads an OpenDocument spreadsheet (LibreOffice, WPS) the same way', async () => {
    const table = await readImportFile(fixture('libreoffice.ods'));
    expect(table.info).toMatchObject({ sheet: 'Contacts', sheets: ['Contacts'] });
    expect(table.headers).toEqual(['Name', 'Phone', 'Birthday', 'Postcode']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Anna Weber', '+1 212 555 0143', '1980-03-15', '02134'],
      ['王小明', '13912345678', '1990-01-02', '100020'],
    ]);
  });
});
