import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuplicateMode } from '../../../src/shared/contract/imports.contract';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { waitForJob } from '../../../src/main/core/imports/import-jobs';
import { importFile, registerText, tableDump } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'de-DE' })));
afterEach(async () => b.dispose());

/** A list that names Anna twice (her email in other case the second time) and Bo twice (by his phone). */
const LIST = [
  'Name,Email,Phone,Company',
  'Anna Weber,anna@weber.example,,Weber GmbH',
  'Anna Weber,Anna@Weber.example,030 1234567,Weber & Söhne GmbH',
  'Bo Chen,,+44 20 7946 0958,',
  'B. Chen,,0044 20 7946 0958,Chen Ltd',
].join('\n');

const contacts = async () => {
  const rows = (await b.value('contacts.list', { sort: 'created' })).rows;
  return Promise.all(rows.map(async (r) => {
    const c = await b.value('contacts.get', { id: r.id });
    return [c.givenName, c.familyName, c.companyName, c.phones.map((p) => p.value).join(' '), c.emails.map((e) => e.value).join(' ')];
  }));
};

describe('a customer listed twice in one file', () => {
  it('is shown as a duplicate of the earlier row in the preview, and comes in once', async () => {
    const run = await importFile(b, registerText(b, 'list.csv', LIST), { mode: 'fillEmpty' });
    expect(run.preview.counts).toEqual({ total: 4, new: 2, duplicate: 2, invalid: 0, ignored: 0 });
    expect(run.preview.rows.map((r) => [r.line, r.status, r.duplicateOf?.name ?? null])).toEqual([
      [2, 'new', null],
      [3, 'duplicate', 'row 2 of this file'],
      [4, 'new', null],
      [5, 'duplicate', 'row 4 of this file'],
    ]);
    expect(run.job.result).toMatchObject({ created: 2, updated: 2, skipped: 0 });
    // "Update empty fields": the later row adds what the first lacked, and keeps what it had.
    expect(await contacts()).toEqual([
      ['Anna', 'Weber', 'Weber GmbH', '+49301234567', 'anna@weber.example'],
      ['Bo', 'Chen', 'Chen Ltd', '+442079460958', ''],
    ]);
  });

  it.each([
    ['skip', [['Anna', 'Weber', 'Weber GmbH', '', 'anna@weber.example'], ['Bo', 'Chen', '', '+442079460958', '']]],
    ['overwrite', [['Anna', 'Weber', 'Weber & Söhne GmbH', '+49301234567', 'anna@weber.example'], ['B.', 'Chen', 'Chen Ltd', '+442079460958', '']]],
  ] as [DuplicateMode, string[][]][])('follows the choice for duplicates: %s', async (mode, expected) => {
    await importFile(b, registerText(b, 'list.csv', LIST), { mode });
    expect(await contacts()).toEqual(expected);
  });

  it('is counted in the preview as the import then finds it when rows with a bad value are imported too', async () => {
    // Past the rows the preview shows, with nothing stored: the preview reads those rows without building them.
    const rows = Array.from({ length: 30 }, (_, n) => `Person ${n},person${n}@example.com,${n === 24 ? '31/02/1980' : '1980-01-01'}`);
    rows.push('Person 24 again,person24@example.com,1980-01-01');
    const csv = ['Name,Email,Birthday', ...rows].join('\n');
    const session = await b.value('imports.open', { fileId: registerText(b, 'late.csv', csv) });
    const preview = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip', invalidRows: 'importValid' });
    expect(preview.counts).toEqual({ total: 31, new: 29, duplicate: 1, invalid: 1, ignored: 0 });
    const started = await b.value('imports.start', { sessionId: session.sessionId, mapping: session.mapping, duplicateMode: 'skip', invalidRows: 'importValid', name: 'Late' });
    const done = await waitForJob(b.base, started.jobId);
    expect(done.result).toMatchObject({ created: 30, skipped: 1, invalid: 1 });
  });

  it('comes in twice when the person chose to import duplicates as new contacts', async () => {
    const run = await importFile(b, registerText(b, 'list.csv', LIST), { mode: 'importNew' });
    expect(run.job.result).toMatchObject({ created: 4 });
  });

  it('is found in a large file planned on its own thread, counted alike in the preview, and undo leaves the database as it was', async () => {
    const rows = Array.from({ length: 6000 }, (_, n) => `Person ${n % 5000},person${n % 5000}@example.com,0151 ${10_000_000 + (n % 5000)},`);
    const before = tableDump(b);
    const run = await importFile(b, registerText(b, 'big.csv', ['Name,Email,Phone,Company', ...rows].join('\n')), { mode: 'skip' });
    expect(run.preview.counts).toEqual({ total: 6000, new: 5000, duplicate: 1000, invalid: 0, ignored: 0 });
    expect(run.job.result).toMatchObject({ created: 5000, skipped: 1000 });
    expect((await b.value('contacts.list', {})).total).toBe(5000);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(tableDump(b)).toEqual({ ...before, undo_batches: expect.any(Array), undo_entries: expect.any(Array), import_batches: expect.any(Array) });
  });

  it('is known by the phone of a row that gave an email too, when listed later with no email or another one', async () => {
    const csv = [
      'Name,Email,Phone,Company',
      'Anna Weber,anna@weber.example,030 1234567,Weber GmbH',
      'Jonas Schmidt,jonas@schmidt.example,+49 151 23456789,',
      'Anna Weber,,+49 30 1234567,Weber GmbH',
      'Jonas Schmidt,jonas.privat@example.com,0151 23456789,',
      'Peter Weber,peter@weber.example,030 1234567,Weber GmbH',
    ].join('\n');
    const run = await importFile(b, registerText(b, 'twice.csv', csv), { mode: 'fillEmpty' });
    expect(run.preview.rows.map((r) => [r.line, r.status, r.duplicateOf?.name ?? null, r.duplicateOf?.reasons ?? null])).toEqual([
      [2, 'new', null, null],
      [3, 'new', null, null],
      [4, 'duplicate', 'row 2 of this file', ['phone']],
      [5, 'duplicate', 'row 3 of this file', ['phone']],
      // Her colleague on the firm's landline is someone else.
      [6, 'new', null, null],
    ]);
    expect(run.job.result).toMatchObject({ created: 3, updated: 2 });
    expect(await contacts()).toEqual([
      ['Anna', 'Weber', 'Weber GmbH', '+49301234567', 'anna@weber.example'],
      // "Update empty fields" adds the email he lacked after his first.
      ['Jonas', 'Schmidt', '', '+4915123456789', 'jonas@schmidt.example jonas.privat@example.com'],
      ['Peter', 'Weber', 'Weber GmbH', '+49301234567', 'peter@weber.example'],
    ]);
  });

  it('is known by the person’s name and firm when listed again without the email or phone an earlier row gave', async () => {
    const csv = [
      '客户名称,联系人,手机,邮箱',
      '西湖茶叶有限公司,王建国,13912345678,wang@xihu.example',
      '西湖茶叶有限公司,李娜,,lina@xihu.example',
      '西湖茶叶有限公司,王建国,,',
      '西湖茶叶有限公司,李娜,13800138000,',
      '西湖茶叶有限公司,张伟,,',
      '龙井茶业有限公司,王建国,,',
    ].join('\n');
    const run = await importFile(b, registerText(b, '客户.csv', csv), { mode: 'fillEmpty' });
    expect(run.preview.rows.map((r) => [r.line, r.status, r.duplicateOf?.name ?? null, r.duplicateOf?.reasons ?? null])).toEqual([
      [2, 'new', null, null],
      [3, 'new', null, null],
      [4, 'duplicate', 'row 2 of this file', ['nameCompany']],
      [5, 'duplicate', 'row 3 of this file', ['nameCompany']],
      [6, 'new', null, null],
      // Another firm's 王建国 is someone else.
      [7, 'new', null, null],
    ]);
    expect(run.job.result).toMatchObject({ created: 4, updated: 2 });
    expect((await contacts()).map(([given, family, company, phones]) => [`${family}${given}`, company, phones])).toEqual([
      ['王建国', '西湖茶叶有限公司', '13912345678'],
      ['李娜', '西湖茶叶有限公司', '13800138000'],
      ['张伟', '西湖茶叶有限公司', ''],
      ['王建国', '龙井茶业有限公司', ''],
    ]);
  });

  it('is the stored contact an earlier row matched when listed again without what found it, and undo puts that contact back', async () => {
    const stored = await b.value('contacts.create', { givenName: 'Jianguo', familyName: 'Wang', emails: [{ value: 'wang@xihu.example' }] });
    const before = tableDump(b);
    const csv = ['客户名称,联系人,邮箱,地址', '西湖茶叶有限公司,王建国,wang@xihu.example,龙井路18号', '西湖茶叶有限公司,王建国,,龙井路20号'].join('\n');
    const run = await importFile(b, registerText(b, '客户.csv', csv), { mode: 'fillEmpty' });
    expect(run.preview.rows.map((r) => [r.line, r.status, r.duplicateOf?.name ?? null, r.duplicateOf?.reasons ?? null])).toEqual([
      [2, 'duplicate', 'Jianguo Wang', ['email']],
      [3, 'duplicate', 'Jianguo Wang', ['nameCompany']],
    ]);
    expect(run.job.result).toMatchObject({ created: 0, updated: 2 });
    const after = await b.value('contacts.get', { id: stored.id });
    expect([after.companyName, after.addresses.map((a) => a.street)]).toEqual(['西湖茶叶有限公司', ['龙井路18号']]);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(tableDump(b)).toEqual({ ...before, undo_batches: expect.any(Array), undo_entries: expect.any(Array), import_batches: expect.any(Array) });
  });

  it('is known without email or phone by the person’s name and firm, in the shown rows and past them, as the import then finds it', async () => {
    // Past the 20 shown rows too: nothing is stored, so the preview reads those rows without building them.
    const filler = Array.from({ length: 25 }, (_, n) => `Kunde ${n},Firma ${n}`);
    const csv = ['Name,Firma', 'Anna Weber,Weber GmbH', 'Weber Anna,weber gmbh', ...filler, 'Anna Weber,Weber GmbH', 'Anna Weber,Schmidt AG', 'Jonas Schmidt,'].join('\n');
    const run = await importFile(b, registerText(b, 'ohne-kontakt.csv', csv), { mode: 'skip' });
    expect(run.preview.rows[1]).toMatchObject({ line: 3, status: 'duplicate', duplicateOf: { name: 'row 2 of this file', reasons: ['nameCompany'] } });
    // Anna twice more: once at Weber GmbH (a repeat), once at another firm (someone else).
    expect(run.preview.counts).toEqual({ total: 30, new: 28, duplicate: 2, invalid: 0, ignored: 0 });
    expect(run.job.result).toMatchObject({ created: 28, skipped: 2 });
  });
});

