import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelJob, jobProgress } from '../../../src/main/core/imports/import-jobs';
import { createContacts } from '../../../src/main/core/contacts/contacts.service';
import { tempBackend, type TempBackend } from '../support/temp-backend';
import { importFile, registerText, tableDump } from './support';

let b: TempBackend;
beforeEach(async () => (b = await tempBackend({ systemLocale: 'de-DE' })));
afterEach(async () => b.dispose());

/** Everything but the logs an import or undo adds by design (the import history and the undo journal). */
function contentDump() {
  const dump = tableDump(b);
  for (const t of ['undo_batches', 'undo_entries', 'import_batches', 'kysely_migration', 'kysely_migration_lock']) delete dump[t];
  return dump;
}

async function seed() {
  const field = await b.value('customFields.create', { label: 'Customer no.', type: 'text' });
  const vip = await b.value('tags.create', { name: 'VIP' });
  const anna = await b.value('contacts.create', {
    givenName: 'Anna',
    familyName: 'Weber',
    emails: [{ value: 'anna@weber.test' }],
    phones: [{ value: '030 1234567', label: 'work' }],
    tagIds: [vip.id],
    custom: { [String(field.id)]: 'K-001' },
  });
  const bruno = await b.value('contacts.create', { givenName: 'Bruno', familyName: 'Klein', companyName: 'Klein AG', phones: [{ value: '+49 40 7654321' }] });
  return { field, anna, bruno };
}

const CSV = [
  'First Name,Last Name,Company,Email,Phone,Birthday,Notes,Tags',
  'Anna,Weber,Weber & Co,anna@weber.test,,1980-03-15,From the fair,Messe',
  'Bruno,Klein,Klein AG,bruno@klein.test,040 7654321,,Prefers letters,',
  'Carla,Nunes,,carla@nunes.test,0151 2345678,1975-06-01,,Messe',
].join('\n');

