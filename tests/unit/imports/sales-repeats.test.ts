import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import type { ExportResult } from '../../../src/shared/contract/exports.contract';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { dispatch } from '../../../src/main/core/rpc/dispatch';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerText } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'en' })));
afterEach(async () => b.dispose());

const JANUARY = ['Order No.,Date,Customer,Product,Qty,Amount', 'A-1001,2026-01-05,Anna Weber,Toner,2,120.00', 'A-1002,2026-01-06,Jonas Schmidt,Paper,1,9.50', 'A-1003,2026-01-07,Anna Weber,Paper,1,9.50'];
const sales = () => b.connection.sqlite.prepare('select reference, sold_on, customer, product, amount_minor from sales order by id').all();
const revenue = () => b.connection.sqlite.prepare('select sum(amount_minor) from sales').pluck().get();

describe('importing sales stored already', () => {
  it('keeps the order number, and skips the sales of a file imported a second time, naming the import that stored them', async () => {
    const first = await importFile(b, registerText(b, 'january.csv', JANUARY.join('\n')), { kind: 'sales', name: 'January orders' });
    expect(first.session.mapping.columns[0]?.target).toBe('sale.reference');
    expect(first.job.result).toMatchObject({ created: 3, skipped: 0 });
    expect(sales()[0]).toEqual({ reference: 'A-1001', sold_on: '2026-01-05', customer: 'Anna Weber', product: 'Toner', amount_minor: 12000 });
    const before = sales();

    const again = await importFile(b, registerText(b, 'january (1).csv', JANUARY.join('\n')), { kind: 'sales', name: 'January again' });
    expect(again.preview.counts).toEqual({ total: 3, new: 0, duplicate: 3, invalid: 0, ignored: 0 });
    expect(again.preview.rows.map((r) => [r.status, r.action, r.sale?.storedBy])).toEqual([
      ['duplicate', 'skip', 'January orders'],
      ['duplicate', 'skip', 'January orders'],
      ['duplicate', 'skip', 'January orders'],
    ]);
    expect(again.preview.duplicates.map((r) => r.sale?.reference)).toEqual(['A-1001', 'A-1002', 'A-1003']);
    expect(again.job.result).toMatchObject({ created: 0, skipped: 3, invalid: 0 });
    expect(sales()).toEqual(before);
    expect(revenue()).toBe(13900);
  });

  it('adds only the new orders of a file that repeats last month’s, and undoing it leaves the earlier import’s sales', async () => {
    await importFile(b, registerText(b, 'january.csv', JANUARY.join('\n')), { kind: 'sales', name: 'January orders' });
    const ytd = [...JANUARY, 'A-1004,2026-02-02,Jonas Schmidt,Toner,1,60.00'].join('\n');
    const run = await importFile(b, registerText(b, 'year-to-date.csv', ytd), { kind: 'sales', name: 'Year to date' });
    expect(run.preview.counts).toMatchObject({ new: 1, duplicate: 3 });
    expect(run.job.result).toMatchObject({ created: 1, skipped: 3 });
    expect(sales().map((s) => (s as { reference: string }).reference)).toEqual(['A-1001', 'A-1002', 'A-1003', 'A-1004']);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(sales().map((s) => (s as { reference: string }).reference)).toEqual(['A-1001', 'A-1002', 'A-1003']);
  });

  it('takes a sale sold again as new: another order number, or an identical line more than were stored', async () => {
    const plain = ['Date,Customer,Product,Amount', '2026-03-01,Anna Weber,Coffee,4.20'];
    await importFile(b, registerText(b, 'monday.csv', plain.join('\n')), { kind: 'sales' });
    // Anna had two coffees that Monday: one line is the stored sale, the other is new.
    const twice = await importFile(b, registerText(b, 'monday-full.csv', [...plain, plain[1]].join('\n')), { kind: 'sales' });
    expect(twice.preview.counts).toMatchObject({ new: 1, duplicate: 1 });
    expect(twice.job.result).toMatchObject({ created: 1, skipped: 1 });
    // The same line under another order number is another order.
    const other = ['Order No.,Date,Customer,Product,Qty,Amount', 'A-2001,2026-01-05,Anna Weber,Toner,2,120.00'];
    await importFile(b, registerText(b, 'january.csv', JANUARY.join('\n')), { kind: 'sales' });
    const reorder = await importFile(b, registerText(b, 'reorder.csv', other.join('\n')), { kind: 'sales' });
    expect(reorder.preview.counts).toMatchObject({ new: 1, duplicate: 0 });
  });

  it('imports the stored sales again when the person says they were sold again', async () => {
    await importFile(b, registerText(b, 'january.csv', JANUARY.join('\n')), { kind: 'sales', name: 'January orders' });
    const again = await importFile(b, registerText(b, 'january.csv', JANUARY.join('\n')), { kind: 'sales', mode: 'importNew' });
    expect(again.preview.rows.map((r) => r.action)).toEqual(['importNew', 'importNew', 'importNew']);
    expect(again.job.result).toMatchObject({ created: 3, skipped: 0 });
    expect(revenue()).toBe(27800);
  });

  it('reads 订单编号 as the order number and shows where a Chinese sheet’s rows are stored already, in Chinese', async () => {
    const zh = await tempBackend({ systemLocale: 'zh-CN' });
    try {
      const csv = ['订单编号,日期,客户,产品,金额', 'XS-0001,2026-01-05,王小明,茶叶,88'].join('\n');
      await importFile(zh, registerText(zh, '订单.csv', csv), { kind: 'sales', name: '一月订单' });
      const again = await importFile(zh, registerText(zh, '订单.csv', csv), { kind: 'sales' });
      expect(again.session.mapping.columns[0]?.target).toBe('sale.reference');
      expect(again.preview.rows[0]?.sale).toMatchObject({ reference: 'XS-0001', storedBy: '一月订单' });
      expect(zh.connection.sqlite.prepare('select count(*) from sales').pluck().get()).toBe(1);
    } finally {
      await zh.dispose();
    }
  });

  it('knows the sales of its own export when they come back, their customer named by phone in the first file and by name in the export', async () => {
    await b.value('contacts.create', { givenName: 'Na', familyName: 'Li', phones: [{ value: '+86 138 0013 8000' }] });
    await importFile(b, registerText(b, 'shop.csv', ['Date,Phone,Product,Amount', '2026-05-01,13800138000,Tea,88'].join('\n')), { kind: 'sales', name: 'Shop' });
    const res = await dispatch(b.base, { method: 'exports.sales', input: { format: 'xlsx' }, locale: 'en' });
    if (!res.ok) throw new Error(res.error.message);
    const out = res.value as ExportResult;
    const back = filesFor(b.base).create(out.fileName);
    copyFileSync(filesFor(b.base).get(out.fileId).path, back.path);
    const run = await importFile(b, back.id, { kind: 'sales' });
    expect(run.preview.rows[0]).toMatchObject({ name: 'Na Li', status: 'duplicate', sale: { storedBy: 'Shop' } });
    expect(b.connection.sqlite.prepare('select count(*) from sales').pluck().get()).toBe(1);
  });
});

