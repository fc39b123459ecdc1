import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, tableCounts, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
beforeEach(async () => {
  b = await tempBackend();
});
afterEach(async () => {
  await b.dispose();
});

describe('a person in the customer file', () => {
  it('is added with a phone and an email and read back with the phone in national format', async () => {
    const created = await b.value('contacts.create', {
      givenName: 'Anna',
      familyName: 'Weber',
      phones: [{ value: '(212) 555-0143' }],
      emails: [{ value: 'Anna.Weber@Example.com' }],
    });
    expect(created.displayName).toBe('Anna Weber');
    expect(created.phones[0]).toMatchObject({ value: '+12125550143', display: '(212) 555-0143', valid: true, primary: true });
    expect(created.emails[0]?.value).toBe('anna.weber@example.com');
    const again = await b.value('contacts.get', { id: created.id });
    expect(again).toEqual(created);
  });

  it('shows a Chinese name family name first', async () => {
    const c = await b.value('contacts.create', { givenName: '小明', familyName: '王' });
    expect(c.displayName).toBe('王小明');
  });

  it('keeps a number it cannot read as typed, flagged', async () => {
    const c = await b.value('contacts.create', { givenName: 'Bo', phones: [{ value: 'ask reception' }] });
    expect(c.phones[0]).toMatchObject({ value: 'ask reception', valid: false });
  });

  it('is found in the list by name, email or phone digits, and edited', async () => {
    const a = await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', phones: [{ value: '212 555 0143' }] });
    await b.value('contacts.create', { givenName: 'Zoe', familyName: 'Miller', emails: [{ value: 'zoe@shop.test' }] });
    expect((await b.value('contacts.list', { search: 'webe' })).rows.map((r) => r.displayName)).toEqual(['Anna Weber']);
    expect((await b.value('contacts.list', { search: 'shop.test' })).rows.map((r) => r.displayName)).toEqual(['Zoe Miller']);
    expect((await b.value('contacts.list', { search: '555-0143' })).rows.map((r) => r.id)).toEqual([a.id]);
    const page = await b.value('contacts.list', {});
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.displayName)).toEqual(['Zoe Miller', 'Anna Weber']);
    const edited = await b.value('contacts.update', { id: a.id, draft: { givenName: 'Anne', familyName: 'Weber' } });
    expect(edited.displayName).toBe('Anne Weber');
    expect(edited.phones).toEqual([]);
  });

  it('goes to the trash and comes back with its phones', async () => {
    const a = await b.value('contacts.create', { givenName: 'Anna', phones: [{ value: '+44 20 7946 0958' }] });
    await b.value('contacts.trash', { ids: [a.id] });
    expect((await b.value('contacts.list', {})).total).toBe(0);
    expect((await b.value('contacts.list', { trashed: true })).rows.map((r) => r.id)).toEqual([a.id]);
    await b.value('contacts.restore', { ids: [a.id] });
    const back = await b.value('contacts.get', { id: a.id });
    expect(back.deletedAt).toBeNull();
    expect(back.phones).toHaveLength(1);
  });
});

describe('the contract refuses bad input before any service runs', () => {
  it('names the field of a bad email and writes no row', async () => {
    const before = tableCounts(b);
    const res = await b.call('contacts.create', { givenName: 'Anna', emails: [{ value: 'anna-at-example.com' }] });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('validation');
    expect(res.error.details?.issues?.[0]?.field).toBe('Email 1');
    expect(res.error.message).toContain('Email 1');
    expect(tableCounts(b)).toEqual(before);
  });

  it('refuses a name of only spaces, in Chinese for a Chinese user', async () => {
    const before = tableCounts(b);
    const res = await b.call('contacts.create', { givenName: '   ', familyName: ' ' }, 'zh-CN');
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.message).toContain('名');
    expect(res.error.message).toContain('姓名不能为空');
    expect(tableCounts(b)).toEqual(before);
  });

  it('answers an unknown method with a typed error', async () => {
    const { dispatch } = await import('../../../src/main/core/rpc/dispatch');
    const res = await dispatch(b.base, { method: 'contacts.drop', input: {} });
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
