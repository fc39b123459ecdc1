import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
const ids: Record<string, number> = {};

beforeAll(async () => {
  b = await tempBackend({ systemLocale: 'de-DE' });
  const add = async (key: string, input: Parameters<TempBackend['value']>[1]) => {
    ids[key] = (await b.value('contacts.create', input as never)).id;
  };
  await add('wang', { givenName: '小明', familyName: '王', phones: [{ value: '+86 138 1234 5678' }] });
  await add('weber', {
    givenName: 'Anna',
    familyName: 'Weber',
    companyName: 'Weber Maschinenbau',
    emails: [{ value: 'anna.weber@maschinen.example' }],
    phones: [{ value: '030 9876543' }],
    addresses: [{ street: 'Unter den Linden 1', city: 'Berlin', postcode: '10117', country: 'DE' }],
  });
  await add('mueller', { givenName: 'Jürgen', familyName: 'Müller', addresses: [{ city: 'London', postcode: 'SW1A 1AA', country: 'GB' }] });
  await add('li', { givenName: '娜', familyName: '李' });
});
afterAll(async () => {
  await b.dispose();
});

const found = async (search: string) => (await b.value('contacts.list', { search })).rows.map((r) => r.id);

describe('search finds a customer from any fragment', () => {
  it('finds 王小明 by pinyin, initials and characters', async () => {
    for (const q of ['wang', 'wangxiaoming', 'wxm', '小明', '王小明', 'Xiaoming', 'wa', '王']) {
      expect(await found(q), q).toContain(ids.wang);
    }
  });

  it('finds a two-character Chinese name by its full name and its family name', async () => {
    expect(await found('李娜')).toEqual([ids.li]);
    expect(await found('李')).toEqual([ids.li]);
  });

  it('finds people by any phone digits, typed with or without separators or country code', async () => {
    for (const q of ['5678', '138-1234-5678', '+86 138 1234 5678', '8613812345678', '0086 138 1234 5678']) {
      expect(await found(q), q).toEqual([ids.wang]);
    }
    for (const q of ['030 9876543', '+49 30 9876543', '6543', '030-987']) {
      expect(await found(q), q).toEqual([ids.weber]);
    }
  });

  it('finds people by name parts, company, email fragment and postcode', async () => {
    expect(await found('webe')).toEqual([ids.weber]);
    expect(await found('maschinenbau')).toEqual([ids.weber]);
    expect(await found('weber@masch')).toEqual([ids.weber]);
    expect(await found('anna.weber@')).toEqual([ids.weber]);
    expect(await found('10117')).toEqual([ids.weber]);
    expect(await found('SW1A 1AA')).toEqual([ids.mueller]);
    expect(await found('sw1a1aa')).toEqual([ids.mueller]);
  });

  it('ignores accents and case, and combines words', async () => {
    expect(await found('muller')).toEqual([ids.mueller]);
    expect(await found('JÜRGEN müller')).toEqual([ids.mueller]);
    expect(await found('anna weber')).toEqual([ids.weber]);
    expect(await found('weber anna')).toEqual([ids.weber]);
  });

  it('finds a name typed with a dash or an ampersand between its words (“Anna & Weber”), the mark itself starting no name', async () => {
    expect(await found('Anna & Weber')).toEqual([ids.weber]);
    expect(await found('Weber - Maschinenbau')).toEqual([ids.weber]);
  });

  it('answers one or two letters by the start of a name, not the middle of one', async () => {
    expect(await found('w')).toEqual(expect.arrayContaining([ids.wang, ids.weber]));
    expect(await found('we')).toEqual([ids.weber]);
    expect(await found('Mü')).toEqual([ids.mueller]);
    expect(await found('j m')).toEqual([ids.mueller]);
    expect(await found('eb')).toEqual([]);
    // A control character typed or pasted is no part of any name.
    expect(await found('\u0001we')).toEqual([ids.weber]);
  });

  it('keeps the index in step with edits and the trash', async () => {
    await b.value('contacts.update', { id: ids.li!, draft: { givenName: '娜', familyName: '李', phones: [{ value: '+86 139 8765 4321' }] } });
    expect(await found('87654321')).toEqual([ids.li]);
    await b.value('contacts.trash', { ids: [ids.li!] });
    expect(await found('87654321')).toEqual([]);
    expect((await b.value('contacts.list', { search: '87654321', trashed: true })).rows.map((r) => r.id)).toEqual([ids.li]);
    await b.value('contacts.restore', { ids: [ids.li!] });
  });

  it('answers the quick search box with a second line to tell people apart', async () => {
    const hits = await b.value('contacts.search', { q: 'weber' });
    expect(hits[0]).toMatchObject({ id: ids.weber, displayName: 'Anna Weber', deleted: false });
    expect(hits[0]?.detail).toContain('anna.weber@maschinen.example');
  });
});