describe('a sales file that corrects orders stored already', () => {
  // The shop gave Anna a discount on her toner and Jonas took a second ream: the same orders, exported again.
  const CORRECTED = ['Order No.,Date,Customer,Product,Qty,Amount', 'A-1001,2026-01-05,Anna Weber,Toner,2,100.00', 'A-1002,2026-01-08,Jonas Schmidt,Paper,2,19.00', 'A-1003,2026-01-07,Anna Weber,Paper,1,9.50'];

  it('shows each changed order line beside what is stored, and leaves them as stored unless the person takes the file’s values', async () => {
    await importFile(b, registerText(b, 'january.csv', JANUARY.join('\n')), { kind: 'sales', name: 'January orders' });
    const before = sales();
    const skipped = await importFile(b, registerText(b, 'january-corrected.csv', CORRECTED.join('\n')), { kind: 'sales' });
    expect(skipped.preview.counts).toEqual({ total: 3, new: 0, duplicate: 3, invalid: 0, ignored: 0 });
    expect(skipped.preview.changedSales).toBe(2);
    expect(skipped.preview.rows.map((r) => [r.sale?.reference, r.action, r.sale?.storedBy, r.sale?.was])).toEqual([
      ['A-1001', 'skip', 'January orders', { date: '2026-01-05', quantity: 2, amount: '$120.00' }],
      ['A-1002', 'skip', 'January orders', { date: '2026-01-06', quantity: 1, amount: '$9.50' }],
      ['A-1003', 'skip', 'January orders', null],
    ]);
    expect(skipped.job.result).toMatchObject({ created: 0, updated: 0, skipped: 3 });
    expect(sales()).toEqual(before);
  });

  it('with “overwrite” takes the file’s date, quantity and amount for the changed lines, not counting them twice, and undo puts the stored values back', async () => {
    await importFile(b, registerText(b, 'january.csv', JANUARY.join('\n')), { kind: 'sales', name: 'January orders' });
    const before = sales();
    const run = await importFile(b, registerText(b, 'january-corrected.csv', CORRECTED.join('\n')), { kind: 'sales', mode: 'overwrite' });
    expect(run.preview.rows.map((r) => r.action)).toEqual(['overwrite', 'overwrite', 'skip']);
    expect(run.job.result).toMatchObject({ created: 0, updated: 2, skipped: 1 });
    expect(sales()).toEqual([
      { reference: 'A-1001', sold_on: '2026-01-05', customer: 'Anna Weber', product: 'Toner', amount_minor: 10000 },
      { reference: 'A-1002', sold_on: '2026-01-08', customer: 'Jonas Schmidt', product: 'Paper', amount_minor: 1900 },
      { reference: 'A-1003', sold_on: '2026-01-07', customer: 'Anna Weber', product: 'Paper', amount_minor: 950 },
    ]);
    expect(revenue()).toBe(12850);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(sales()).toEqual(before);
  });

  it('leaves alone a corrected sale whose own import was undone first, and never corrects a line without an order number', async () => {
    const january = await importFile(b, registerText(b, 'january.csv', JANUARY.join('\n')), { kind: 'sales', name: 'January orders' });
    const run = await importFile(b, registerText(b, 'january-corrected.csv', CORRECTED.join('\n')), { kind: 'sales', mode: 'overwrite' });
    await b.value('imports.undo', { importId: january.job.result!.id });
    expect(sales()).toEqual([]);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(sales()).toEqual([]);

    const plain = ['Date,Customer,Product,Amount', '2026-03-01,Anna Weber,Coffee,4.20'];
    await importFile(b, registerText(b, 'monday.csv', plain.join('\n')), { kind: 'sales' });
    const dearer = await importFile(b, registerText(b, 'monday-again.csv', [plain[0], '2026-03-01,Anna Weber,Coffee,4.50'].join('\n')), { kind: 'sales', mode: 'overwrite' });
    expect(dearer.job.result).toMatchObject({ created: 1, updated: 0 });
  });
});
