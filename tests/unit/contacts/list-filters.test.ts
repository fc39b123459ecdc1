import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
let vip: number;
let fair: number;
let li: number;
let bob: number;
let since: number;
let seats: number;
const id: Record<string, number> = {};

beforeAll(async () => {
  b = await tempBackend();
  vip = (await b.value('tags.create', { name: 'VIP' })).id;
  fair = (await b.value('groups.create', { name: 'Trade fair 2026' })).id;
  li = (await b.value('staff.create', { name: 'Li Na' })).id;
  bob = (await b.value('staff.create', { name: 'Bob Stone' })).id;
  since = (await b.value('customFields.create', { label: 'Customer since', type: 'date' })).id;
  seats = (await b.value('customFields.create', { label: 'Seats', type: 'number' })).id;
  const add = async (key: string, input: Record<string, unknown>) => {
    id[key] = (await b.value('contacts.create', input as never)).id;
  };
  await add('anna', {
    givenName: 'Anna', familyName: 'Weber', tier: 'key', lifecycle: 'customer', ownerId: li, tagIds: [vip], groupIds: [fair],
    addresses: [{ city: 'Berlin', country: 'DE' }], custom: { [since]: '2019-03-01', [seats]: 12 },
  });
  await add('chen', {
    givenName: '伟', familyName: '陈', tier: 'key', lifecycle: 'repeat', ownerId: bob, tagIds: [vip],
    addresses: [{ city: '上海', country: 'CN' }], custom: { [seats]: 3 },
  });
  await add('zoe', { givenName: 'Zoe', familyName: 'Miller', tier: 'small', lifecycle: 'lead', addresses: [{ city: 'berlin', country: 'DE' }] });
  await add('acme', { kind: 'company', companyName: 'Acme Ltd', tier: 'major', addresses: [{ city: 'Leeds', country: 'GB' }] });
  await b.value('history.add', { contactId: id.anna!, kind: 'call', occurredAt: new Date(Date.now() - 10 * 86_400_000).toISOString(), summary: 'Order' });
  await b.value('history.add', { contactId: id.chen!, kind: 'visit', occurredAt: '2025-01-01T09:00:00Z', summary: 'Visit' });
  await b.value('history.add', { contactId: id.zoe!, kind: 'note', summary: 'A note is not contact' });
});
afterAll(async () => {
  await b.dispose();
});

const names = async (q: Parameters<TempBackend['value']>[1]) =>
  (await b.value('contacts.list', q as never)).rows.map((r) => r.displayName);

describe('the list filters, sorts and counts', () => {
  it('combines tier, tag, owner, city and country filters', async () => {
    expect(await names({ filters: { tiers: ['key'] } })).toEqual(['陈伟', 'Anna Weber']);
    expect(await names({ filters: { tiers: ['key'], tagIds: [vip], countries: ['DE'] } })).toEqual(['Anna Weber']);
    expect(await names({ filters: { ownerIds: [bob] } })).toEqual(['陈伟']);
    expect(await names({ filters: { ownerIds: [null] } })).toEqual(['Acme Ltd', 'Zoe Miller']);
    expect(await names({ filters: { cities: ['BERLIN'] } })).toEqual(['Zoe Miller', 'Anna Weber']);
    expect(await names({ filters: { groupIds: [fair] } })).toEqual(['Anna Weber']);
    expect(await names({ filters: { lifecycles: ['lead', 'repeat'] } })).toEqual(['陈伟', 'Zoe Miller']);
    expect(await names({ filters: { kind: 'company' } })).toEqual(['Acme Ltd']);
  });

  it('filters on custom fields by value and range', async () => {
    expect(await names({ filters: { custom: [{ fieldId: seats, op: 'gte', value: 5 }] } })).toEqual(['Anna Weber']);
    expect(await names({ filters: { custom: [{ fieldId: since, op: 'lte', value: '2020-01-01' }] } })).toEqual(['Anna Weber']);
    expect(await names({ filters: { custom: [{ fieldId: seats, op: 'unset' }] } })).toEqual(['Acme Ltd', 'Zoe Miller']);
  });

  it('finds contacts nobody has called, visited or written to for 90 days (a note does not count)', async () => {
    expect(await names({ filters: { noContactDays: 90 } })).toEqual(['Acme Ltd', '陈伟', 'Zoe Miller']);
  });

  it('sorts by any column, both ways, Chinese names among latin ones by pinyin', async () => {
    expect(await names({ sort: 'city' })).toEqual(['Zoe Miller', 'Anna Weber', 'Acme Ltd', '陈伟']);
    expect(await names({ sort: 'tier', direction: 'desc' })).toEqual(['Zoe Miller', 'Acme Ltd', 'Anna Weber', '陈伟']);
    expect(await names({ sort: 'lastContact', direction: 'desc' })).toEqual(['Anna Weber', '陈伟', 'Acme Ltd', 'Zoe Miller']);
    const rows = (await b.value('contacts.list', { sort: 'owner', customColumns: [seats] })).rows;
    expect(rows.find((r) => r.id === id.anna)).toMatchObject({ ownerName: 'Li Na', tags: ['VIP'], custom: { [seats]: 12 }, city: 'Berlin' });
  });

  it('counts the matching contacts per tier, owner and tag', async () => {
    const f = await b.value('contacts.facets', { filters: { countries: ['DE', 'CN'] } });
    expect(f.total).toBe(3);
    expect(f.tiers).toEqual(expect.arrayContaining([{ key: 'key', count: 2 }, { key: 'small', count: 1 }]));
    expect(f.tags).toEqual([{ id: vip, count: 2 }]);
    expect(f.owners).toEqual(expect.arrayContaining([{ id: li, count: 1 }, { id: null, count: 1 }]));
  });

  it('saves a view with its filters and columns and lists it again', async () => {
    const view = await b.value('views.create', {
      name: 'Key customers in Germany',
      state: { filters: { tiers: ['key'], countries: ['DE'] }, sort: 'city', columns: ['name', 'phone', `custom:${seats}`] },
    });
    const [again] = await b.value('views.list', {});
    expect(again).toEqual(view);
    expect(await names({ filters: again!.state.filters, sort: again!.state.sort })).toEqual(['Anna Weber']);
  });
});
