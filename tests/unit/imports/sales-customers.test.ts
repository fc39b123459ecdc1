import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitForJob } from '../../../src/main/core/imports/import-jobs';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerText, tableDump } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'en' })));
afterEach(async () => b.dispose());

const SHOP = [
  'Order No.,Date,Customer,Email,Phone,Product,Amount',
  'W-1,2026-03-01,Anna Weber,anna@weber.test,,Tea,12.00',
  'W-2,2026-03-02,Anna Weber,ANNA@weber.test,,Cups,8.00',
  'W-3,2026-03-02,Café Größe GmbH,,+49 30 1234567,Tea,120.00',
  'W-4,2026-03-03,,,0151 2345678,Tea,6.00',
].join('\n');

const contacts = () => b.connection.sqlite.prepare('select id, kind, display_name name, company_name company, primary_email email, primary_phone phone from contacts where deleted_at is null order by id').all() as { id: number; kind: string; name: string }[];

describe('a sales file naming customers the office does not have yet', () => {
  it('adds each named one as one contact (a firm as a company), links all their sales, counts them in the preview, and undo takes them away', async () => {
    const before = tableDump(b);
    const run = await importFile(b, registerText(b, 'shop.csv', SHOP), { kind: 'sales', name: 'Web shop March' });
    expect(run.preview.newCustomers).toBe(2);
    // The last customer has only a phone: a contact needs a name, so that sale stays unlinked.
    expect(run.preview.rows.map((r) => r.sale?.newCustomer)).toEqual([true, true, true, false]);
    expect(run.job.result).toMatchObject({ created: 4, contactsAdded: 2 });
    expect(contacts()).toEqual([
      { id: expect.any(Number), kind: 'person', name: 'Anna Weber', company: '', email: 'anna@weber.test', phone: '' },
      { id: expect.any(Number), kind: 'company', name: 'Café Größe GmbH', company: 'Café Größe GmbH', email: '', phone: expect.stringContaining('1234567') },
    ]);
    expect(b.connection.sqlite.prepare(`select contact_id from sales where reference = 'W-4'`).pluck().get()).toBeNull();
    const anna = contacts()[0]!.id;
    expect(b.connection.sqlite.prepare('select reference from sales where contact_id = ? order by reference').pluck().all(anna)).toEqual(['W-1', 'W-2']);
    // Found by search like any contact, and tagged with the import's name as a contacts import's are.
    expect((await b.value('contacts.list', { search: 'Größe' })).total).toBe(1);
    const tagged = b.connection.sqlite.prepare(`select ct.contact_id from contact_tags ct join tags t on t.id = ct.tag_id where t.name = 'Web shop March' order by 1`).pluck().all();
    expect(tagged).toEqual(contacts().map((c) => c.id));
    // Undo takes the tag it made too: the tables are as before.
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(tableDump(b)).toEqual({ ...before, undo_batches: expect.any(Array), undo_entries: expect.any(Array), import_batches: expect.any(Array) });
  });

  it('leaves the sales unlinked and adds no contact when the person unticks it, and a later import finds the customers it added before', async () => {
    const session = await b.value('imports.open', { fileId: registerText(b, 'shop.csv', SHOP), kind: 'sales' });
    const input = { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip' as const, addCustomers: false };
    const preview = await b.value('imports.preview', input);
    expect(preview.newCustomers).toBe(2);
    expect(preview.rows.map((r) => r.sale?.newCustomer)).toEqual([false, false, false, false]);
    const started = await b.value('imports.start', { ...input, name: 'Unlinked' });
    expect((await waitForJob(b.base, started.jobId)).result).toMatchObject({ created: 4, contactsAdded: 0 });
    expect(contacts()).toEqual([]);
    // No customer added, no tag made.
    expect(b.connection.sqlite.prepare('select count(*) from tags').pluck().get()).toBe(0);
    expect(b.connection.sqlite.prepare('select count(*) from sales where contact_id is null').pluck().get()).toBe(4);

    // Added by one import, the customer is matched by the next.
    await importFile(b, registerText(b, 'april.csv', ['Date,Customer,Email,Product,Amount', '2026-04-01,Anna Weber,anna@weber.test,Tea,12.00'].join('\n')), { kind: 'sales' });
    const may = await importFile(b, registerText(b, 'may.csv', ['Date,Email,Product,Amount', '2026-05-01,anna@weber.test,Tea,12.00'].join('\n')), { kind: 'sales' });
    expect(may.preview.newCustomers).toBe(0);
    expect(contacts()).toHaveLength(1);
  });

  it('puts a customer worked on since in the Trash on undo, with the note, instead of deleting them', async () => {
    const run = await importFile(b, registerText(b, 'shop.csv', SHOP), { kind: 'sales', name: 'Web shop March' });
    const anna = contacts()[0]!.id;
    await b.value('history.add', { contactId: anna, kind: 'note', body: 'Wants the green tea next time' });
    const undone = await b.value('imports.undo', { importId: run.job.result!.id });
    expect(undone.movedToTrash).toBe(1);
    expect(contacts()).toEqual([]);
    expect(b.connection.sqlite.prepare('select count(*) from contacts where deleted_at is not null').pluck().get()).toBe(1);
    expect(b.connection.sqlite.prepare('select count(*) from sales').pluck().get()).toBe(0);
  });

  it('tags the customers with a tag of that name the office has already, which undo leaves, and not at all when the person unticks the tag', async () => {
    await b.value('tags.create', { name: 'web shop march', color: '#228be6' });
    const run = await importFile(b, registerText(b, 'shop.csv', SHOP), { kind: 'sales', name: 'Web shop March' });
    const tags = () => b.connection.sqlite.prepare('select t.name, count(ct.contact_id) n from tags t left join contact_tags ct on ct.tag_id = t.id group by t.id').all();
    expect(tags()).toEqual([{ name: 'web shop march', n: 2 }]);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(tags()).toEqual([{ name: 'web shop march', n: 0 }]);

    const session = await b.value('imports.open', { fileId: registerText(b, 'shop.csv', SHOP), kind: 'sales' });
    const started = await b.value('imports.start', { sessionId: session.sessionId, mapping: session.mapping, name: 'Untagged', tagWithName: false });
    expect((await waitForJob(b.base, started.jobId)).result).toMatchObject({ contactsAdded: 2 });
    expect(tags()).toEqual([{ name: 'web shop march', n: 0 }]);
  });

  it('finds a customer written "Weber, Anna", as shop systems write names, under the contact Anna Weber it added before', async () => {
    await importFile(b, registerText(b, 'march.csv', ['Date,Customer,Product,Amount', '2026-03-01,"Weber, Anna",Tea,12.00'].join('\n')), { kind: 'sales' });
    expect(contacts().map((c) => c.name)).toEqual(['Anna Weber']);
    const april = await importFile(b, registerText(b, 'april.csv', ['Date,Customer,Product,Amount', '2026-04-01,"Weber, Anna",Tea,12.00', '2026-04-02,anna weber,Cups,8.00'].join('\n')), { kind: 'sales' });
    expect(april.preview.newCustomers).toBe(0);
    expect(contacts()).toHaveLength(1);
    expect(b.connection.sqlite.prepare('select count(*) from sales where contact_id = ?').pluck().get(contacts()[0]!.id)).toBe(3);
  });

  it('tells colleagues on the office’s landline apart, stored or added by the file, while one person’s mobile and a firm find them', async () => {
    // 王建国 is stored with the firm's switchboard and his mobile; 李娜 calls from the same switchboard.
    const zh = await tempBackend({ systemLocale: 'zh-CN' });
    try {
      const wang = await zh.value('contacts.create', { kind: 'person', familyName: '王', givenName: '建国', companyName: '西湖茶叶有限公司', phones: [{ label: 'work', value: '0571-88886666' }, { label: 'mobile', value: '139 1234 5678' }] });
      const sheet = [
        '日期,客户,电话,商品,金额',
        '2026-03-01,李娜,0571-88886666,龙井,300',
        '2026-03-02,王总,0571 8888 6666,龙井,500',
        '2026-03-03,张伟,0571-88886666,碧螺春,200',
        '2026-03-04,李娜,057188886666,碧螺春,100',
        '2026-03-05,Tony Wang,13912345678,龙井,800',
        '2026-03-06,西湖茶叶有限公司,0571-88886666,茶具,50',
      ].join('\n');
      const run = await importFile(zh, registerText(zh, '销售.csv', sheet), { kind: 'sales' });
      expect(run.preview.newCustomers).toBe(2);
      // 李娜's second sale is hers, the customer the import adds for her first.
      expect(run.preview.rows.map((r) => r.sale?.newCustomer)).toEqual([true, false, true, true, false, false]);
      const byCustomer = zh.connection.sqlite.prepare('select s.customer, c.display_name name from sales s left join contacts c on c.id = s.contact_id order by s.sold_on').all();
      expect(byCustomer).toEqual([
        { customer: '李娜', name: '李娜' },
        { customer: '王总', name: '王建国' },
        { customer: '张伟', name: '张伟' },
        { customer: '李娜', name: '李娜' },
        { customer: 'Tony Wang', name: '王建国' },
        { customer: '西湖茶叶有限公司', name: '王建国' },
      ]);
      expect(zh.connection.sqlite.prepare('select count(*) from contacts').pluck().get()).toBe(3);
      expect(zh.connection.sqlite.prepare('select count(*) from sales where contact_id = ?').pluck().get(wang.id)).toBe(3);
    } finally {
      await zh.dispose();
    }
  });

  it('is undone whole from the general undo menu too: the sales go with the customers they added', async () => {
    await importFile(b, registerText(b, 'shop.csv', SHOP), { kind: 'sales', name: 'Web shop March' });
    const [latest] = await b.value('undo.list', {});
    expect(latest!.label).toContain('Web shop March');
    await b.value('undo.apply', { batchId: latest!.id });
    expect(contacts()).toEqual([]);
    expect(b.connection.sqlite.prepare('select count(*) from tags').pluck().get()).toBe(0);
    expect(b.connection.sqlite.prepare('select count(*) from sales').pluck().get()).toBe(0);
    expect((await b.value('imports.history', {}))[0]!.undoneAt).not.toBeNull();
  });
});
