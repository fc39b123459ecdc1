import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAmount, readQuantity } from '../../../src/main/core/imports/sales-plan';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { fixture, importFile, register, registerText } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'zh-CN' })));
afterEach(async () => b.dispose());

describe('importing sales records', () => {
  it('reads amounts as written into integer minor units of their currency', () => {
    expect(parseAmount('1,234.50', 'EUR')).toEqual({ minor: 123450, currency: 'EUR' });
    expect(parseAmount('1.234,5 €', 'USD')).toEqual({ minor: 123450, currency: 'EUR' });
    expect(parseAmount('¥88', 'EUR')).toEqual({ minor: 8800, currency: 'CNY' });
    expect(parseAmount('JPY 1200', 'EUR')).toEqual({ minor: 1200, currency: 'JPY' });
    expect(parseAmount('￥１，２８０．００', 'EUR')).toEqual({ minor: 128000, currency: 'CNY' });
    expect(parseAmount('-12', 'USD')).toEqual({ minor: -1200, currency: 'USD' });
    expect(parseAmount('twelve', 'USD')).toBeNull();
  });

  it('reads the amounts accounting programs and Chinese ledgers write: (25.00) and 25,00- below zero, 1.28万 as 12,800, a note in brackets after the figures left aside, and the figures beside an amount in words (金额（大写）)', async () => {
    expect(parseAmount('(25.00)', 'USD')).toEqual({ minor: -2500, currency: 'USD' });
    expect(parseAmount('25,00-', 'EUR')).toEqual({ minor: -2500, currency: 'EUR' });
    expect(parseAmount('1.28万元', 'EUR')).toEqual({ minor: 1280000, currency: 'CNY' });
    expect(parseAmount('120 (incl. VAT)', 'GBP')).toEqual({ minor: 12000, currency: 'GBP' });
    expect(parseAmount('(含税)', 'CNY')).toBeNull();
    const csv = ['日期,客户,商品,金额（大写）,金额（小写）', '2026-03-01,王小明,龙井,壹佰贰拾捌元整,128.00（含税）', '2026-03-02,李娜,茶园,壹万贰仟捌佰元整,1.28万', '2026-03-03,张伟,退货,负贰拾伍元整,(25.00)'].join('\n');
    const run = await importFile(b, registerText(b, 'sales.csv', csv), { kind: 'sales' });
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['sale.date', 'sale.customer', 'sale.product', null, 'sale.amount']);
    expect(run.preview.counts).toMatchObject({ new: 3, invalid: 0 });
    expect(b.connection.sqlite.prepare('select customer, amount_minor from sales order by sold_on').raw().all()).toEqual([
      ['王小明', 12800],
      ['李娜', 1280000],
      ['张伟', -2500],
    ]);
  });

  it('links each sale to its customer by email, phone or name, adds the one it does not know, lists bad rows, and undo removes them', async () => {
    const wang = await b.value('contacts.create', { givenName: '小明', familyName: '王', emails: [{ value: 'wang@example.cn' }] });
    const li = await b.value('contacts.create', { givenName: '娜', familyName: '李', phones: [{ value: '13800138000' }] });
    const csv = ['日期,客户,邮箱,手机,产品,数量,金额', '2026-01-05,王小明,wang@example.cn,,茶叶,2,"1,280.00"', '2026-01-06,,,138 0013 8000,茶具,1,¥350', '2026-01-07,李娜,,,茶叶,1,abc', '2026-01-08,陌生人,,,茶叶,1,99'].join('\n');
    const run = await importFile(b, registerText(b, 'sales.csv', csv), { kind: 'sales' });
    expect(run.preview.counts).toEqual({ total: 4, new: 3, duplicate: 0, invalid: 1, ignored: 0 });
    expect(run.preview.issues.map((i) => i.reason)).toEqual(['notAnAmount']);
    // The bad row shows what the file says and whom it is about, not ¥0.00 and no customer.
    const bad = run.preview.rows.find((r) => r.line === 4)!;
    expect(bad.sale?.amount).toBe('abc');
    expect(bad.duplicateOf?.id).toBe(li.id);
    expect(run.preview.rows.find((r) => r.line === 2)?.sale?.amount).toBe('CN¥1,280.00');
    expect(run.job.result).toMatchObject({ kind: 'sales', created: 3, invalid: 1, contactsAdded: 1 });
    // 陌生人 matched no contact: the import added one.
    expect(run.preview.newCustomers).toBe(1);
    expect(run.preview.rows.find((r) => r.line === 5)?.sale?.newCustomer).toBe(true);
    const stranger = b.connection.sqlite.prepare(`select id from contacts where display_name = '陌生人'`).pluck().get() as number;
    const sales = b.connection.sqlite.prepare('select contact_id, sold_on, product, quantity, amount_minor, currency from sales order by sold_on').all();
    expect(sales).toEqual([
      { contact_id: wang.id, sold_on: '2026-01-05', product: '茶叶', quantity: 2, amount_minor: 128000, currency: 'CNY' },
      { contact_id: li.id, sold_on: '2026-01-06', product: '茶具', quantity: 1, amount_minor: 35000, currency: 'CNY' },
      { contact_id: stranger, sold_on: '2026-01-08', product: '茶叶', quantity: 1, amount_minor: 9900, currency: 'CNY' },
    ]);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(b.connection.sqlite.prepare('select count(*) n from sales').get()).toEqual({ n: 0 });
    expect(b.connection.sqlite.prepare('select id from contacts order by id').pluck().all()).toEqual([wang.id, li.id]);
  });

  it('previews amounts without a currency in the one the person gives, as the import then stores them', async () => {
    await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', emails: [{ value: 'anna@weber.test' }] });
    const fileId = registerText(b, 'orders.csv', ['Date,Email,Amount', '2026-02-23,anna@weber.test,12.50'].join('\n'));
    const session = await b.value('imports.open', { fileId, kind: 'sales' });
    const office = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip' });
    expect(office.currency).toBe('CNY');
    const euros = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip', currency: 'eur' });
    expect(euros.currency).toBe('EUR');
    expect(euros.rows[0]?.sale?.amount).toBe('€12.50');
  });

  it('leaves out a sales sheet’s headings, totals, daily subtotals, a sum with no label and the line it is signed with, saying so, counted apart from the invalid rows', async () => {
    const csv = ['日期,客户,产品,数量,金额', '2026年1月,,,,', '2026-01-05,王小明,茶叶,2,1280', '2026-01-05,小计,,2,1280', '2026-01-06,李娜,茶具,1,abc', '合计,,,3,1280', '制表人：张三,,,,', ',,,3,1280'].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, 'sales.csv', csv), kind: 'sales' });
    const preview = await b.call('imports.preview', { sessionId: session.sessionId, mapping: session.mapping }, 'zh-CN');
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.counts).toEqual({ total: 7, new: 1, duplicate: 0, invalid: 1, ignored: 5 });
    expect(preview.value.rows.map((r) => r.status)).toEqual(['ignored', 'new', 'ignored', 'invalid', 'ignored', 'ignored', 'ignored']);
    expect(preview.value.issues.map((i) => i.message)).toEqual([
      // A month's heading over its sales.
      '第 2 行：“2026年1月”是标题或说明，不是销售记录',
      '第 4 行：“小计”是合计行，不是销售记录',
      '第 5 行，金额：abc 不是金额',
      '第 6 行：“合计”是合计行，不是销售记录',
      '第 7 行：“制表人：张三”是表格下方的落款，不是销售记录',
      // A sum under the amounts with nothing beside it.
      '第 8 行：“1280”是合计行，不是销售记录',
    ]);
    const run = await importFile(b, registerText(b, 'sales.csv', csv), { kind: 'sales' });
    expect(run.job.result).toMatchObject({ created: 1, invalid: 1, ignored: 5, contactsAdded: 1 });
    expect(b.connection.sqlite.prepare('select customer, amount_minor from sales').all()).toEqual([{ customer: '王小明', amount_minor: 128000 }]);
    expect(b.connection.sqlite.prepare('select display_name from contacts').pluck().all()).toEqual(['王小明']);
  });

  it('keeps a till’s sales to no one in particular (散客, Walk-in, or “无” and “/” written for the customer) as sales of no contact, adding none, and asks about a customer left empty', async () => {
    const csv = ['日期,客户,商品,数量,金额', '2026-03-01,散客,龙井,1,128', '2026-03-02,王小明,龙井,2,256', '2026-03-03,Walk-in,普洱,1,98', '2026-03-04,无,普洱,1,98', '2026-03-05,/,普洱,1,98', '2026-03-06,,普洱,1,98'].join('\n');
    const run = await importFile(b, registerText(b, 'sales.csv', csv), { kind: 'sales' });
    expect(run.preview.counts).toEqual({ total: 6, new: 5, duplicate: 0, invalid: 1, ignored: 0 });
    expect(run.preview.newCustomers).toBe(1);
    expect(run.preview.rows.map((r) => [r.name, r.sale?.newCustomer, r.sale?.walkIn])).toEqual([
      ['散客', false, true],
      ['王小明', true, false],
      ['Walk-in', false, true],
      ['', false, true],
      ['', false, true],
      ['', false, false],
    ]);
    expect(run.preview.issues.map((i) => i.message)).toEqual(['Row 7: no customer name, email or phone']);
    expect(run.job.result).toMatchObject({ created: 5, contactsAdded: 1 });
    expect(b.connection.sqlite.prepare('select display_name from contacts').pluck().all()).toEqual(['王小明']);
    expect(b.connection.sqlite.prepare('select customer, contact_id is null from sales order by sold_on').raw().all()).toEqual([
      ['散客', 1],
      ['王小明', 0],
      ['Walk-in', 1],
      ['', 1],
      ['', 1],
    ]);
  });

  it('adds a customer named with their firm in one cell (华信科技有限公司 李娜) as the person at that firm, once for all their sales', async () => {
    const csv = ['日期,客户,商品,金额', '2026-03-01,华信科技有限公司 李娜,龙井,128', '2026-03-02,华信科技有限公司 李娜,普洱,98'].join('\n');
    const run = await importFile(b, registerText(b, 'sales.csv', csv), { kind: 'sales' });
    expect(run.job.result).toMatchObject({ created: 2, contactsAdded: 1 });
    expect(b.connection.sqlite.prepare('select family_name, given_name, company_name, kind from contacts').raw().all()).toEqual([['李', '娜', '华信科技有限公司', 'person']]);
  });

  it('keeps the product’s variant written beside its name (规格型号, 淘宝’s 颜色分类, Variant) with it, so two sizes of one tea are two products', async () => {
    const csv = ['日期,客户名称,产品名称,规格型号,数量,单价', '2026-03-01,王小明,龙井,250g/罐,2,128', '2026-03-02,王小明,龙井,500g/罐,1,240', '2026-03-03,李娜,普洱,/,1,98'].join('\n');
    const run = await importFile(b, registerText(b, 'sales.csv', csv), { kind: 'sales' });
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['sale.date', 'sale.customer', 'sale.product', 'sale.variant', 'sale.quantity', 'sale.unitPrice']);
    expect(run.preview.rows.map((r) => r.sale?.product)).toEqual(['龙井 250g/罐', '龙井 500g/罐', '普洱']);
    expect(b.connection.sqlite.prepare('select product, quantity, amount_minor from sales order by sold_on').raw().all()).toEqual([
      ['龙井 250g/罐', 2, 25600],
      ['龙井 500g/罐', 1, 24000],
      ['普洱', 1, 9800],
    ]);
  });

  it('reads a quantity written with its unit or a times sign (2斤, 3 pcs, x2) and a thousand written with a comma (1,000), where those rows were “not a quantity” or a quantity of one', async () => {
    expect(['2', '1,5', '1,000', '1.000', '1.234,5', '0.125', '2斤', '3 pcs', 'x2', '２箱', 'abc'].map(readQuantity)).toEqual([2, 1.5, 1000, 1, 1234.5, 0.125, 2, 3, 2, 2, NaN]);
    const csv = ['日期,客户,商品,数量,单价', '2026-03-01,王小明,龙井,2斤,128', '2026-03-02,王小明,茶杯,"1,000",2', '2026-03-03,王小明,茶具,x3,50'].join('\n');
    const run = await importFile(b, registerText(b, 'sales.csv', csv), { kind: 'sales' });
    expect(run.preview.counts).toMatchObject({ new: 3, invalid: 0 });
    expect(b.connection.sqlite.prepare('select product, quantity, amount_minor from sales order by sold_on').raw().all()).toEqual([
      ['龙井', 2, 25600],
      ['茶杯', 1000, 200000],
      ['茶具', 3, 15000],
    ]);
  });

  it('takes a note in brackets after a customer’s name (王小明（VIP）, Anna Weber (Berlin)) or an English name beside a Chinese one (王小明 Tom) for no part of it: one contact for the name with and without it, the note in its notes', async () => {
    const csv = ['日期,客户,商品,金额', '2026-03-01,王小明（VIP）,龙井,128', '2026-03-02,王小明,龙井,128', '2026-03-03,Anna Weber (Berlin),Tea,15', '2026-03-04,王小明 Tom,普洱,98'].join('\n');
    const run = await importFile(b, registerText(b, 'sales.csv', csv), { kind: 'sales' });
    expect(run.job.result).toMatchObject({ created: 4, contactsAdded: 2 });
    expect(b.connection.sqlite.prepare('select family_name, given_name, notes from contacts order by id').raw().all()).toEqual([
      ['王', '小明', 'VIP'],
      ['Weber', 'Anna', 'Berlin'],
    ]);
    expect(new Set(b.connection.sqlite.prepare(`select contact_id from sales where customer like '王小明%'`).pluck().all()).size).toBe(1);
  });

  it('asks for the date, amount and customer columns instead of calling every row invalid, and will not start without them', async () => {
    const csv = ['Tag;Ware;Brutto', '23.02.2026;Toner;12,00', '24.02.2026;Papier;3,50'].join('\n');
    const fileId = registerText(b, 'umsatz.csv', csv);
    const session = await b.value('imports.open', { fileId, kind: 'sales' });
    const preview = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip' });
    expect(preview.unmapped).toEqual(['sale.date', 'sale.amount', 'sale.customer']);
    expect(preview.issues).toEqual([]);
    expect(preview.counts).toEqual({ total: 2, new: 0, duplicate: 0, invalid: 0, ignored: 0 });

    const before = b.connection.sqlite.prepare('select count(*) n from import_batches').get();
    const refused = await b.call('imports.start', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip', name: 'Umsatz', tagWithName: false }, 'zh-CN');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('没有哪一列导入为日期、金额和客户（名称、邮箱或电话），而每一行都需要它。没有导入任何内容。');
    expect(b.connection.sqlite.prepare('select count(*) n from import_batches').get()).toEqual(before);

    const mapped = { ...session.mapping, columns: session.mapping.columns.map((c) => ({ ...c, target: (['sale.date', 'sale.product', 'sale.amount'] as const)[c.index] ?? null })) };
    const still = await b.value('imports.preview', { sessionId: session.sessionId, mapping: mapped, duplicateMode: 'skip' });
    expect(still.unmapped).toEqual(['sale.customer']);
  });

  it('maps the columns of sales files written in German, French or Spanish', async () => {
    const targets = async (header: string) => {
      const session = await b.value('imports.open', { fileId: registerText(b, 'sales.csv', `${header}\n`), kind: 'sales' });
      return session.mapping.columns.map((c) => c.target);
    };
    const all = ['sale.date', 'sale.customer', 'sale.email', 'sale.product', 'sale.quantity', 'sale.amount', 'sale.currency'];
    expect(await targets('Datum;Kunde;E-Mail;Artikel;Menge;Betrag;Währung')).toEqual(all);
    expect(await targets('Date de facture;Nom du client;Courriel;Désignation;Qté;Montant;Devise')).toEqual(all);
    expect(await targets('Fecha;Cliente;Correo electrónico;Producto;Cantidad;Importe;Moneda')).toEqual(all);
  });

  it('moves in a web shop’s order list of a row per line item (Shopify): Name is the order number, each line’s amount its price times its quantity, and a later line of an order has its date and customer from the first', async () => {
    const csv = [
      'Name,Email,Financial Status,Paid at,Currency,Subtotal,Shipping,Total,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Billing Phone,Created at',
      '#1001,anna@weber.example,paid,2026-03-01 10:00:00 +0100,EUR,45.00,5.00,50.00,2,Tea,15.00,Anna Weber,+49 30 1234567,2026-03-01 09:58:12 +0100',
      '#1001,,,,,,,,1,Teapot,15.00,,,',
      '#1002,bo@example.com,paid,2026-03-02 11:00:00 +0100,EUR,15.00,5.00,20.00,1,Tea,15.00,Bo Chen,,2026-03-02 10:59:00 +0100',
    ].join('\n');
    const run = await importFile(b, registerText(b, 'orders_export.csv', csv), { kind: 'sales' });
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual([
      'sale.reference', 'sale.email', 'sale.status', null, 'sale.currency', null, null, null, 'sale.quantity', 'sale.product', 'sale.unitPrice', 'sale.customer', 'sale.phone', 'sale.date',
    ]);
    expect(run.preview.counts).toMatchObject({ new: 3, invalid: 0 });
    expect(run.job.result).toMatchObject({ created: 3, contactsAdded: 2 });
    const sales = b.connection.sqlite.prepare('select c.display_name name, s.sold_on, s.product, s.quantity, s.amount_minor, s.currency, s.reference from sales s join contacts c on c.id = s.contact_id order by s.id').all();
    expect(sales).toEqual([
      { name: 'Anna Weber', sold_on: '2026-03-01', product: 'Tea', quantity: 2, amount_minor: 3000, currency: 'EUR', reference: '#1001' },
      { name: 'Anna Weber', sold_on: '2026-03-01', product: 'Teapot', quantity: 1, amount_minor: 1500, currency: 'EUR', reference: '#1001' },
      { name: 'Bo Chen', sold_on: '2026-03-02', product: 'Tea', quantity: 1, amount_minor: 1500, currency: 'EUR', reference: '#1002' },
    ]);
  });

  it('moves in a WooCommerce order export whose customer is named in a first and a last name column: the contact Anna Maria Weber with both names, each line its item’s cost times its quantity, the order’s total and the SKU left alone', async () => {
    const csv = [
      'Order Number,Order Date,First Name (Billing),Last Name (Billing),Email (Billing),Phone (Billing),First Name (Shipping),Last Name (Shipping),Order Total Amount,SKU,Item #,Item Name,Quantity,Item Cost',
      '1001,2026-03-01 10:00,Anna Maria,Weber,anna@weber.example,+49 30 1234567,Jonas,Weber,50.00,T-01,1,Tea,2,15.00',
      '1001,2026-03-01 10:00,Anna Maria,Weber,anna@weber.example,+49 30 1234567,Jonas,Weber,50.00,T-02,2,Teapot,1,20.00',
      '1002,2026-03-02 11:00,小明,王,wang@example.cn,,,,30.00,T-01,1,Tea,2,15.00',
    ].join('\n');
    const run = await importFile(b, registerText(b, 'orders-2026-03.csv', csv), { kind: 'sales' });
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual([
      'sale.reference', 'sale.date', 'sale.givenName', 'sale.familyName', 'sale.email', 'sale.phone', null, null, null, null, null, 'sale.product', 'sale.quantity', 'sale.unitPrice',
    ]);
    expect(run.preview.rows.map((r) => r.name)).toEqual(['Anna Maria Weber', 'Anna Maria Weber', '王小明']);
    expect(run.job.result).toMatchObject({ created: 3, contactsAdded: 2 });
    const people = b.connection.sqlite.prepare('select given_name g, family_name f, display_name d from contacts order by id').all();
    expect(people).toEqual([
      { g: 'Anna Maria', f: 'Weber', d: 'Anna Maria Weber' },
      { g: '小明', f: '王', d: '王小明' },
    ]);
    const sales = b.connection.sqlite.prepare('select c.display_name name, s.product, s.quantity, s.amount_minor from sales s join contacts c on c.id = s.contact_id order by s.id').all();
    expect(sales).toEqual([
      { name: 'Anna Maria Weber', product: 'Tea', quantity: 2, amount_minor: 3000 },
      { name: 'Anna Maria Weber', product: 'Teapot', quantity: 1, amount_minor: 2000 },
      { name: '王小明', product: 'Tea', quantity: 2, amount_minor: 3000 },
    ]);
  });

  it('leaves out a shop’s cancelled and refunded orders, every line of them, counted apart as no sales, and keeps paid and partly refunded ones', async () => {
    const csv = [
      'Name,Email,Financial Status,Currency,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Created at',
      '#2001,anna@weber.example,paid,EUR,1,Tea,15.00,Anna Weber,2026-04-01 10:00:00 +0200',
      '#2002,anna@weber.example,refunded,EUR,2,Teapot,20.00,Anna Weber,2026-04-02 10:00:00 +0200',
      '#2002,,,,1,Tea,15.00,,',
      '#2003,bo@example.com,partially_refunded,EUR,1,Cups,8.00,Bo Chen,2026-04-03 10:00:00 +0200',
      '#2004,karl@moser.example,voided,EUR,1,Tea,15.00,Karl Moser,2026-04-04 10:00:00 +0200',
    ].join('\n');
    const run = await importFile(b, registerText(b, 'orders_export_april.csv', csv), { kind: 'sales' });
    expect(run.preview.counts).toMatchObject({ new: 2, invalid: 0, ignored: 3 });
    expect(run.preview.issues.map((i) => [i.row, i.message])).toEqual([
      [3, 'Row 3, Financial Status: “refunded” is a cancelled or refunded order, not a sale'],
      [4, 'Row 4, Financial Status: “refunded” is a cancelled or refunded order, not a sale'],
      [6, 'Row 6, Financial Status: “voided” is a cancelled or refunded order, not a sale'],
    ]);
    // Karl Moser, whose only order was voided, is not added as a customer.
    expect(run.job.result).toMatchObject({ created: 2, contactsAdded: 2, ignored: 3 });
    const sales = b.connection.sqlite.prepare('select c.display_name name, s.product, s.amount_minor from sales s join contacts c on c.id = s.contact_id order by s.id').all();
    expect(sales).toEqual([
      { name: 'Anna Weber', product: 'Tea', amount_minor: 1500 },
      { name: 'Bo Chen', product: 'Cups', amount_minor: 800 },
    ]);
    const woo = ['Order Number,Order Status,Order Date,Customer,Item Name,Quantity,Item Cost', '3001,Completed,2026-04-05,Eva Roth,Tea,1,15.00', '3002,Cancelled,2026-04-06,Eva Roth,Tea,3,15.00', '3003,wc-failed,2026-04-07,Eva Roth,Tea,1,15.00'];
    const preview = (await importFile(b, registerText(b, 'woo.csv', woo.join('\n')), { kind: 'sales' })).preview;
    expect(preview.counts).toMatchObject({ new: 1, ignored: 2 });
    const taobao = ['订单编号,订单状态,订单创建时间,收货人姓名,宝贝标题,买家实际支付金额', '1001,交易成功,2026-04-05,王小明,茶叶,88.00', '1002,交易关闭,2026-04-06,王小明,茶具,120.00', '1003,已作废,2026-04-07,王小明,茶具,120.00'];
    expect((await importFile(b, registerText(b, '淘宝订单.csv', taobao.join('\n')), { kind: 'sales' })).preview.counts).toMatchObject({ new: 1, ignored: 2 });
  });

  it('leaves out an order not paid yet at a shop or a draft (Pending payment, pending, 等待买家付款, DRAFT), saying so, and keeps an invoice sent and not yet paid', async () => {
    const woo = ['Order Number,Order Status,Order Date,Customer,Item Name,Quantity,Item Cost', '3001,Completed,2026-04-05,Eva Roth,Tea,1,15.00', '3002,Pending payment,2026-04-06,Eva Roth,Tea,3,15.00', '3003,wc-pending,2026-04-07,Eva Roth,Tea,1,15.00', '3004,Unpaid,2026-04-08,Eva Roth,Tea,2,15.00'];
    const run = await importFile(b, registerText(b, 'woo.csv', woo.join('\n')), { kind: 'sales' });
    expect(run.preview.counts).toMatchObject({ new: 2, invalid: 0, ignored: 2 });
    expect(run.preview.issues.map((i) => i.message)).toEqual([
      'Row 3, Order Status: “Pending payment” is an order not paid yet or a draft, not a sale',
      'Row 4, Order Status: “wc-pending” is an order not paid yet or a draft, not a sale',
    ]);
    const taobao = ['订单编号,订单状态,订单创建时间,收货人姓名,宝贝标题,买家实际支付金额', '1001,交易成功,2026-04-05,王小明,茶叶,88.00', '1002,等待买家付款,2026-04-06,王小明,茶具,120.00'];
    const session = await b.value('imports.open', { fileId: registerText(b, '淘宝订单.csv', taobao.join('\n')), kind: 'sales' });
    const zh = await b.call('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip', invalidRows: 'skip', addCustomers: true }, 'zh-CN');
    if (!zh.ok) throw new Error(zh.error.message);
    expect(zh.value.issues.map((i) => i.message)).toEqual(['第 3 行，订单状态：“等待买家付款”表示订单尚未付款或是草稿，不是销售记录']);
    const xero = ['*ContactName,InvoiceNumber,InvoiceDate,Description,Quantity,UnitAmount,LineAmount,Status', 'Acme Ltd,INV-1,2026-04-01,Consulting,1,500.00,500.00,PAID', 'Acme Ltd,INV-2,2026-04-02,Consulting,1,500.00,500.00,DRAFT', 'Acme Ltd,INV-3,2026-04-03,Consulting,1,500.00,500.00,AUTHORISED'];
    expect((await importFile(b, registerText(b, 'xero.csv', xero.join('\n')), { kind: 'sales' })).preview.counts).toMatchObject({ new: 2, ignored: 1 });
  });

  it('takes what was refunded off a partly refunded sale: Shopify’s Refunded Amount off its order’s lines in turn, none below zero, Stripe’s Amount Refunded, 淘宝’s 退款金额', async () => {
    const shopify = [
      'Name,Email,Financial Status,Currency,Refunded Amount,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Created at',
      '#2003,bo@example.com,partially_refunded,EUR,12.00,1,Cups,8.00,Bo Chen,2026-04-03 10:00:00 +0200',
      '#2003,,,,,2,Tea,15.00,,',
    ];
    const run = await importFile(b, registerText(b, 'orders_export.csv', shopify.join('\n')), { kind: 'sales' });
    expect(run.session.mapping.columns[4]!.target).toBe('sale.refunded');
    // The order's 38.00 less its 12.00 refund: 26.00 in all, the cups' 8.00 refunded whole and 4.00 of the tea.
    expect(b.connection.sqlite.prepare('select product, amount_minor from sales order by id').all()).toEqual([
      { product: 'Cups', amount_minor: 0 },
      { product: 'Tea', amount_minor: 2600 },
    ]);
    const stripe = ['id,Created date (UTC),Amount,Amount Refunded,Currency,Status,Customer Email,Description', 'ch_1,2026-04-05 10:00:00,50.00,20.00,usd,Paid,eva@example.com,Tea set'];
    await importFile(b, registerText(b, 'unified_payments.csv', stripe.join('\n')), { kind: 'sales' });
    const taobao = ['订单编号,订单状态,订单创建时间,收货人姓名,宝贝标题,买家实际支付金额,退款金额', '1001,交易成功,2026-04-06,王小明,茶叶,88.00,8.00', '1002,交易成功,2026-04-07,王小明,茶具,120.00,0'];
    await importFile(b, registerText(b, '淘宝订单.csv', taobao.join('\n')), { kind: 'sales' });
    expect(b.connection.sqlite.prepare('select product, amount_minor, currency from sales where id > 2 order by id').all()).toEqual([
      { product: 'Tea set', amount_minor: 3000, currency: 'USD' },
      { product: '茶叶', amount_minor: 8000, currency: 'CNY' },
      { product: '茶具', amount_minor: 12000, currency: 'CNY' },
    ]);
  });

  it('maps the columns of other shops’, tills’ and payment services’ sales lists: WooCommerce, Etsy, Square, Amazon, PayPal and Stripe', async () => {
    const targets = async (header: string) => {
      const session = await b.value('imports.open', { fileId: registerText(b, 'orders.csv', `${header}\n`), kind: 'sales' });
      return session.mapping.columns.map((c) => c.target);
    };
    expect(await targets('Order Number,Order Date,Billing Email,Billing Phone,Order Total,Item Name,Quantity,Order Currency')).toEqual([
      'sale.reference', 'sale.date', 'sale.email', 'sale.phone', 'sale.amount', 'sale.product', 'sale.quantity', 'sale.currency',
    ]);
    expect(await targets('Sale Date,Order ID,Full Name,Number of Items,Currency,Order Value')).toEqual(['sale.date', 'sale.reference', 'sale.customer', 'sale.quantity', 'sale.currency', 'sale.amount']);
    expect(await targets('Date,Time,Customer Name,Item,Qty,Gross Sales,Net Sales,Transaction ID')).toEqual(['sale.date', null, 'sale.customer', 'sale.product', 'sale.quantity', 'sale.amount', null, 'sale.reference']);
    // Amazon's order reports (whose item-price is the line's, for its whole quantity), PayPal's activity and Stripe's payments.
    expect(await targets('amazon-order-id,purchase-date,order-status,product-name,quantity,currency,item-price,buyer-email,buyer-name')).toEqual([
      'sale.reference', 'sale.date', 'sale.status', 'sale.product', 'sale.quantity', 'sale.currency', 'sale.amount', 'sale.email', 'sale.customer',
    ]);
    expect(await targets('order-id,order-item-id,purchase-date,buyer-email,buyer-name,buyer-phone-number,sku,product-name,quantity-purchased,currency,item-price')).toEqual([
      'sale.reference', null, 'sale.date', 'sale.email', 'sale.customer', 'sale.phone', null, 'sale.product', 'sale.quantity', 'sale.currency', 'sale.amount',
    ]);
    expect(await targets('Transaction ID,Date,Status,Name,From Email Address,Currency,Gross,Item Title')).toEqual(['sale.reference', 'sale.date', 'sale.status', 'sale.customer', 'sale.email', 'sale.currency', 'sale.amount', 'sale.product']);
    expect(await targets('id,Created date (UTC),Amount,Currency,Description,Status,Customer Email')).toEqual([null, 'sale.date', 'sale.amount', 'sale.currency', 'sale.product', 'sale.status', 'sale.email']);
    // Stripe's balance history: its Type says which moves are no sales (payout, stripe_fee).
    expect(await targets('id,Type,Amount,Currency,Created (UTC),Description,Customer Email')).toEqual([null, 'sale.type', 'sale.amount', 'sale.currency', 'sale.date', 'sale.product', 'sale.email']);
  });

  it('reads an accounting program’s sales lines: Xero’s invoices by their LineAmount, not the invoice’s Total beside it, and QuickBooks’ sales by customer, its Credit Memo taken back', async () => {
    const xero = [
      '*ContactName,EmailAddress,*InvoiceNumber,*InvoiceDate,*DueDate,Total,Description,*Quantity,*UnitAmount,LineAmount,Currency',
      'Weber GmbH,buchhaltung@weber.example,INV-0042,2026-05-02,2026-06-01,230.00,Tea,2,50.00,100.00,EUR',
      'Weber GmbH,buchhaltung@weber.example,INV-0042,2026-05-02,2026-06-01,230.00,Teapot,1,130.00,130.00,EUR',
    ];
    const run = await importFile(b, registerText(b, 'Invoices.csv', xero.join('\n')), { kind: 'sales' });
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual([
      'sale.customer', 'sale.email', 'sale.reference', 'sale.date', null, null, 'sale.product', 'sale.quantity', 'sale.unitPrice', 'sale.amount', 'sale.currency',
    ]);
    const quickbooks = [
      'Type,Date,Num,Memo,Name,Item,Qty,Sales Price,Amount,Balance',
      'Invoice,2026-05-03,1021,Weekly service,Amy’s Bird Sanctuary,Gardening,4,25.00,100.00,100.00',
      'Credit Memo,2026-05-10,1022,Returned,Amy’s Bird Sanctuary,Gardening,1,25.00,25.00,75.00',
    ];
    const books = await importFile(b, registerText(b, 'sales_by_customer.csv', quickbooks.join('\n')), { kind: 'sales' });
    expect(books.session.mapping.columns.map((c) => c.target)).toEqual(['sale.type', 'sale.date', 'sale.reference', null, 'sale.customer', 'sale.product', 'sale.quantity', 'sale.unitPrice', 'sale.amount', null]);
    expect(b.connection.sqlite.prepare('select customer, reference, product, amount_minor, currency from sales order by id').all()).toEqual([
      { customer: 'Weber GmbH', reference: 'INV-0042', product: 'Tea', amount_minor: 10000, currency: 'EUR' },
      { customer: 'Weber GmbH', reference: 'INV-0042', product: 'Teapot', amount_minor: 13000, currency: 'EUR' },
      { customer: 'Amy’s Bird Sanctuary', reference: '1021', product: 'Gardening', amount_minor: 10000, currency: 'CNY' },
      { customer: 'Amy’s Bird Sanctuary', reference: '1022', product: 'Gardening', amount_minor: -2500, currency: 'CNY' },
    ]);
  });

  it('reads a report grouped by customer, each named in a heading above their sales (QuickBooks’ Sales by Customer Detail), and a month’s heading names none', async () => {
    const report = [
      'Sales by Customer Detail',
      'Craig’s Design and Landscaping Services',
      'January - December 2026',
      '',
      ',Date,Transaction Type,Num,Product/Service,Memo/Description,Qty,Sales Price,Amount,Balance',
      'Amy’s Bird Sanctuary,,,,,,,,,',
      ',2026-05-03,Invoice,1021,Gardening,Weekly service,4,25.00,100.00,100.00',
      ',2026-05-10,Credit Memo,1022,Gardening,Returned,-1,25.00,-25.00,75.00',
      'Total for Amy’s Bird Sanctuary,,,,,,,,$75.00,',
      'Bill’s Windsurf Shop,,,,,,,,,',
      ',2026-05-04,Invoice,1027,Design,Custom design,1,85.00,85.00,85.00',
      ',,,,,,,,85.00,',
      'May 2026,,,,,,,,,',
      ',2026-05-20,Invoice,1030,Design,Whose?,1,10.00,10.00,10.00',
      'TOTAL,,,,,,,,$170.00,',
    ];
    const run = await importFile(b, registerText(b, 'Sales by Customer Detail.csv', report.join('\n')), { kind: 'sales' });
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual([null, 'sale.date', 'sale.type', 'sale.reference', 'sale.product', null, 'sale.quantity', 'sale.unitPrice', 'sale.amount', null]);
    expect(run.preview.unmapped).toEqual([]);
    expect(run.preview.counts).toMatchObject({ total: 10, new: 3, invalid: 1, ignored: 6 });
    expect(run.preview.issues.filter((i) => i.reason === 'customerMissing').map((i) => i.row)).toEqual([14]);
    expect(run.preview.issues.filter((i) => i.reason === 'saleCustomerHeading').map((i) => i.message)).toEqual([
      'Row 6: “Amy’s Bird Sanctuary” names the customer of the sales below it',
      'Row 10: “Bill’s Windsurf Shop” names the customer of the sales below it',
    ]);
    expect(b.connection.sqlite.prepare('select customer, reference, amount_minor from sales order by id').all()).toEqual([
      { customer: 'Amy’s Bird Sanctuary', reference: '1021', amount_minor: 10000 },
      { customer: 'Amy’s Bird Sanctuary', reference: '1022', amount_minor: -2500 },
      { customer: 'Bill’s Windsurf Shop', reference: '1027', amount_minor: 8500 },
    ]);
    // A sheet with neither a customer column nor such headings still asks for the customer column,
    // as does one grouped under headings whose totals do not name them (a region's, a month's).
    const unmapped = async (csv: string) => {
      const session = await b.value('imports.open', { fileId: registerText(b, 'sales.csv', csv), kind: 'sales' });
      return (await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip' })).unmapped;
    };
    expect(await unmapped('Date,Product,Amount\n2026-05-01,Tea,10.00\n')).toEqual(['sale.customer']);
    expect(await unmapped(['日期,产品,数量,金额', '华东区', '2026-05-01,茶叶,2,88', '2026-05-02,茶具,1,120', '小计,,3,208', '一月', '2026-01-03,茶叶,1,44', '小计,,1,44'].join('\n'))).toEqual(['sale.customer']);
  });

  it('maps the columns of a sales sheet from Taiwan or Hong Kong by their words in traditional characters (訂單編號, 銷售日期, 客戶名稱, 產品, 數量, 單價, 金額)', async () => {
    const session = await b.value('imports.open', { fileId: registerText(b, '銷售.csv', '訂單編號,銷售日期,客戶名稱,產品名稱,數量,單價,金額\n'), kind: 'sales' });
    expect(session.mapping.columns.map((c) => c.target)).toEqual(['sale.reference', 'sale.date', 'sale.customer', 'sale.product', 'sale.quantity', 'sale.unitPrice', 'sale.amount']);
  });

  it('maps the columns of an online shop’s order list (淘宝: the buyer by the name the parcel went to and their mobile; 京东, 拼多多) and of a bookkeeping program’s sales list', async () => {
    const targets = async (header: string) => {
      const session = await b.value('imports.open', { fileId: registerText(b, 'orders.csv', `${header}\n`), kind: 'sales' });
      return session.mapping.columns.map((c) => c.target);
    };
    // Its 联系电话 (a landline, mostly left empty) gives way to 联系手机.
    expect(await targets('订单编号,买家会员名,买家应付货款,买家实际支付金额,订单状态,收货人姓名,联系电话,联系手机,订单创建时间,宝贝标题,宝贝总数量')).toEqual([
      'sale.reference', null, null, 'sale.amount', 'sale.status', 'sale.customer', null, 'sale.phone', 'sale.date', 'sale.product', 'sale.quantity',
    ]);
    expect(await targets('单据日期,单据编号,购货单位,存货名称,数量,含税单价,价税合计')).toEqual(['sale.date', 'sale.reference', 'sale.customer', 'sale.product', 'sale.quantity', 'sale.unitPrice', 'sale.amount']);
    // 京东, 拼多多 and a short-video shop's order lists.
    expect(await targets('订单号,商品名称,订购数量,下单时间,订单金额,客户姓名,联系电话')).toEqual(['sale.reference', 'sale.product', 'sale.quantity', 'sale.date', 'sale.amount', 'sale.customer', 'sale.phone']);
    expect(await targets('订单号,商品,商品数量(件),商品总价(元),收货人,手机,订单成交时间,商家实收金额(元)')).toEqual(['sale.reference', 'sale.product', 'sale.quantity', 'sale.amount', 'sale.customer', 'sale.phone', 'sale.date', null]);
    expect(await targets('订单编号,商品名称,购买数量,商品单价,实付金额,收件人姓名,收件人手机号,下单时间')).toEqual(['sale.reference', 'sale.product', 'sale.quantity', 'sale.unitPrice', 'sale.amount', 'sale.customer', 'sale.phone', 'sale.date']);
  });

  it('takes an amount column by its name before the unit (金额(元), Amount (USD)) and reads its amounts in the currency the unit names, but leaves one in 万元 to the person', async () => {
    const open = async (csv: string) => {
      const session = await b.value('imports.open', { fileId: registerText(b, 'sales.csv', csv), kind: 'sales' });
      const preview = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip' });
      return { targets: session.mapping.columns.map((c) => c.target), preview };
    };
    const yuan = await open(['日期,客户,产品,数量,单价（元）,金额(元)', '2026-03-01,王小明,茶叶,2,640,1280'].join('\n'));
    expect(yuan.targets).toEqual(['sale.date', 'sale.customer', 'sale.product', 'sale.quantity', 'sale.unitPrice', 'sale.amount']);
    expect([yuan.preview.currency, yuan.preview.currencyHeader, yuan.preview.rows[0]?.sale?.amount]).toEqual(['CNY', '金额(元)', 'CN¥1,280.00']);
    // In a Chinese office, a file whose amounts are in dollars says so in its header: they stay dollars.
    const dollars = await open(['Date,Customer,Product,Amount (USD)', '2026-03-01,Anna Weber,Tea,12.50'].join('\n'));
    expect(dollars.targets).toEqual(['sale.date', 'sale.customer', 'sale.product', 'sale.amount']);
    expect([dollars.preview.currency, dollars.preview.currencyHeader, dollars.preview.rows[0]?.sale?.amount]).toEqual(['USD', 'Amount (USD)', '$12.50']);
    const run = await importFile(b, registerText(b, 'usd.csv', ['Date,Customer,Product,Amount (USD)', '2026-03-01,Anna Weber,Tea,12.50'].join('\n')), { kind: 'sales' });
    expect(run.job.result).toMatchObject({ created: 1 });
    expect(b.connection.sqlite.prepare('select amount_minor, currency from sales').get()).toEqual({ amount_minor: 1250, currency: 'USD' });
    // 1.5 in 万元 is 15,000 yuan: not read as 1.50 without the person choosing the column.
    const tenThousands = await open(['日期,客户,产品,金额(万元)', '2026-03-01,王小明,设备,1.5'].join('\n'));
    expect(tenThousands.targets).toEqual(['sale.date', 'sale.customer', 'sale.product', null]);
    expect((await open(['Datum,Kunde,Artikel,Menge (kg),Betrag (TEUR)', '2026-03-01,Anna Weber,Tee,2,1'].join('\n'))).targets).toEqual(['sale.date', 'sale.customer', 'sale.product', 'sale.quantity', null]);
  });

  it('works the amount out from the unit price and quantity when an order sheet gives no total', async () => {
    const csv = ['下单日期,客户名称,商品名称,数量,单价', '2024-05-01,王小明,龙井茶,2,¥128.00', '2024-05-03,张伟,茶具,3,"1,350.50"', '2024-05-04,李娜,茶杯,2,free'].join('\n');
    const run = await importFile(b, registerText(b, 'orders.csv', csv), { kind: 'sales' });
    expect(run.session.mapping.columns.map((c) => c.target)).toEqual(['sale.date', 'sale.customer', 'sale.product', 'sale.quantity', 'sale.unitPrice']);
    expect(run.preview.rows.slice(0, 2).map((r) => r.sale?.amount)).toEqual(['CN¥256.00', 'CN¥4,051.50']);
    // A price that is no amount is named in its own column.
    expect(run.preview.issues.map((i) => [i.row, i.column, i.reason])).toEqual([[4, '单价', 'notAnAmount']]);
    expect(b.connection.sqlite.prepare('select amount_minor from sales order by sold_on').pluck().all()).toEqual([25600, 405150]);
    // Beside a total, the unit price is only the file's: the total is the amount.
    const session = await b.value('imports.open', { fileId: registerText(b, 'shop.csv', 'Date,Customer,Item,Qty,Unit Price,Total\n'), kind: 'sales' });
    expect(session.mapping.columns.map((c) => c.target)).toEqual(['sale.date', 'sale.customer', 'sale.product', 'sale.quantity', 'sale.unitPrice', 'sale.amount']);
  });

  it('asks for a name column in a contacts file that has none mapped', async () => {
    const fileId = registerText(b, 'list.csv', ['Email,Phone', 'a@x.test,030 1234567'].join('\n'));
    const session = await b.value('imports.open', { fileId, kind: 'contacts' });
    const preview = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip' });
    expect(preview.unmapped).toEqual(['name']);
  });
});

