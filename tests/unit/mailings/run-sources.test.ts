import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { closePdfRenderer } from '../../../src/main/core/mailings/shared-renderer';
import { tempBackend, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
beforeEach(async () => {
  b = await tempBackend({ systemLocale: 'en-US' });
});
afterEach(async () => {
  await b.dispose();
});
afterAll(async () => {
  await closePdfRenderer();
});

const pdfText = (fileId: string | null) => execFileSync('pdftotext', ['-layout', filesFor(b.ctx).get(fileId ?? '').path, '-'], { encoding: 'utf8' });
const us = (street: string, postcode = '94301') => ({ street, city: 'Palo Alto', region: 'CA', postcode, country: 'US' });

describe('where a run’s recipients come from', () => {
  it('takes the contact list as filtered, in its order', async () => {
    await b.value('contacts.create', { givenName: 'Ann', familyName: 'Able', addresses: [us('1 Oak St')] });
    await b.value('contacts.create', { givenName: 'Bob', familyName: 'Baker', addresses: [{ ...us('2 Elm St'), city: 'Boston', region: 'MA', postcode: '02108' }] });
    const p = await b.value('mailings.preview', { source: { type: 'query', query: { filters: { cities: ['Boston'] } } }, document: { kind: 'labels', sheetId: 'avery-5160' } });
    expect(p.contacts).toBe(1);
    expect(p.html).toContain('Bob Baker');
    expect(p.html).not.toContain('Ann Able');
  });

  it('takes the ticked contacts, never those in the trash', async () => {
    const a = await b.value('contacts.create', { givenName: 'Ann', familyName: 'Able', addresses: [us('1 Oak St')] });
    const c = await b.value('contacts.create', { givenName: 'Cy', familyName: 'Cole', addresses: [us('3 Ash St')] });
    await b.value('contacts.trash', { ids: [c.id] });
    const p = await b.value('mailings.preview', { source: { type: 'selection', ids: [c.id, a.id] }, document: { kind: 'labels', sheetId: 'avery-5160' } });
    expect(p.contacts).toBe(1);
    expect(p.html).toContain('Ann Able');
  });

  it('lists a Chinese contact left out under the name the list shows', async () => {
    const wang = await b.value('contacts.create', { givenName: '小明', familyName: '王' });
    const p = await b.value('mailings.preview', { source: { type: 'contact', id: wang.id }, document: { kind: 'labels', sheetId: 'avery-5160' } });
    expect(p.skipped).toEqual([{ id: wang.id, name: '王小明', reason: 'noAddress' }]);
  });

  it('names an unknown group instead of printing nothing', async () => {
    const res = await b.call('mailings.preview', { source: { type: 'group', groupId: 999 }, document: { kind: 'labels', sheetId: 'avery-5160' } });
    expect(res.ok ? '' : res.error.code).toBe('not_found');
  });
});

describe('what a label says', () => {
  it('puts one label on a household, sorted by postcode, with the customer number above', async () => {
    const group = await b.value('groups.create', { name: 'Mailing' });
    const home = us('7 Pine St', '94301');
    await b.value('contacts.create', { givenName: 'John', familyName: 'Smith', groupIds: [group.id], addresses: [home] });
    await b.value('contacts.create', { givenName: 'Jane', familyName: 'Smith', groupIds: [group.id], addresses: [home] });
    const first = await b.value('contacts.create', { givenName: 'Amy', familyName: 'Zed', groupIds: [group.id], addresses: [us('9 Bay St', '10001')] });
    const res = await b.value('mailings.run', {
      source: { type: 'group', groupId: group.id },
      document: { kind: 'labels', sheetId: 'avery-5160' },
      content: { extraLines: [{ type: 'customerNumber', prefix: 'No. ' }] },
      choices: { households: true, sortByPostcode: true },
    });
    expect(res.run).toMatchObject({ contacts: 3, pieces: 2 });
    const text = pdfText(res.fileId);
    expect(text).toContain('The Smith Family');
    expect(text).toContain(`No. ${first.id}`);
    expect(text.indexOf('Amy Zed')).toBeLessThan(text.indexOf('The Smith Family'));
  });

  it('shrinks a 40-character street to fit and names whose label it is in the preview', async () => {
    const long = await b.value('contacts.create', { givenName: 'Bartholomew', familyName: 'Featherstonehaugh', addresses: [us('1234 Extraordinarily Long Boulevard Name')] });
    const p = await b.value('mailings.preview', { source: { type: 'contact', id: long.id }, document: { kind: 'labels', sheetId: 'avery-5160', startAt: 3 } });
    expect(p.flagged).toEqual([expect.objectContaining({ page: 1, position: 3, reason: 'shrunk', name: 'Bartholomew Featherstonehaugh', recipientIds: [long.id] })]);
    expect(p.html).toContain('data-flag="shrunk"');
  });

  it('prints a sheet of the office’s own address without touching any history', async () => {
    await b.value('mailings.settings.update', { letterhead: { senderName: 'Desk Inc.', address: { street: '100 Main St', city: 'Springfield', region: 'IL', postcode: '62701', country: 'US' } } });
    const res = await b.value('mailings.run', { document: { kind: 'returnLabels', sheetId: 'avery-5160', startAt: 25 } });
    expect(res.run).toMatchObject({ kind: 'returnLabels', pieces: 6, contacts: 0 });
    expect(pdfText(res.fileId).match(/Desk Inc\./g)).toHaveLength(6);
  });
});

describe('envelopes and letters', () => {
  it('prints one DL window envelope per contact and logs each as an envelope', async () => {
    const a = await b.value('contacts.create', { givenName: 'Ann', familyName: 'Able', addresses: [us('1 Oak St')] });
    const res = await b.value('mailings.run', { source: { type: 'contact', id: a.id }, document: { kind: 'envelopes', envelopeId: 'iso-dl', window: true } });
    expect(res.paper).toEqual({ widthMm: 220, heightMm: 110 });
    expect(pdfText(res.fileId)).toContain('Ann Able');
    expect((await b.value('history.list', { contactId: a.id })).items[0]?.kind).toBe('envelope');
    expect((await b.value('mailings.counts', {})).byStaff).toEqual([{ staffId: null, staffName: null, letters: 0, labels: 0, envelopes: 1 }]);
  });

  it('turns envelopes for printers fed short edge first', async () => {
    const a = await b.value('contacts.create', { givenName: 'Ann', familyName: 'Able', addresses: [us('1 Oak St')] });
    const res = await b.value('mailings.run', { source: { type: 'contact', id: a.id }, document: { kind: 'envelopes', envelopeId: 'us-10', feed: 'short-edge' }, output: 'html' });
    expect(res.paper).toEqual({ widthMm: 104.775, heightMm: 241.3 });
    expect(res.html).toContain('rotate(90deg)');
    expect(res.fileId).toBeNull();
  });

  it('writes a Chinese letter with the date in Chinese and the contact’s own greeting', async () => {
    const wang = await b.value('contacts.create', {
      givenName: '小明',
      familyName: '王',
      salutation: '尊敬的王经理：',
      addresses: [{ street: '中关村大街1号', city: '海淀区', region: '北京市', postcode: '100080', country: 'CN' }],
    });
    const template = await b.value('mailings.templates.save', { draft: { name: '新年', language: 'zh-CN', form: 'din5008-b', html: '<p>{{salutation}}</p><p>{{date}}</p>' } });
    const res = await b.value('mailings.run', { source: { type: 'contact', id: wang.id }, document: { kind: 'letters', templateId: template.id } });
    const text = pdfText(res.fileId);
    expect(text).toContain('尊敬的王经理：');
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(text).toContain('王小明');
  });

  it('numbers the pages of a letter that runs over one sheet, each letter on its own', async () => {
    const group = await b.value('groups.create', { name: 'Two' });
    await b.value('contacts.create', { givenName: 'Ann', familyName: 'Able', groupIds: [group.id], addresses: [us('1 Oak St')] });
    await b.value('contacts.create', { givenName: 'Bob', familyName: 'Baker', groupIds: [group.id], addresses: [us('2 Elm St')] });
    const paragraph = '<p>We thank you for the trust you placed in us this year. Our workshop will close between the holidays and open again on the second of January.</p>';
    const long = await b.value('mailings.templates.save', { draft: { name: 'Long', form: 'us-10', html: `<p>{{salutation}}</p>${paragraph.repeat(45)}` } });
    const res = await b.value('mailings.run', { source: { type: 'group', groupId: group.id }, document: { kind: 'letters', templateId: long.id } });
    const file = filesFor(b.ctx).get(res.fileId ?? '').path;
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const text = pdfText(res.fileId);
    const numbers = text.match(/Page \d of \d/g) ?? [];
    expect(numbers.length).toBe(pages);
    expect(numbers.slice(0, pages / 2)).toEqual(Array.from({ length: pages / 2 }, (_, i) => `Page ${i + 1} of ${pages / 2}`));
    expect(pages / 2).toBeGreaterThanOrEqual(3);
    expect(res.run.pages).toBe(pages);
    // Each page's text starts where its page number says: the second letter begins on a fresh sheet.
    const sheets = text.split('\f');
    expect(sheets[pages / 2]).toContain('Dear Bob Baker,');
    expect(sheets[pages / 2 - 1]).toContain(`Page ${pages / 2} of ${pages / 2}`);
  });
});