describe('people who share the office’s phone, fax or email', () => {
  const NAMES = async () => (await b.value('contacts.list', { sort: 'created' })).rows.map((r) => r.displayName);

  it('each come in from one file, while the same person listed twice still comes in once', async () => {
    const csv = [
      '姓名,公司,电话,传真,邮箱',
      '王建国,西湖茶叶有限公司,0571-88886666,0571-88886667,info@xihu.example',
      '李娜,西湖茶叶有限公司,0571-88886666,0571-88886667,info@xihu.example',
      '张伟,西湖茶叶有限公司,0571-88886666,0571-88886667,',
      '王建国,西湖茶叶有限公司,0571-88886666,,info@xihu.example',
    ].join('\n');
    const run = await importFile(b, registerText(b, '同事.csv', csv), { mode: 'skip' });
    expect(run.preview.counts).toMatchObject({ total: 4, new: 3, duplicate: 1 });
    expect(run.preview.rows.map((r) => [r.line, r.status, r.duplicateOf?.name ?? null])).toEqual([
      [2, 'new', null],
      [3, 'new', null],
      [4, 'new', null],
      [5, 'duplicate', 'row 2 of this file'],
    ]);
    expect(await NAMES()).toEqual(['王建国', '李娜', '张伟']);
  });

  it('is one person named by a title after the family name (王总) and in full (王建国) on the office’s landline, where 李总 is another', async () => {
    await b.value('settings.update', { defaultCountry: 'CN' });
    const csv = ['姓名,电话,公司', '王建国,0571-88886666,西湖茶叶有限公司', '王总,0571 8888 6666,', '李总,0571 8888 6666,'].join('\n');
    const run = await importFile(b, registerText(b, '老板.csv', csv), { mode: 'fillEmpty' });
    expect(run.preview.rows.map((r) => [r.line, r.status])).toEqual([[2, 'new'], [3, 'duplicate'], [4, 'new']]);
    expect(await NAMES()).toEqual(['王建国', '李总']);
  });

  it('is one person written in Chinese characters and in pinyin on one email, stored or in the file, where a colleague on the office’s info@ is another', async () => {
    // Stored from an English address book; the Chinese sheet lists him again, and his colleague on info@.
    await b.value('contacts.create', { givenName: 'Jianguo', familyName: 'Wang', emails: [{ value: 'wang@xihu.example' }] });
    const csv = ['姓名,邮箱,电话', '王建国,wang@xihu.example,0571-88886666', '李娜,info@xihu.example,', 'Li Na,info@xihu.example,', 'Zhang Wei,info@xihu.example,'].join('\n');
    const run = await importFile(b, registerText(b, '客户.csv', csv), { mode: 'fillEmpty' });
    expect(run.preview.rows.map((r) => [r.line, r.status, r.duplicateOf?.name ?? null])).toEqual([
      [2, 'duplicate', 'Jianguo Wang'],
      [3, 'new', null],
      [4, 'duplicate', 'row 3 of this file'],
      [5, 'new', null],
    ]);
    expect(await NAMES()).toEqual(['Jianguo Wang', '李娜', 'Zhang Wei']);
  });

  it('is one person on one mobile whatever each row calls them, in the file and against a stored contact, but a firm on its owner’s mobile is not', async () => {
    await b.value('settings.update', { defaultCountry: 'GB' });
    await b.value('contacts.create', { givenName: 'Katherine', familyName: 'Jones', phones: [{ label: 'mobile', value: '07912 345678' }] });
    const csv = ['Name,Mobile,Company', 'Bob Smith,07911 123456,', 'Robert Smith,+44 7911 123456,', 'Kate Jones,07912 345678,', ',07911 123456,Smith Plumbing Ltd'].join('\n');
    const run = await importFile(b, registerText(b, 'mobiles.csv', csv), { mode: 'skip' });
    expect(run.preview.rows.map((r) => [r.line, r.status, r.duplicateOf?.name ?? null])).toEqual([
      [2, 'new', null],
      [3, 'duplicate', 'row 2 of this file'],
      [4, 'duplicate', 'Katherine Jones'],
      [5, 'new', null],
    ]);
    expect(await NAMES()).toEqual(['Katherine Jones', 'Bob Smith', 'Smith Plumbing Ltd']);
  });

  it('come in beside the stored colleague and the stored firm, and a couple on one home phone are two', async () => {
    await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', companyName: 'Weber GmbH', phones: [{ label: 'work', value: '030 1234567' }], emails: [{ value: 'info@weber.example' }] });
    await b.value('contacts.create', { kind: 'company', companyName: 'Weber GmbH', phones: [{ label: 'work', value: '030 1234567' }] });
    await b.value('contacts.create', { givenName: 'Bo', familyName: 'Chen', phones: [{ label: 'home', value: '0151 2345678' }] });
    const csv = [
      'Name,Firma,Telefon,E-Mail',
      'Jonas Schmidt,Weber GmbH,030 1234567,info@weber.example',
      'A. Weber,Weber GmbH,030 1234567,',
      'Lea Chen,,0151 2345678,',
      'Bo Chen,,+49 151 2345678,',
    ].join('\n');
    const run = await importFile(b, registerText(b, 'kollegen.csv', csv), { mode: 'skip' });
    expect(run.preview.rows.map((r) => [r.line, r.status, r.duplicateOf?.name ?? null])).toEqual([
      [2, 'new', null],
      [3, 'duplicate', 'Anna Weber'],
      [4, 'new', null],
      [5, 'duplicate', 'Bo Chen'],
    ]);
    expect(run.job.result).toMatchObject({ created: 2, skipped: 2 });
    expect(await NAMES()).toEqual(['Anna Weber', 'Weber GmbH', 'Bo Chen', 'Jonas Schmidt', 'Lea Chen']);
  });
});