describe('a file opened as the other kind', () => {
  const opened = async (name: string, text: string, kind: 'contacts' | 'sales') => b.value('imports.open', { fileId: registerText(b, name, text), kind });

  it('says an order list opened as contacts looks like sales records, and a contact list opened as sales like contacts', async () => {
    expect((await opened('orders.csv', 'Order No.,Date,Customer,Product,Amount\nA-1,2026-01-05,Anna Weber,Toner,120.00', 'contacts')).looksLike).toBe('sales');
    expect((await opened('订单.csv', '日期,客户,产品,数量,单价\n2026-01-05,王小明,茶叶,2,640', 'contacts')).looksLike).toBe('sales');
    expect((await opened('kunden.csv', 'Name;E-Mail;Telefon;Firma\nAnna Weber;anna@weber.test;030 1234567;Weber GmbH', 'sales')).looksLike).toBe('contacts');
    // Each as what it is: nothing to say.
    expect((await opened('orders.csv', 'Order No.,Date,Customer,Product,Amount\nA-1,2026-01-05,Anna Weber,Toner,120.00', 'sales')).looksLike).toBeNull();
    expect((await opened('kunden.csv', 'Name;E-Mail;Telefon;Firma\nAnna Weber;anna@weber.test;030 1234567;Weber GmbH', 'contacts')).looksLike).toBeNull();
  });

  it.each(readdirSync(fixture('.')).filter((f) => /\.(csv|txt|tsv|vcf|xlsx|xls|ods)$/.test(f) && !/bad|random|unclosed|empty|blank-lines|no-end|two-sheets/.test(f)))(
    'takes the contacts fixture %s for contacts',
    async (name) => {
      const session = await b.value('imports.open', { fileId: register(b, fixture(name)), kind: 'contacts' });
      expect(session.looksLike).toBeNull();
    },
  );
});
