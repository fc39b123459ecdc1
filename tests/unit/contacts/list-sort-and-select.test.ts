import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
let seats: number;
let since: number;
let size: number;
let vip: number;
const id: Record<string, number> = {};

beforeAll(async () => {
  b = await tempBackend();
  vip = (await b.value('tags.create', { name: 'VIP' })).id;
  const alpha = (await b.value('tags.create', { name: 'alpha' })).id;
  seats = (await b.value('customFields.create', { label: 'Seats', type: 'number' })).id;
  since = (await b.value('customFields.create', { label: 'Customer since', type: 'date' })).id;
  size = (await b.value('customFields.create', { label: 'Size', type: 'choice', choices: ['S', 'M', 'L'] })).id;
  const add = async (key: string, input: Record<string, unknown>) => {
    id[key] = (await b.value('contacts.create', input as never)).id;
  };
  await add('anna', { givenName: 'Anna', familyName: 'Adler', tier: 'small', lifecycle: 'lapsed', tagIds: [vip], custom: { [seats]: 10, [since]: '2021-05-01' } });
  await add('ben', { givenName: 'Ben', familyName: 'Brandt', tier: 'key', lifecycle: 'lead', custom: { [seats]: 2, [size]: 'M' } });
  await add('cara', { givenName: 'Cara', familyName: 'Cole', tier: 'regular', lifecycle: 'customer', tagIds: [alpha, vip], custom: { [since]: '2019-01-31' } });
  await add('dan', { givenName: 'Dan', familyName: 'Dorn', tier: 'major', lifecycle: 'prospect', tagIds: [alpha], custom: { [seats]: 300 } });
  await add('eve', { givenName: 'Eve', familyName: 'Ernst', lifecycle: 'repeat', phones: [{ value: '+49 30 1234567' }] });
  await add('finn', { givenName: 'Finn', familyName: 'Fox', emails: [{ value: 'finn@fox.example' }] });
});
afterAll(async () => {
  await b.dispose();
});

const names = async (q: Parameters<TempBackend['value']>[1]) =>
  (await b.value('contacts.list', q as never)).rows.map((r) => r.displayName);

describe('the list sorts by any column the way a person expects', () => {
  it('sorts tiers by rank (key, major, regular, small), contacts without a tier last either way', async () => {
    expect(await names({ sort: 'tier' })).toEqual(['Ben Brandt', 'Dan Dorn', 'Cara Cole', 'Anna Adler', 'Eve Ernst', 'Finn Fox']);
    expect(await names({ sort: 'tier', direction: 'desc' })).toEqual(['Anna Adler', 'Cara Cole', 'Dan Dorn', 'Ben Brandt', 'Finn Fox', 'Eve Ernst']);
  });

  it('sorts lifecycle stages in the order a customer moves through them, not alphabetically', async () => {
    expect(await names({ sort: 'lifecycle' })).toEqual(['Ben Brandt', 'Dan Dorn', 'Cara Cole', 'Eve Ernst', 'Anna Adler', 'Finn Fox']);
  });

  it('sorts by a number custom field as numbers (2 before 10 before 300), empty values last', async () => {
    expect(await names({ sort: `custom:${seats}` })).toEqual(['Ben Brandt', 'Anna Adler', 'Dan Dorn', 'Cara Cole', 'Eve Ernst', 'Finn Fox']);
    const desc = await names({ sort: `custom:${seats}`, direction: 'desc' });
    expect(desc.slice(0, 3)).toEqual(['Dan Dorn', 'Anna Adler', 'Ben Brandt']);
  });

  it('sorts by a date custom field in date order and by a choice field', async () => {
    expect((await names({ sort: `custom:${since}` })).slice(0, 2)).toEqual(['Cara Cole', 'Anna Adler']);
    expect((await names({ sort: `custom:${size}` }))[0]).toBe('Ben Brandt');
  });

  it('sorts by tags, untagged contacts last', async () => {
    expect(await names({ sort: 'tags' })).toEqual(['Dan Dorn', 'Cara Cole', 'Anna Adler', 'Ben Brandt', 'Eve Ernst', 'Finn Fox']);
  });

  it('pages through a custom-field sort without losing or repeating anyone, with the asked columns', async () => {
    const all = await names({ sort: `custom:${seats}` });
    const paged: string[] = [];
    for (let offset = 0; offset < all.length; offset += 4) paged.push(...(await names({ sort: `custom:${seats}`, offset, limit: 4 })));
    expect(paged).toEqual(all);
    const page = await b.value('contacts.list', { sort: `custom:${seats}`, limit: 1, customColumns: [seats] });
    expect(page).toMatchObject({ total: 6, rows: [{ id: id.ben, custom: { [seats]: 2 } }] });
  });

  it('falls back to the name order for a custom field that no longer exists', async () => {
    expect(await names({ sort: 'custom:9999' })).toEqual(await names({}));
  });
});

describe('selecting every matching contact', () => {
  it('returns the id of every contact the search and filters match, in one call', async () => {
    const { ids } = await b.value('contacts.ids', { filters: { tagIds: [vip] } });
    expect(ids.sort()).toEqual([id.anna!, id.cara!].sort());
    expect((await b.value('contacts.ids', {})).ids).toHaveLength(6);
    expect((await b.value('contacts.ids', { search: 'dorn' })).ids).toEqual([id.dan]);
  });

  it('keeps live and trashed contacts apart', async () => {
    await b.value('contacts.trash', { ids: [id.finn!] });
    expect((await b.value('contacts.ids', { trashed: true })).ids).toEqual([id.finn]);
    expect((await b.value('contacts.ids', {})).ids).not.toContain(id.finn);
    await b.value('contacts.restore', { ids: [id.finn!] });
  });
});

describe('duplicate hints while a record is still being typed', () => {
  it('finds a match from a phone number alone, before any name is typed', async () => {
    const found = await b.value('contacts.duplicatesOf', { draft: { phones: [{ value: '+49 (30) 123-4567' }] } });
    expect(found.map((d) => [d.contact.id, d.reasons])).toEqual([[id.eve, ['phone']]]);
  });

  it('finds a match from an email alone and ignores one still being typed', async () => {
    const found = await b.value('contacts.duplicatesOf', { draft: { emails: [{ value: 'FINN@fox.example' }, { value: 'finn@' }] } });
    expect(found.map((d) => d.contact.id)).toEqual([id.finn]);
    expect(await b.value('contacts.duplicatesOf', { draft: { emails: [{ value: 'finn@fo' }] } })).toEqual([]);
  });
});
