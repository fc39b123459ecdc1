import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend, tableCounts, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
beforeEach(async () => {
  b = await tempBackend();
});
afterEach(async () => {
  await b.dispose();
});

describe('people and companies', () => {
  it('keeps the extension of a switchboard number, written the way Chinese, German or English offices write it, and shows it in the screen’s words', async () => {
    await b.value('settings.update', { defaultCountry: 'CN' });
    const li = await b.value('contacts.create', {
      givenName: '娜',
      familyName: '李',
      phones: [
        { label: 'work', value: '0755-26881234转808' },
        { label: 'other', value: '010-88886666 分机 12' },
        { label: 'home', value: '+49 30 1234567 Durchwahl 34' },
      ],
    });
    expect(li.phones.map((p) => [p.value, p.display])).toEqual([
      ['+8675526881234;ext=808', '0755 2688 1234 ext. 808'],
      ['+861088886666;ext=12', '010 8888 6666 ext. 12'],
      ['+49301234567;ext=34', '+49 30 1234567 ext. 34'],
    ]);
    expect((await b.value('contacts.list', {})).rows[0]!.phone).toBe('0755 2688 1234 ext. 808');
    // A Chinese screen writes the extension as the number was typed: 转808.
    const inChinese = await b.call('contacts.get', { id: li.id }, 'zh-CN');
    expect(inChinese.ok && inChinese.value.phones.map((p) => p.display)).toEqual(['0755 2688 1234 转808', '010 8888 6666 转12', '+49 30 1234567 转34']);
    const listed = await b.call('contacts.list', {}, 'zh-CN');
    expect(listed.ok && listed.value.rows[0]!.phone).toBe('0755 2688 1234 转808');
    const found = await b.call('contacts.search', { q: '26881234' }, 'zh-CN');
    expect(found.ok && found.value[0]!.detail).toContain('0755 2688 1234 转808');
    // Edited in Chinese, the number shown goes back into the form and is read as the same line.
    const again = await b.value('contacts.duplicatesOf', { draft: { givenName: '伟', familyName: '张', phones: [{ value: '0755 2688 1234 转808' }] } });
    expect(again.map((d) => d.contact.id)).toEqual([li.id]);
    // The line is found by its digits, whatever the extension; a colleague on the same switchboard is no duplicate.
    expect((await b.value('contacts.search', { q: '26881234' })).map((h) => h.id)).toEqual([li.id]);
    expect(await b.value('contacts.duplicatesOf', { draft: { givenName: '伟', familyName: '张', phones: [{ value: '0755-26881234转809' }] } })).toEqual([]);
    expect(await b.value('contacts.duplicatesOf', { draft: { givenName: '伟', familyName: '张', phones: [{ value: '0755 2688 1234 ext. 808' }] } })).toHaveLength(1);
  });

  it('reads digits after a second dash as the extension where the whole is no number (0755-26881234-808), and as the number’s own where it is one (a German 030 1234567-12 dials them straight through)', async () => {
    await b.value('settings.update', { defaultCountry: 'CN' });
    const wang = await b.value('contacts.create', { givenName: '小明', familyName: '王', phones: [{ label: 'work', value: '0755-26881234-808' }, { label: 'mobile', value: '138-0013-8000' }] });
    expect(wang.phones.map((p) => p.value)).toEqual(['+8675526881234;ext=808', '+8613800138000']);
    await b.value('settings.update', { defaultCountry: 'DE' });
    const weber = await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', phones: [{ label: 'work', value: '030 1234567-12' }] });
    expect(weber.phones.map((p) => p.value)).toEqual(['+4930123456712']);
  });

  it('reads a number written without its country code in the country of the contact’s address, and in the office’s when it is no number there', async () => {
    await b.value('settings.update', { defaultCountry: 'DE' });
    const address = { label: 'work' as const, street: '科技园路1号', city: '深圳市', postcode: '518057', country: 'CN' };
    const wei = await b.value('contacts.create', {
      givenName: '伟',
      familyName: '张',
      phones: [{ label: 'work', value: '0755 8888 0001' }, { label: 'mobile', value: '0171 1234567' }, { label: 'mobile', value: '138 0013 8000' }],
      addresses: [address],
    });
    // 0755… is a Chinese number in Shenzhen (read in Germany it would be a German one); 0171… is no Chinese number, so it is
    // German; 138… is no German number, so it is Chinese.
    expect(wei.phones.map((p) => [p.value, p.display])).toEqual([
      ['+8675588880001', '+86 755 8888 0001'],
      ['+491711234567', '0171 1234567'],
      ['+8613800138000', '+86 138 0013 8000'],
    ]);
    // A number without the trunk prefix written before national numbers there (a "0" in China) is read in the office's country first.
    await b.value('settings.update', { defaultCountry: 'US' });
    const anna = await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', phones: [{ value: '(212) 555-0143' }], addresses: [{ ...address, country: 'DE' }] });
    expect(anna.phones[0]!.value).toBe('+12125550143');
    await b.value('settings.update', { defaultCountry: 'DE' });
    // An edit that leaves the address as stored reads a new number there too, and a colleague typing it finds the duplicate.
    const edited = await b.value('contacts.update', { id: wei.id, draft: { givenName: '伟', familyName: '张', phones: [{ label: 'work', value: '0755 8888 0002' }] } });
    expect(edited.phones[0]!.value).toBe('+8675588880002');
    expect(await b.value('contacts.duplicatesOf', { draft: { givenName: '伟', familyName: '张', phones: [{ value: '0755 8888 0002' }], addresses: [address] } })).toHaveLength(1);
  });

  it('takes an email typed with a Chinese input method still on (Wang＠Example。CN) as the address it is', async () => {
    const wang = await b.value('contacts.create', { givenName: '小明', familyName: '王', emails: [{ value: 'Wang＠Example。CN' }] });
    expect(wang.emails.map((e) => e.value)).toEqual(['wang@example.cn']);
    const refused = await b.call('contacts.create', { givenName: '伟', familyName: '张', emails: [{ value: 'zhang＠' }] });
    expect(refused.ok).toBe(false);
  });

  it('keeps a person with two phones, two emails, an address and a link to their company', async () => {
    const company = await b.value('contacts.create', {
      kind: 'company',
      companyName: 'Weber Maschinenbau GmbH',
      addresses: [{ street: 'Hauptstraße 5', city: 'Stuttgart', postcode: '70173', country: 'de' }],
    });
    const anna = await b.value('contacts.create', {
      givenName: 'Anna',
      familyName: 'Weber',
      namePrefix: 'Dr.',
      salutation: 'Dear Dr. Weber',
      phones: [
        { label: 'work', value: '+49 711 1234567' },
        { label: 'mobile', value: '+49 151 23456789', primary: true },
      ],
      emails: [{ value: 'anna@weber.example' }, { label: 'home', value: 'anna.w@home.example' }],
      addresses: [{ label: 'home', street: 'Gartenweg 1', city: 'Esslingen', postcode: '73728', country: 'DE' }],
      companies: [{ companyId: company.id, role: 'Purchasing', title: 'Head of purchasing' }],
      birthday: '1984-02-29',
      tier: 'key',
      lifecycle: 'customer',
      relationshipStyle: 'analytical',
    });
    expect(anna.phones.map((p) => [p.label, p.primary])).toEqual([
      ['work', false],
      ['mobile', true],
    ]);
    expect(anna.emails).toHaveLength(2);
    expect(anna.addresses[0]).toMatchObject({ city: 'Esslingen', country: 'DE', primary: true });
    expect(anna.companies).toEqual([{ companyId: company.id, name: 'Weber Maschinenbau GmbH', role: 'Purchasing', title: 'Head of purchasing' }]);
    expect(anna).toMatchObject({ salutation: 'Dear Dr. Weber', birthday: '1984-02-29', tier: 'key', relationshipStyle: 'analytical' });
    const firm = await b.value('contacts.get', { id: company.id });
    expect(firm.people).toEqual([{ personId: anna.id, name: 'Anna Weber', role: 'Purchasing', title: 'Head of purchasing' }]);
    const row = (await b.value('contacts.list', { filters: { companyId: company.id } })).rows;
    expect(row.map((r) => r.id)).toEqual([anna.id]);
    // The company's name finds its people too, though Anna's own company field is empty.
    expect((await b.value('contacts.list', { search: 'maschinenbau' })).rows.map((r) => r.id)).toEqual([anna.id, company.id]);
    await b.value('contacts.update', { id: company.id, draft: { kind: 'company', companyName: 'Weber Robotics AG' } });
    expect((await b.value('contacts.list', { search: 'robotics' })).rows.map((r) => r.id)).toEqual([anna.id, company.id]);
  });

  it('shows Chinese names family first, and a chosen order for others', async () => {
    const wang = await b.value('contacts.create', { givenName: '小明', familyName: '王', salutation: '尊敬的王经理', phoneticName: 'Wang Xiaoming' });
    expect(wang.displayName).toBe('王小明');
    const weber = await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber', nameOrder: 'family_first' });
    expect(weber.displayName).toBe('Weber Anna');
  });

  it('keeps what an edit form leaves out (tier, address, notes) when it saves names only', async () => {
    const c = await b.value('contacts.create', {
      givenName: 'Zoe',
      familyName: 'Miller',
      tier: 'major',
      notes: 'Prefers mornings',
      addresses: [{ city: 'Leeds', postcode: 'LS1 4AP', country: 'GB' }],
    });
    const edited = await b.value('contacts.update', { id: c.id, draft: { givenName: 'Zoë', familyName: 'Miller' } });
    expect(edited).toMatchObject({ displayName: 'Zoë Miller', tier: 'major', notes: 'Prefers mornings' });
    expect(edited.addresses[0]?.city).toBe('Leeds');
    const cleared = await b.value('contacts.update', { id: c.id, draft: { givenName: 'Zoë', familyName: 'Miller', tier: null } });
    expect(cleared.tier).toBeNull();
  });

  it('stores owner, communication preferences and custom field values', async () => {
    const staff = await b.value('staff.create', { name: 'Li Na' });
    const vip = await b.value('customFields.create', { label: 'Since', type: 'date' });
    const size = await b.value('customFields.create', { label: 'Size', type: 'choice', choices: ['S', 'M', 'L'] });
    const c = await b.value('contacts.create', {
      givenName: 'Bo',
      ownerId: staff.id,
      comm: { phone: true, email: false, letter: true, marketing: false, doNotContact: true },
      custom: { [vip.id]: '2020-05-01', [size.id]: 'M' },
    });
    expect(c.owner).toEqual({ id: staff.id, name: 'Li Na' });
    expect(c.comm).toEqual({ phone: true, email: false, letter: true, marketing: false, doNotContact: true });
    expect(c.custom).toEqual({ [vip.id]: '2020-05-01', [size.id]: 'M' });
  });
});

