import { copyFileSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult, SalesExportInput } from '../../../src/shared/contract/exports.contract';
import { dispatch } from '../../../src/main/core/rpc/dispatch';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerText } from '../imports/support';

let a: TempBackend;
let b: TempBackend;
beforeEach(async () => {
  a = await tempBackend({ systemLocale: 'zh-CN' });
  b = await tempBackend({ systemLocale: 'zh-CN' });
});
afterEach(async () => {
  await a.dispose();
  await b.dispose();
});

/** Exports as the screen asks: in the person's language, numbers as the office writes them. */
async function exportSales(input: SalesExportInput, locale: 'en' | 'zh-CN' = 'zh-CN', formats = 'zh-CN'): Promise<ExportResult> {
  const res = await dispatch(a.base, { method: 'exports.sales', input, locale, formats });
  if (!res.ok) throw new Error(res.error.message);
  return res.value as ExportResult;
}

async function seedSales() {
  await a.value('contacts.create', { givenName: '小明', familyName: '王', companyName: '腾达贸易', emails: [{ value: 'wang@example.cn' }] });
  await a.value('contacts.create', { givenName: '娜', familyName: '李', phones: [{ value: '13800138000' }] });
  const csv = [
    '日期,订单编号,客户,邮箱,手机,产品,数量,金额',
    '2026-01-05,XS-0001,王小明,wang@example.cn,,茶叶,2,"1,280.50"',
    '2026-02-06,XS-0002,,,138 0013 8000,茶具,1,¥350',
    '2026-03-08,,陌生人,,,茶叶,1.5,99',
    '2026-03-09,XS-0001,王小明,wang@example.cn,,退货,1,-120',
  ].join('\n');
  const run = await importFile(a, registerText(a, '一季度.csv', csv), { kind: 'sales', name: '一季度销售' });
  expect(run.job.result).toMatchObject({ created: 4 });
}

const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe('exporting sales records for the accountant', () => {
  it('writes every sale with its customer as stored, dates as date cells and amounts as numbers a spreadsheet sums', async () => {
    await seedSales();
    const out = await exportSales({ format: 'xlsx' });
    expect(out).toMatchObject({ rows: 4, fileName: expect.stringMatching(/^销售记录-\d{4}-\d{2}-\d{2}\.xlsx$/) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(filesFor(a.base).get(out.fileId).path);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('销售记录');
    expect(rowsOf(sheet)).toEqual([
      ['日期', '订单号', '客户', '公司', '客户邮箱', '产品', '数量', '金额', '币种', '导入批次'],
      [new Date('2026-01-05T00:00:00Z'), 'XS-0001', '王小明', '腾达贸易', 'wang@example.cn', '茶叶', 2, 1280.5, 'CNY', '一季度销售'],
      [new Date('2026-02-06T00:00:00Z'), 'XS-0002', '李娜', undefined, undefined, '茶具', 1, 350, 'CNY', '一季度销售'],
      [new Date('2026-03-08T00:00:00Z'), undefined, '陌生人', undefined, undefined, '茶叶', 1.5, 99, 'CNY', '一季度销售'],
      [new Date('2026-03-09T00:00:00Z'), 'XS-0001', '王小明', '腾达贸易', 'wang@example.cn', '退货', 1, -120, 'CNY', '一季度销售'],
    ]);
    // Amounts show as money: thousands grouped, the yuan's two decimals (1,280.50).
    expect([2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(8).numFmt)).toEqual(Array(4).fill('#,##0.00'));
  });

  it('shows an amount with the decimals of its own currency', async () => {
    const csv = ['Date,Customer,Product,Amount,Currency', '2026-04-01,Tanaka,Tea,"12,800",JPY', '2026-04-02,Weber,Tea,"1,280.5",EUR'].join('\n');
    await importFile(a, registerText(a, 'mixed.csv', csv), { kind: 'sales', name: 'April' });
    const out = await exportSales({ format: 'xlsx' }, 'en', 'en-US');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(filesFor(a.base).get(out.fileId).path);
    const sheet = book.worksheets[0]!;
    expect([2, 3].map((r) => [sheet.getRow(r).getCell(8).value, sheet.getRow(r).getCell(8).numFmt])).toEqual([
      [12800, '#,##0'],
      [1280.5, '#,##0.00'],
    ]);
  });

  it('keeps to the period asked for, either end left open', async () => {
    await seedSales();
    const dates = async (input: SalesExportInput) => {
      const out = await exportSales({ ...input, format: 'csv' });
      return readFileSync(filesFor(a.base).get(out.fileId).path, 'utf8').split('\r\n').slice(1).filter(Boolean).map((l) => l.slice(0, 10));
    };
    expect(await dates({ format: 'csv', from: '2026-02-01', to: '2026-03-08' })).toEqual(['2026-02-06', '2026-03-08']);
    expect(await dates({ format: 'csv', from: '2026-03-01' })).toEqual(['2026-03-08', '2026-03-09']);
    expect(await dates({ format: 'csv', to: '2026-01-31' })).toEqual(['2026-01-05']);
    const wrong = await dispatch(a.base, { method: 'exports.sales', input: { format: 'csv', from: '2026-02-30' }, locale: 'en' });
    expect(wrong.ok).toBe(false);
  });

  it('writes a German office\'s CSV with semicolons and decimal commas, and it imports again as the same sales', async () => {
    await seedSales();
    const out = await exportSales({ format: 'csv', delimiter: ';' }, 'en', 'de-DE');
    const text = readFileSync(filesFor(a.base).get(out.fileId).path, 'utf8');
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      '\ufeffDate;Order no.;Customer;Company;Customer email;Product;Quantity;Amount;Currency;Imported with',
      '2026-01-05;XS-0001;王小明;腾达贸易;wang@example.cn;茶叶;2;1280,5;CNY;一季度销售',
    ]);
    await b.value('contacts.create', { givenName: '小明', familyName: '王', emails: [{ value: 'wang@example.cn' }] });
    const carried = filesFor(b.base).create(out.fileName);
    copyFileSync(filesFor(a.base).get(out.fileId).path, carried.path);
    const run = await importFile(b, carried.id, { kind: 'sales' });
    expect(run.preview.counts).toMatchObject({ total: 4, invalid: 0 });
    const stored = (t: TempBackend) => t.connection.sqlite.prepare('select sold_on, reference, customer, product, quantity, amount_minor, currency from sales order by sold_on').all();
    expect(stored(b)).toEqual(stored(a).map((s) => ({ ...(s as object), customer: expect.any(String) })));
  });
});
