import { copyFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { RESTORED_TABLES } from '../../../src/main/core/imports/restore-everything';
import { tableCounts, tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerText } from './support';

let a: TempBackend;
let b: TempBackend;
beforeEach(async () => {
  a = await tempBackend({ systemLocale: 'de-DE' });
  b = await tempBackend({ systemLocale: 'en-US' });
});
afterEach(async () => {
  await a.dispose();
  await b.dispose();
});

/** An office's data file with something in every table a person fills. */
async function seed(t: TempBackend) {
  await t.value('settings.update', { defaultCountry: 'DE' });
  const staff = await t.value('staff.create', { name: 'Petra Vogel', email: 'petra@office.example' });
  const tag = await t.value('tags.create', { name: 'Stammkunde' });
  const group = await t.value('groups.create', { name: 'Weihnachtskarten' });
  const field = await t.value('customFields.create', { label: 'Kundennummer', type: 'text' });
  const company = await t.value('contacts.create', { kind: 'company', companyName: 'Café Größe GmbH', phones: [{ value: '+49 89 123456' }] });
  const person = await t.value('contacts.create', {
    givenName: 'Jürgen',
    familyName: 'Müller',
    phones: [{ value: '030 1234567', label: 'work' }],
    emails: [{ value: 'j.mueller@example.de' }],
    addresses: [{ label: 'work', street: 'Hauptstraße 5', city: 'Dresden', postcode: '01067', country: 'DE' }],
    companies: [{ companyId: company.id, role: 'Einkauf', title: 'Leiter' }],
    tagIds: [tag.id],
    groupIds: [group.id],
    custom: { [String(field.id)]: 'K-0042' },
    notes: '=HYPERLINK("http://evil.example","click")',
    ownerId: staff.id,
  });
  await t.value('history.add', { contactId: person.id, kind: 'call', summary: 'Bestellt Kaffee' });
  await t.value('contacts.create', { givenName: '娜娜', familyName: '欧阳', phones: [{ value: '138 0013 8000', label: 'mobile' }] });
  await importFile(t, registerText(t, 'messe.csv', 'Name,Email\nLea Nagel,lea@nagel.test\n'), { name: 'Messe' });
  await importFile(t, registerText(t, 'umsatz.csv', 'Date,Email,Product,Amount\n2026-02-23,j.mueller@example.de,Kaffee,"1234.50"\n'), { kind: 'sales', name: 'Umsatz' });
}

/** Hands the workbook `a` exported to `b`, the way a person carries it to a new computer. */
function carry(fileId: string, name: string): string {
  const to = filesFor(b.base).create(name);
  copyFileSync(filesFor(a.base).get(fileId).path, to.path);
  return to.id;
}

/** The rows of every restored table, as text (an import's undo batch stays behind). */
function restoredRows(t: TempBackend): Record<string, string[]> {
  const sqlite = t.connection.sqlite;
  return Object.fromEntries(
    RESTORED_TABLES.map((table) => [
      table,
      (sqlite.prepare(`select * from "${table}"`).all() as Record<string, unknown>[]).map((r) => JSON.stringify({ ...r, ...('undo_batch_id' in r ? { undo_batch_id: null } : {}) })).sort(),
    ]),
  );
}

async function exported(): Promise<string> {
  const out = await a.value('exports.everything', {});
  return carry(out.fileId, out.fileName);
}

describe('restoring a full export', () => {
  it('brings every table back into a new data file as it was, the search finding its contacts again', async () => {
    await seed(a);
    const session = await b.value('imports.open', { fileId: await exported() });
    expect(session.fullExport).toBe(true);
    const result = await b.value('imports.restore', { sessionId: session.sessionId });
    expect(result.tables).toEqual(expect.arrayContaining([{ table: 'contacts', rows: 4 }, { table: 'history', rows: 1 }, { table: 'sales', rows: 1 }]));
    expect(restoredRows(b)).toEqual(restoredRows(a));
    expect((await b.value('contacts.list', { search: 'Müller' })).rows.map((r) => r.displayName)).toEqual(['Jürgen Müller']);
    expect((await b.value('contacts.list', { search: 'ouyang' })).rows.map((r) => r.displayName)).toEqual(['欧阳娜娜']);
    // The formula the notes hold comes back as typed, not with the apostrophe that kept Excel from running it.
    const juergen = await b.value('contacts.get', { id: (await b.value('contacts.list', { search: 'Müller' })).rows[0]!.id });
    expect(juergen.notes).toBe('=HYPERLINK("http://evil.example","click")');
    expect(juergen).toMatchObject({ companies: [{ name: 'Café Größe GmbH', role: 'Einkauf', title: 'Leiter' }], groups: [{ name: 'Weihnachtskarten' }], tags: [{ name: 'Stammkunde' }] });
    const settings = await b.value('settings.get', {});
    expect(settings.defaultCountry).toBe('DE');
    // The sales import can still be undone; the contacts import's undo stayed in the old file.
    const history = await b.value('imports.history', {});
    expect(history.map((h) => [h.name, h.undoable])).toEqual([
      ['Umsatz', true],
      ['Messe', false],
    ]);
    const refused = await b.call('imports.undo', { importId: history[1]!.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('“Messe” came back with a restored full export; its undo stayed with the data file it was made in. Delete its contacts from the list instead.');
  });

  it('refuses a data file that already holds records, in the caller’s language, changing nothing', async () => {
    await seed(a);
    await b.value('tags.create', { name: 'Neu' });
    const session = await b.value('imports.open', { fileId: await exported() });
    const before = tableCounts(b);
    const res = await b.call('imports.restore', { sessionId: session.sessionId }, 'zh-CN');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/^此数据文件中已有记录，无法将“desk-crm-.*\.xlsx”恢复到其中/);
    expect(tableCounts(b)).toEqual(before);
  });

  it('is undone in one step, settings put back, until something is changed after it', async () => {
    await seed(a);
    await b.value('settings.update', { defaultCountry: 'US' });
    const before = tableCounts(b);
    const fileId = await exported();
    const first = await b.value('imports.restore', { sessionId: (await b.value('imports.open', { fileId })).sessionId });
    const [latest] = await b.value('undo.list', {});
    expect(latest).toMatchObject({ id: first.undoBatchId, kind: 'restore', label: expect.stringMatching(/^Restore everything from “desk-crm-/) });
    await b.value('undo.apply', { batchId: first.undoBatchId });
    expect({ ...tableCounts(b), undo_batches: before.undo_batches, undo_entries: before.undo_entries }).toEqual(before);
    expect((await b.value('settings.get', {})).defaultCountry).toBe('US');
    expect((await b.value('contacts.list', { search: 'Müller' })).rows).toEqual([]);

    const again = await b.value('imports.restore', { sessionId: (await b.value('imports.open', { fileId })).sessionId });
    await b.value('contacts.create', { givenName: 'Neu', familyName: 'Kunde' });
    const refused = await b.call('undo.apply', { batchId: again.undoBatchId });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/cannot be undone any more: records were added, removed or changed since/);
    expect((await b.value('contacts.list', { search: 'Müller' })).rows).toHaveLength(1);
  });

  it('refuses an export made by a newer version, and one whose rows point at records it lacks', async () => {
    await seed(a);
    const out = await a.value('exports.everything', {});
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(filesFor(a.base).get(out.fileId).path);
    workbook.getWorksheet('kysely_migration')!.addRow(['2099-01-01-999-from-the-future', '2099-01-01T00:00:00.000Z']);
    const newer = filesFor(b.base).create('newer.xlsx');
    await workbook.xlsx.writeFile(newer.path);
    const res = await b.call('imports.restore', { sessionId: (await b.value('imports.open', { fileId: newer.id })).sessionId });
    if (!res.ok) expect(res.error.message).toBe('“newer.xlsx” was exported by a newer version of Desk CRM. Nothing was changed. Update the app, then restore it.');
    expect(res.ok).toBe(false);

    const cut = new ExcelJS.Workbook();
    await cut.xlsx.readFile(filesFor(a.base).get(out.fileId).path);
    cut.removeWorksheet(cut.getWorksheet('contacts')!.id);
    cut.addWorksheet('contacts').addRow(['id', 'display_name', 'sort_name', 'created_at', 'updated_at']);
    const broken = filesFor(b.base).create('broken.xlsx');
    await cut.xlsx.writeFile(broken.path);
    const before = tableCounts(b);
    const res2 = await b.call('imports.restore', { sessionId: (await b.value('imports.open', { fileId: broken.id })).sessionId });
    expect(res2.ok).toBe(false);
    if (!res2.ok) expect(res2.error.message).toMatch(/^The export is incomplete: a record of the sheet “\w+” points at one of “contacts” that it does not hold\./);
    expect(tableCounts(b)).toEqual(before);
  });

  it('does not offer a restore for a workbook that is not a full export', async () => {
    const session = await b.value('imports.open', { fileId: registerText(b, 'list.csv', 'Name\nA\n') });
    expect(session.fullExport).toBe(false);
    const res = await b.call('imports.restore', { sessionId: session.sessionId });
    expect(res.ok).toBe(false);
  });
});
