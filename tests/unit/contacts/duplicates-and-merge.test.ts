import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
beforeEach(async () => {
  b = await tempBackend({ systemLocale: 'en-GB' });
});
afterEach(async () => {
  await b.dispose();
});

describe('likely duplicates', () => {
  it('are shown while a new contact is typed: same email, same phone, same name in the same city', async () => {
    const anna = await b.value('contacts.create', {
      givenName: 'Anna',
      familyName: 'Weber',
      emails: [{ value: 'anna@weber.example' }],
      phones: [{ value: '020 7946 0958' }],
      addresses: [{ city: 'London', country: 'GB' }],
    });
    const byEmail = await b.value('contacts.duplicatesOf', { draft: { givenName: 'A.', emails: [{ value: 'ANNA@weber.example' }] } });
    expect(byEmail.map((d) => [d.contact.id, d.reasons])).toEqual([[anna.id, ['email']]]);
    const byPhone = await b.value('contacts.duplicatesOf', { draft: { givenName: 'Someone', phones: [{ value: '+44 20 7946 0958' }] } });
    expect(byPhone[0]?.reasons).toEqual(['phone']);
    const byName = await b.value('contacts.duplicatesOf', {
      draft: { givenName: 'weber', familyName: 'ANNA', addresses: [{ city: 'london', country: 'GB' }] },
    });
    expect(byName[0]?.reasons).toEqual(['nameCity']);
    const other = await b.value('contacts.duplicatesOf', { draft: { givenName: 'Anna', familyName: 'Weber' } });
    expect(other).toEqual([]);
    expect(await b.value('contacts.duplicatesOf', { draft: { givenName: 'Anna', emails: [{ value: 'anna@weber.example' }] }, excludeId: anna.id })).toEqual([]);
  });

  it('are found on demand across the file, Chinese names included', async () => {
    await b.value('contacts.create', { givenName: '小明', familyName: '王', addresses: [{ city: '北京', country: 'CN' }] });
    await b.value('contacts.create', { givenName: '小明', familyName: '王', addresses: [{ city: '北京', country: 'CN' }] });
    await b.value('contacts.create', { givenName: 'Li', emails: [{ value: 'li@x.example' }] });
    await b.value('contacts.create', { givenName: 'Li Lei', emails: [{ value: 'li@x.example' }] });
    const groups = await b.value('contacts.duplicates', {});
    expect(groups.map((g) => [g.reason, g.contacts.map((c) => c.displayName)])).toEqual([
      ['email', ['Li', 'Li Lei']],
      ['nameCity', ['王小明', '王小明']],
    ]);
  });

  it('are not colleagues on the office’s switchboard, nor a couple on one home phone, on the duplicates screen or a contact’s “Find duplicates”, while two names on one mobile are', async () => {
    const office = [{ label: 'work' as const, value: '0571-88886666' }];
    const wang = await b.value('contacts.create', { givenName: '建国', familyName: '王', companyName: '西湖茶叶有限公司', phones: office });
    await b.value('contacts.create', { givenName: '娜', familyName: '李', companyName: '西湖茶叶有限公司', phones: office });
    await b.value('contacts.create', { kind: 'company', companyName: '西湖茶叶有限公司', phones: office });
    const again = await b.value('contacts.create', { givenName: '建国', familyName: '王', phones: office });
    const home = [{ label: 'home' as const, value: '020 7946 0958' }];
    await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', phones: home });
    await b.value('contacts.create', { givenName: 'Peter', familyName: 'Weber', phones: home });
    // A mobile is one person's, whatever each record calls them.
    const bob = await b.value('contacts.create', { givenName: 'Bob', familyName: 'Smith', phones: [{ label: 'mobile', value: '07911 123456' }] });
    const robert = await b.value('contacts.create', { givenName: 'Robert', familyName: 'Smith', phones: [{ label: 'mobile', value: '+44 7911 123456' }] });
    const groups = await b.value('contacts.duplicates', {});
    expect(groups.map((g) => [g.reason, g.contacts.map((c) => c.displayName)])).toEqual([
      ['phone', ['王建国', '王建国']],
      ['phone', ['Bob Smith', 'Robert Smith']],
    ]);
    const ofBob = await b.value('contacts.duplicatesOf', { draft: { givenName: 'Bob', familyName: 'Smith', phones: [{ value: '07911 123456' }] }, excludeId: bob.id });
    expect(ofBob.map((d) => d.contact.id)).toEqual([robert.id]);
    // "Find duplicates" on 王建国's page, whose merge dialog offers what it finds: only his other record.
    const ofWang = await b.value('contacts.duplicatesOf', { draft: { givenName: '建国', familyName: '王', phones: office }, excludeId: wang.id });
    expect(ofWang.map((d) => d.contact.id)).toEqual([again.id]);
    // Typing a colleague in, the form still says who else has the number.
    const typed = await b.value('contacts.duplicatesOf', { draft: { givenName: '伟', familyName: '张', phones: office } });
    expect(typed).toHaveLength(4);
  });
});