describe('bad input is refused, naming the field, and changes nothing', () => {
  const refused = async (input: Parameters<TempBackend['call']>[1], locale: 'en' | 'zh-CN' = 'en') => {
    const before = tableCounts(b);
    const res = await b.call('contacts.create', input as never, locale);
    expect(res.ok).toBe(false);
    expect(tableCounts(b)).toEqual(before);
    return res.ok ? null : res.error;
  };

  it('refuses 1980-02-31 as a birthday', async () => {
    const err = await refused({ givenName: 'Anna', birthday: '1980-02-31' });
    expect(err?.details?.issues?.[0]).toMatchObject({ path: ['birthday'], field: 'Birthday' });
    expect(err?.message).toContain('Birthday');
    expect(err?.message).toContain('1980-02-31');
  });

  it('refuses an unknown country code, in Chinese for a Chinese user', async () => {
    const err = await refused({ givenName: 'Anna', addresses: [{ city: 'X', country: 'QQ' }] }, 'zh-CN');
    expect(err?.message).toContain('国家/地区');
    expect(err?.details?.issues?.[0]?.path).toEqual(['addresses', 0, 'country']);
  });

  it('refuses a 10 MB note', async () => {
    const err = await refused({ givenName: 'Anna', notes: 'x'.repeat(10 * 1024 * 1024) });
    expect(err?.details?.issues?.[0]?.field).toBe('Notes');
  });

  it('refuses a value that is not one of a choice field’s options, naming the field', async () => {
    const size = await b.value('customFields.create', { label: 'Shoe size', type: 'choice', choices: ['40', '41'] });
    const err = await refused({ givenName: 'Anna', custom: { [size.id]: '45' } });
    expect(err?.message).toContain('Shoe size');
  });

  it('refuses an owner who is not on the staff list', async () => {
    const err = await refused({ givenName: 'Anna', ownerId: 99 });
    expect(err?.details?.issues?.[0]?.field).toBe('Owner');
  });
});
