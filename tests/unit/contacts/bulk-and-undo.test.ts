import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContacts } from '../../../src/main/core/contacts/contacts.service';
import { tempBackend, tableCounts, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
let ids: number[];
beforeEach(async () => {
  b = await tempBackend();
  ids = await createContacts(
    b.ctx,
    Array.from({ length: 1000 }, (_, i) => ({
      kind: 'person' as const,
      givenName: `Person${i}`,
      familyName: 'Bulk',
      companyName: '',
      phones: [],
      emails: [],
      tier: i % 2 ? ('small' as const) : null,
    })),
  );
});
afterEach(async () => {
  await b.dispose();
});

describe('bulk actions on many contacts, each undoable', () => {
  it('tags 1,000 contacts in one step and undoes it', async () => {
    const vip = await b.value('tags.create', { name: 'VIP' });
    await b.value('contacts.bulk', { ids: ids.slice(0, 10), action: { type: 'tag', tagId: vip.id } });
    const res = await b.value('contacts.bulk', { ids, action: { type: 'tag', tagId: vip.id } });
    expect(res.count).toBe(990);
    expect((await b.value('contacts.list', { filters: { tagIds: [vip.id] } })).total).toBe(1000);
    const [latest] = await b.value('undo.list', {});
    expect(latest).toMatchObject({ id: res.batchId, count: 990, undoneAt: null });
    expect(latest?.label).toContain('VIP');
    await b.value('undo.apply', { batchId: res.batchId! });
    // The ten tagged before the bulk action keep their tag.
    expect((await b.value('contacts.list', { filters: { tagIds: [vip.id] } })).total).toBe(10);
  });

  it('sets owner and tier, and undo puts each contact’s own previous value back', async () => {
    const li = await b.value('staff.create', { name: 'Li Na' });
    const owner = await b.value('contacts.bulk', { ids, action: { type: 'setOwner', ownerId: li.id } });
    const tier = await b.value('contacts.bulk', { ids, action: { type: 'setTier', tier: 'key' } });
    expect((await b.value('contacts.list', { filters: { tiers: ['key'], ownerIds: [li.id] } })).total).toBe(1000);
    await b.value('undo.apply', { batchId: tier.batchId! });
    expect((await b.value('contacts.list', { filters: { tiers: ['small'] } })).total).toBe(500);
    expect((await b.value('contacts.list', { filters: { tiers: [null] } })).total).toBe(500);
    await b.value('undo.apply', { batchId: owner.batchId! });
    expect((await b.value('contacts.list', { filters: { ownerIds: [null] } })).total).toBe(1000);
  });

  it('adds to a group and moves to the trash, both undoable', async () => {
    const group = await b.value('groups.create', { name: 'Christmas cards' });
    const add = await b.value('contacts.bulk', { ids: ids.slice(0, 300), action: { type: 'addToGroup', groupId: group.id } });
    expect((await b.value('groups.list', {}))[0]?.count).toBe(300);
    const trash = await b.value('contacts.bulk', { ids: ids.slice(0, 100), action: { type: 'trash' } });
    expect((await b.value('contacts.list', {})).total).toBe(900);
    expect((await b.value('groups.list', {}))[0]?.count).toBe(200);
    await b.value('undo.apply', { batchId: trash.batchId! });
    expect((await b.value('contacts.list', {})).total).toBe(1000);
    await b.value('undo.apply', { batchId: add.batchId! });
    expect((await b.value('groups.list', {}))[0]?.count).toBe(0);
  });

  it('leaves out "do not contact" people when tagging or grouping, unless the person overrides it', async () => {
    const list = await b.value('groups.create', { name: 'Mailing' });
    await b.value('contacts.update', { id: ids[0]!, draft: { givenName: 'Person0', familyName: 'Bulk', comm: { phone: true, email: true, letter: true, marketing: true, doNotContact: true } } });
    const res = await b.value('contacts.bulk', { ids: ids.slice(0, 5), action: { type: 'addToGroup', groupId: list.id } });
    expect(res).toMatchObject({ count: 4, skippedDoNotContact: 1 });
    const forced = await b.value('contacts.bulk', { ids: ids.slice(0, 5), action: { type: 'addToGroup', groupId: list.id }, overrideDoNotContact: true });
    expect(forced).toMatchObject({ count: 1, skippedDoNotContact: 0 });
  });

  it('refuses to undo the same change twice, and changes nothing', async () => {
    const vip = await b.value('tags.create', { name: 'VIP' });
    const res = await b.value('contacts.bulk', { ids, action: { type: 'tag', tagId: vip.id } });
    await b.value('undo.apply', { batchId: res.batchId! });
    const before = tableCounts(b);
    const again = await b.call('undo.apply', { batchId: res.batchId! });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(tableCounts(b)).toEqual(before);
  });
});