describe('merging records', () => {
  it('keeps every phone, email, address, history item, tag and link, lets the person pick fields, and undoes', async () => {
    const firm = await b.value('contacts.create', { kind: 'company', companyName: 'Acme' });
    const tag = await b.value('tags.create', { name: 'Fair' });
    const a = await b.value('contacts.create', {
      givenName: 'Anna',
      familyName: 'Weber',
      tier: 'small',
      phones: [{ value: '020 7946 0958' }],
      emails: [{ value: 'anna@weber.example' }],
    });
    const c = await b.value('contacts.create', {
      givenName: 'Anne',
      familyName: 'Weber',
      tier: 'key',
      birthday: '1980-05-01',
      phones: [{ value: '07700 900123' }],
      emails: [{ value: 'anna@weber.example' }, { value: 'aw@home.example' }],
      addresses: [{ city: 'Leeds', country: 'GB' }],
      companies: [{ companyId: firm.id, role: 'Buyer' }],
      tagIds: [tag.id],
    });
    for (let i = 0; i < 3; i++) await b.value('history.add', { contactId: a.id, kind: 'call', summary: `a${i}` });
    for (let i = 0; i < 2; i++) await b.value('history.add', { contactId: c.id, kind: 'note', summary: `c${i}` });
    const before = await b.value('contacts.get', { id: a.id });

    const { contact, batchId } = await b.value('contacts.merge', { targetId: a.id, sourceIds: [c.id], pick: { tier: c.id, birthday: c.id } });
    expect(contact).toMatchObject({ displayName: 'Anna Weber', tier: 'key', birthday: '1980-05-01' });
    expect(contact.phones.map((p) => [p.display, p.primary])).toEqual([
      ['020 7946 0958', true],
      ['07700 900123', false],
    ]);
    expect(contact.emails.map((e) => e.value)).toEqual(['anna@weber.example', 'aw@home.example']);
    expect(contact.addresses.map((x) => x.city)).toEqual(['Leeds']);
    expect(contact.companies.map((x) => x.name)).toEqual(['Acme']);
    expect(contact.tags.map((t) => t.name)).toEqual(['Fair']);
    expect((await b.value('history.list', { contactId: a.id })).total).toBe(5);
    const merged = await b.value('contacts.get', { id: c.id });
    expect(merged).toMatchObject({ mergedInto: a.id });
    expect(merged.deletedAt).not.toBeNull();
    expect((await b.value('contacts.list', { search: '07700900123' })).rows.map((r) => r.id)).toEqual([a.id]);

    await b.value('undo.apply', { batchId });
    const back = await b.value('contacts.get', { id: a.id });
    expect(back).toEqual({ ...before, updatedAt: back.updatedAt });
    const restored = await b.value('contacts.get', { id: c.id });
    expect(restored).toMatchObject({ deletedAt: null, mergedInto: null, tier: 'key' });
    expect(restored.emails).toHaveLength(2);
    expect(restored.companies).toHaveLength(1);
    expect((await b.value('history.list', { contactId: c.id })).total).toBe(2);
    expect((await b.value('contacts.list', { search: '07700900123' })).rows.map((r) => r.id)).toEqual([c.id]);
  });

  it('merges three records at once', async () => {
    const [x, y, z] = [
      await b.value('contacts.create', { givenName: 'Bo', emails: [{ value: 'bo1@x.example' }] }),
      await b.value('contacts.create', { givenName: 'Bo', emails: [{ value: 'bo2@x.example' }] }),
      await b.value('contacts.create', { givenName: 'Bo', emails: [{ value: 'bo3@x.example' }] }),
    ];
    const { contact } = await b.value('contacts.merge', { targetId: y.id, sourceIds: [x.id, z.id] });
    expect(contact.emails.map((e) => e.value)).toEqual(['bo2@x.example', 'bo1@x.example', 'bo3@x.example']);
    expect((await b.value('contacts.list', {})).total).toBe(1);
  });
});