describe('duplicates, undo and cancel', () => {
  it('shows each duplicate with the contact it matches and why, and skips them when asked', async () => {
    await seed();
    const run = await importFile(b, registerText(b, 'people.csv', CSV), { mode: 'skip' });
    expect(run.preview.counts).toEqual({ total: 3, new: 1, duplicate: 2, invalid: 0, ignored: 0 });
    expect(run.preview.duplicates.map((d) => [d.line, d.duplicateOf?.name, d.duplicateOf?.reasons, d.action])).toEqual([
      [2, 'Anna Weber', ['email'], 'skip'],
      [3, 'Bruno Klein', ['phone', 'nameCompany'], 'skip'],
    ]);
    expect(run.job.result).toMatchObject({ created: 1, updated: 0, skipped: 2 });
    expect((await b.value('contacts.list', {})).total).toBe(3);
  });

  it('fills only the empty fields of a matching contact, and keeps what was stored', async () => {
    const { anna } = await seed();
    await importFile(b, registerText(b, 'people.csv', CSV), { mode: 'fillEmpty' });
    const after = await b.value('contacts.get', { id: anna.id });
    expect(after).toMatchObject({ birthday: '1980-03-15', notes: 'From the fair', companyName: 'Weber & Co' });
    expect(after.phones.map((p) => p.value)).toEqual(anna.phones.map((p) => p.value));
    expect(after.tags.map((t) => t.name).sort()).toEqual(['Messe', 'Test import', 'VIP']);
  });

  it('adds the numbers, emails and kinds of address a matching contact lacks after the stored ones, which stay first, and undo takes them away', async () => {
    const { anna } = await seed();
    const address = { label: 'work' as const, street: 'Hauptstraße 5', city: 'Berlin', postcode: '10115', country: 'DE' };
    await b.value('contacts.update', { id: anna.id, draft: { givenName: 'Anna', familyName: 'Weber', emails: anna.emails, phones: anna.phones, tagIds: anna.tags.map((t) => t.id), custom: anna.custom, addresses: [address] } });
    const before = contentDump();
    const phoneBook = [
      'Name,E-Mail,E-Mail 2,Mobil,Telefon,Straße (privat),PLZ (privat),Ort (privat),Straße (geschäftlich),Ort (geschäftlich)',
      'Anna Weber,Anna@Weber.test,anna.privat@example.com,0151 9876543,+49 30 1234567,Gartenweg 2,14467,Potsdam,Neue Straße 1,Hamburg',
    ].join('\n');
    const run = await importFile(b, registerText(b, 'handy.csv', phoneBook), { mode: 'fillEmpty' });
    expect(run.job.result).toMatchObject({ updated: 1 });
    const after = await b.value('contacts.get', { id: anna.id });
    expect(after.emails.map((e) => [e.value, e.primary])).toEqual([['anna@weber.test', true], ['anna.privat@example.com', false]]);
    expect(after.phones.map((p) => [p.display, p.label, p.primary])).toEqual([['030 1234567', 'work', true], ['0151 9876543', 'mobile', false]]);
    // Her home address comes in; her work address was filled already, and stays.
    expect(after.addresses.map((a) => [a.label, a.street, a.city, a.primary])).toEqual([['work', 'Hauptstraße 5', 'Berlin', true], ['home', 'Gartenweg 2', 'Potsdam', false]]);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(contentDump()).toEqual(before);
  });

  it('undo of an import that added and updated contacts puts every table back exactly as it was', async () => {
    await seed();
    const before = contentDump();
    const run = await importFile(b, registerText(b, 'people.csv', CSV), { mode: 'overwrite' });
    expect(run.job.result).toMatchObject({ created: 1, updated: 2 });
    expect(contentDump()).not.toEqual(before);
    const undone = await b.value('imports.undo', { importId: run.job.result!.id });
    expect(undone.undoneAt).not.toBeNull();
    expect(contentDump()).toEqual(before);
    // The search index follows: the restored contact is found by its old number, the removed one not at all.
    expect((await b.value('contacts.search', { q: '1234567' })).map((h) => h.displayName)).toEqual(['Anna Weber']);
    expect(await b.value('contacts.search', { q: 'Nunes' })).toEqual([]);
    const again = await b.call('imports.undo', { importId: run.job.result!.id });
    expect(again.ok).toBe(false);
    expect((await b.value('imports.history', {}))[0]!.undoneAt).not.toBeNull();
  });

  it('a file large enough to be planned in a second thread updates its duplicates the same way, and undo puts every table back', async () => {
    const { anna } = await seed();
    const before = contentDump();
    const filler = Array.from({ length: 5000 }, (_, i) => `Filler${i},Family${i},,f${i}@example.com,0151 ${2_000_000 + i},,,Messe`);
    const bad = 'Dora,Bad,,dora@bad.test,,1980-02-31,,';
    const run = await importFile(b, registerText(b, 'large.csv', [CSV, ...filler, bad].join('\n')), { mode: 'fillEmpty' });
    expect(run.preview.counts).toEqual({ total: 5004, new: 5001, duplicate: 2, invalid: 1, ignored: 0 });
    expect(run.job.result).toMatchObject({ created: 5001, updated: 2, skipped: 0, invalid: 1 });
    const after = await b.value('contacts.get', { id: anna.id });
    expect(after).toMatchObject({ birthday: '1980-03-15', notes: 'From the fair', companyName: 'Weber & Co' });
    expect(after.tags.map((t) => t.name).sort()).toEqual(['Messe', 'Test import', 'VIP']);
    expect((await b.value('contacts.search', { q: 'Filler4999' })).map((h) => h.displayName)).toEqual(['Filler4999 Family4999']);
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(contentDump()).toEqual(before);
  });

  // 2 contacts stay: the search index is emptied and written again for them; 600: their entries
  // stay and the import's are deleted one by one. Either way the tables are emptied and given
  // back the rows of the contacts that stay.
  it.each([
    ['2 contacts', 0],
    ['602 contacts', 600],
  ])('undo of a large import into a file of %s gives every contact that stays back whole: phones, tags, groups, custom values, history, search', async (_, extra) => {
    const { anna, bruno } = await seed();
    const group = await b.value('groups.create', { name: 'Fair' });
    await b.value('contacts.bulk', { ids: [anna.id, bruno.id], action: { type: 'addToGroup', groupId: group.id } });
    await b.value('history.add', { contactId: anna.id, kind: 'call', summary: 'Asked for the catalogue' });
    if (extra) await createContacts(b.ctx, Array.from({ length: extra }, (_, i) => ({ kind: 'person', givenName: `Stays${i}`, familyName: 'Before', companyName: '', phones: [{ label: 'mobile', value: `0171 ${3_000_000 + i}`, primary: true }], emails: [] })));
    const before = contentDump();
    const filler = Array.from({ length: 6000 }, (_, i) => `Filler${i},Family${i},,f${i}@example.com,0151 ${2_000_000 + i},,,Messe`);
    const run = await importFile(b, registerText(b, 'large.csv', [CSV.split('\n')[0], ...filler].join('\n')));
    expect(run.job.result).toMatchObject({ created: 6000, updated: 0 });
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect(contentDump()).toEqual(before);
    expect((await b.value('contacts.search', { q: '1234567' })).map((h) => h.displayName)).toEqual(['Anna Weber']);
    expect((await b.value('contacts.search', { q: 'Klein' })).map((h) => h.displayName)).toEqual(['Bruno Klein']);
    expect((await b.value('contacts.list', { search: 'Filler' })).total).toBe(0);
    if (extra) expect((await b.value('contacts.list', { search: 'Stays59' })).total).toBe(11);
    expect(b.connection.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(b.connection.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('an import undone from the general undo menu shows as undone in the import history, and a contact added since stays', async () => {
    const run = await importFile(b, registerText(b, 'people.csv', CSV));
    const batch = (await b.value('undo.list', {}))[0]!;
    expect(batch.label).toBe('Import “Test import”');
    const later = await b.value('contacts.create', { givenName: 'Emil', familyName: 'Later', phones: [{ value: '0151 7777777' }] });
    await b.value('undo.apply', { batchId: (await b.value('undo.list', {})).find((u) => u.label === 'Import “Test import”')!.id });
    expect((await b.value('contacts.list', {})).rows.map((c) => c.id)).toEqual([later.id]);
    expect(await b.value('contacts.search', { q: 'Nunes' })).toEqual([]);
    expect((await b.value('contacts.search', { q: '7777777' })).map((h) => h.displayName)).toEqual(['Emil Later']);
    expect(b.connection.sqlite.prepare('select count(*) from contact_phones').pluck().get()).toBe(1);
    expect((await b.value('imports.history', {}))[0]).toMatchObject({ id: run.job.result!.id, undoneAt: expect.any(String) });
  });

  it('undo of a large import takes out the contacts it brought and keeps the ones added after it', async () => {
    const filler = Array.from({ length: 6000 }, (_, i) => `Filler${i},Family${i},,f${i}@example.com,0151 ${2_000_000 + i},,,Messe`);
    const run = await importFile(b, registerText(b, 'large.csv', [CSV.split('\n')[0], ...filler].join('\n')));
    expect(run.job.result).toMatchObject({ created: 6000 });
    const later = await b.value('contacts.create', { givenName: 'Emil', familyName: 'Later', emails: [{ value: 'emil@later.test' }] });
    await b.value('imports.undo', { importId: run.job.result!.id });
    expect((await b.value('contacts.list', {})).rows.map((c) => c.id)).toEqual([later.id]);
    expect((await b.value('contacts.search', { q: 'emil@later' })).map((h) => h.displayName)).toEqual(['Emil Later']);
    expect((await b.value('contacts.list', { search: 'Filler' })).total).toBe(0);
  });

  it('cancelling a running import leaves the database as it was, to the last row', async () => {
    await seed();
    const before = contentDump();
    const rows = Array.from({ length: 40_000 }, (_, i) => `Person${i},Family${i},p${i}@example.com,0151 ${String(1_000_000 + i)}`);
    const fileId = registerText(b, 'big.csv', ['First Name,Last Name,Email,Mobile', ...rows].join('\n'));
    const session = await b.value('imports.open', { fileId });
    const job = await b.value('imports.start', { sessionId: session.sessionId, mapping: session.mapping, name: 'Big' });
    // Wait until rows are being written inside the transaction, then cancel.
    await expect.poll(() => jobProgress(b.base, job.jobId).processed, { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
    const cancelled = await cancelJob(b.base, job.jobId);
    expect(cancelled.state).toBe('cancelled');
    expect(contentDump()).toEqual(before);
    expect(await b.value('imports.history', {})).toEqual([]);
    // The person is back at the preview of the same file.
    const again = await b.value('imports.preview', { sessionId: session.sessionId, mapping: session.mapping });
    expect(again.counts).toMatchObject({ total: 40_000, new: 40_000 });
  });

  it('undoing an import later keeps the contacts worked on since: they go to the trash with their notes, tags and sales; the rest are removed', async () => {
    const csv = ['Name,Email', 'Dora Fink,dora@fink.test', 'Emil Graf,emil@graf.test', 'Fritz Haas,fritz@haas.test', 'Gina Iske,gina@iske.test', 'Hans Jung,hans@jung.test'].join('\n');
    const run = await importFile(b, registerText(b, 'fair.csv', csv), { name: 'Fair' });
    expect(run.job.result).toMatchObject({ created: 5 });
    const id = (email: string) => b.connection.sqlite.prepare('select contact_id from contact_emails where value = ?').pluck().get(email) as number;
    // Later than the import, even on a fast machine.
    await new Promise((r) => setTimeout(r, 5));
    await b.value('history.add', { contactId: id('dora@fink.test'), kind: 'call', summary: 'Wants a quote' });
    await b.value('contacts.update', { id: id('emil@graf.test'), draft: { givenName: 'Emil', familyName: 'Graf', emails: [{ value: 'emil@graf.test' }], phones: [{ value: '030 555 0101' }] } });
    const vip = await b.value('tags.create', { name: 'VIP' });
    await b.value('contacts.bulk', { ids: [id('fritz@haas.test')], action: { type: 'tag', tagId: vip.id } });
    const newsletter = await b.value('groups.create', { name: 'Newsletter' });
    await b.value('contacts.bulk', { ids: [id('gina@iske.test')], action: { type: 'addToGroup', groupId: newsletter.id } });
    const kept = ['dora@fink.test', 'emil@graf.test', 'fritz@haas.test', 'gina@iske.test'].map(id);
    const hans = id('hans@jung.test');

    const undone = await b.value('imports.undo', { importId: run.job.result!.id });
    expect(undone.movedToTrash).toBe(4);
    const sqlite = b.connection.sqlite;
    expect(sqlite.prepare('select count(*) from contacts where id = ?').pluck().get(hans)).toBe(0);
    const trashed = sqlite.prepare(`select id from contacts where deleted_at is not null and id in (${kept.join(',')}) order by id`).pluck().all();
    expect(trashed).toEqual(kept);
    expect(sqlite.prepare('select summary from history where contact_id = ?').pluck().all(kept[0])).toEqual(['Wants a quote']);
    expect(sqlite.prepare('select count(*) from contact_tags where contact_id = ? and tag_id = ?').pluck().get(kept[2], vip.id)).toBe(1);
    expect(sqlite.prepare('select count(*) from contact_group_members where contact_id = ?').pluck().get(kept[3])).toBe(1);
    // Restored from the trash, a kept contact is whole again.
    await b.value('contacts.restore', { ids: [kept[0]!] });
    expect((await b.value('contacts.get', { id: kept[0]! })).emails.map((e) => e.value)).toEqual(['dora@fink.test']);
  });

  it('the undo menu undoes an import the same way, keeping a contact given a note since', async () => {
    const run = await importFile(b, registerText(b, 'two.csv', ['Name,Email', 'Ida Kern,ida@kern.test', 'Jan Lutz,jan@lutz.test'].join('\n')), { name: 'Two' });
    const ida = b.connection.sqlite.prepare("select contact_id from contact_emails where value = 'ida@kern.test'").pluck().get() as number;
    await new Promise((r) => setTimeout(r, 5));
    await b.value('history.add', { contactId: ida, kind: 'note', body: 'Met at the fair' });
    const batch = (await b.value('undo.list', { limit: 10 })).find((u) => u.kind === 'import')!;
    const undone = await b.value('undo.apply', { batchId: batch.id });
    expect(undone.undoneAt).not.toBeNull();
    expect(b.connection.sqlite.prepare('select deleted_at is not null from contacts where id = ?').pluck().get(ida)).toBe(1);
    expect(b.connection.sqlite.prepare("select count(*) from contact_emails where value = 'jan@lutz.test'").pluck().get()).toBe(0);
    expect((await b.value('imports.history', { limit: 5 })).find((r) => r.id === run.job.result!.id)?.undoneAt).not.toBeNull();
  });

  it('undoing an import leaves a contact it updated that was changed since as it is now, and puts the others back', async () => {
    const { anna, bruno } = await seed();
    const run = await importFile(b, registerText(b, 'fair.csv', CSV), { mode: 'overwrite', name: 'Fair' });
    expect(run.job.result).toMatchObject({ updated: 2 });
    await new Promise((r) => setTimeout(r, 5));
    const annaNow = await b.value('contacts.get', { id: anna.id });
    await b.value('contacts.update', { id: anna.id, draft: { givenName: 'Anna', familyName: 'Weber', companyName: 'Weber Robotics', emails: annaNow.emails.map((e) => ({ value: e.value })) } });

    const undone = await b.value('imports.undo', { importId: run.job.result!.id });
    expect(undone.leftAsTheyAre).toBe(1);
    const annaAfter = await b.value('contacts.get', { id: anna.id });
    expect(annaAfter.companyName).toBe('Weber Robotics');
    // The import's tag comes off her, and goes, as nothing carries it any more.
    expect(annaAfter.tags.map((t) => t.name)).not.toContain('Fair');
    expect((await b.value('tags.list', {})).map((t) => t.name)).not.toContain('Fair');
    // Bruno, untouched since, has his details from before the import back.
    const brunoNow = await b.value('contacts.get', { id: bruno.id });
    expect(brunoNow.emails).toEqual([]);
    expect(brunoNow.notes ?? '').toBe('');
  });
});
