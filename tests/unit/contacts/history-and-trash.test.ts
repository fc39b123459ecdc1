import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, tableCounts, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
beforeEach(async () => {
  b = await tempBackend();
});
afterEach(async () => {
  await b.dispose();
});

describe('one history per contact', () => {
  it('adds a note and logs a call with one method, newest first, with the kind’s own details', async () => {
    const c = await b.value('contacts.create', { givenName: 'Anna' });
    const staff = await b.value('staff.create', { name: 'Li Na' });
    await b.value('history.add', { contactId: c.id, body: 'Likes blue', occurredAt: '2026-01-02T10:00:00Z' });
    await b.value('history.add', {
      contactId: c.id,
      kind: 'call',
      summary: 'Asked for a quote',
      occurredAt: '2026-01-03T10:00:00+08:00',
      payload: { direction: 'inbound', minutes: 7 },
      staffId: staff.id,
    });
    const page = await b.value('history.list', { contactId: c.id });
    expect(page.items.map((i) => [i.kind, i.occurredAt])).toEqual([
      ['call', '2026-01-03T02:00:00.000Z'],
      ['note', '2026-01-02T10:00:00.000Z'],
    ]);
    expect(page.items[0]).toMatchObject({ payload: { direction: 'inbound', minutes: 7 }, staffName: 'Li Na' });
    expect((await b.value('contacts.get', { id: c.id })).lastContactAt).toBe('2026-01-03T02:00:00.000Z');
    const older = await b.value('history.list', { contactId: c.id, limit: 1, before: { occurredAt: page.items[0]!.occurredAt, id: page.items[0]!.id } });
    expect(older.items.map((i) => i.kind)).toEqual(['note']);
  });

  it('refuses a 10 MB note and writes nothing', async () => {
    const c = await b.value('contacts.create', { givenName: 'Anna' });
    const before = tableCounts(b);
    const res = await b.call('history.add', { contactId: c.id, body: 'x'.repeat(10 * 1024 * 1024) });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.details?.issues?.[0]?.field).toBe('Note');
    expect(tableCounts(b)).toEqual(before);
  });
});

describe('the trash', () => {
  it('keeps history and links of a trashed contact, and only "empty trash" purges them', async () => {
    const firm = await b.value('contacts.create', { kind: 'company', companyName: 'Acme' });
    const c = await b.value('contacts.create', { givenName: 'Anna', companies: [{ companyId: firm.id }] });
    await b.value('history.add', { contactId: c.id, kind: 'visit', summary: 'Showroom' });
    const trashed = await b.value('contacts.trash', { ids: [c.id] });
    expect(trashed.count).toBe(1);
    expect((await b.value('history.list', { contactId: c.id })).total).toBe(1);
    expect((await b.value('contacts.get', { id: c.id })).companies).toHaveLength(1);
    expect((await b.value('contacts.get', { id: firm.id })).people).toEqual([]);
    await b.value('undo.apply', { batchId: trashed.batchId! });
    expect((await b.value('contacts.get', { id: firm.id })).people).toHaveLength(1);

    await b.value('contacts.trash', { ids: [c.id] });
    expect(await b.value('contacts.emptyTrash', { ids: [firm.id] })).toEqual({ count: 0 });
    expect(await b.value('contacts.emptyTrash', {})).toEqual({ count: 1 });
    expect((await b.call('contacts.get', { id: c.id })).ok).toBe(false);
    expect(tableCounts(b)).toMatchObject({ history: 0, contact_links: 0, contacts: 1 });
    expect((await b.value('contacts.list', { search: 'anna', trashed: true })).total).toBe(0);
    // Nothing left to undo that would bring back part of a purged contact.
    expect(await b.value('undo.list', {})).toEqual([]);
  });
});
