import { describe, expect, it } from 'vitest';
import { emptyRecord, type ContactRecord } from '../../../src/shared/import-export/contact-record';
import { outlookColumns, outlookRow } from '../../../src/main/core/exports/outlook-row';
import { importsText } from '../../../src/main/core/imports/imports-text';

const busy: ContactRecord = {
  ...emptyRecord(),
  givenName: 'Anna',
  familyName: 'Weber',
  notes: 'Met at the fair.',
  phones: [
    { label: 'work', value: '030 1111111' },
    { label: 'mobile', value: '0151 22222222' },
    { label: 'work', value: '030 3333333' },
    { label: 'work', value: '030 4444444' },
    { label: 'mobile', value: '0170 5555555' },
    { label: 'fax', value: '030 1111119' },
  ],
  emails: ['a@work.example', 'b@work.example', 'c@home.example', 'd@home.example'].map((value, i) => ({ label: i < 2 ? 'work' : 'home', value })),
  addresses: [
    { label: 'work', street: 'Hauptstraße 5\nHinterhaus', city: 'Dresden', region: '', postcode: '01067', country: 'DE' },
    { label: 'work', street: 'Lagerweg 1', city: 'Pirna', region: '', postcode: '01796', country: 'DE' },
    { label: 'home', street: 'Elbweg 2', city: 'Meißen', region: '', postcode: '01662', country: 'DE' },
    { label: 'shipping', street: 'Hafenstraße 9', city: 'Hamburg', region: '', postcode: '20457', country: 'DE' },
  ],
  birthdayWithoutYear: '04-01',
  messengers: [['Skype', 'anna.weber']],
  customFields: [['Kundennummer', 'K-0042']],
};

describe('a contact in Outlook’s columns', () => {
  it('puts each number, address and e-mail address in the column Outlook has for it, the first free one, and what finds none into the notes under its name', () => {
    const row = outlookRow(busy, { t: importsText('en'), locale: 'en' });
    expect(Object.keys(row).every((k) => outlookColumns('en').some((c) => c.key === k))).toBe(true);
    expect(row).toMatchObject({
      'First Name': 'Anna',
      'Last Name': 'Weber',
      'Business Phone': '030 1111111',
      'Business Phone 2': '030 3333333',
      'Mobile Phone': '0151 22222222',
      // A third work number goes to the Other Phone, a second mobile then finds no column.
      'Other Phone': '030 4444444',
      // The fax to Outlook's business fax, not to the Other Phone.
      'Business Fax': '030 1111119',
      'E-mail Address': 'a@work.example',
      'E-mail 2 Address': 'b@work.example',
      'E-mail 3 Address': 'c@home.example',
      'Business Street': 'Hauptstraße 5\nHinterhaus',
      'Business City': 'Dresden',
      'Business Country/Region': 'Germany',
      // The second work address takes the Other columns; the home address its own.
      'Other Street': 'Lagerweg 1',
      'Other Postal Code': '01796',
      'Home Street': 'Elbweg 2',
    });
    expect(row['Notes']).toBe(
      [
        'Met at the fair.',
        '',
        'Phone (Mobile): 0170 5555555',
        'Email (Home): d@home.example',
        'Address (Shipping): Hafenstraße 9, 20457 Hamburg, Germany',
        'Birthday (no year): 04-01',
        'Skype: anna.weber',
        'Kundennummer: K-0042',
      ].join('\n'),
    );
  });

  it('words the notes and names the countries in the export’s language', () => {
    const row = outlookRow({ ...busy, notes: '' }, { t: importsText('zh-CN'), locale: 'zh-CN', more: [['客户等级', '重点客户'], ['来源', '']] });
    expect(row['Business Country/Region']).toBe('德国');
    expect(String(row['Notes']).split('\n')).toEqual([
      '电话（手机）：0170 5555555',
      '邮箱（住宅）：d@home.example',
      '地址（收货）：Hafenstraße 9, 20457 Hamburg, 德国',
      '生日（无年份）：04-01',
      'Skype：anna.weber',
      'Kundennummer：K-0042',
      '客户等级：重点客户',
    ]);
  });

  it('writes the tags as Outlook’s categories, split on semicolons, and a country it cannot name as it was typed', () => {
    const row = outlookRow({ ...emptyRecord(), company: 'Blue Sky', tags: ['VIP', 'Messe 2026'], addresses: [{ label: 'work', street: '', city: 'Zürich', region: '', postcode: '', country: 'Schweiz' }] }, { t: importsText('en'), locale: 'en' });
    expect(row).toMatchObject({ Company: 'Blue Sky', Categories: 'VIP;Messe 2026', 'Business Country/Region': 'Schweiz', Notes: '' });
  });

  it('names the columns as Chinese Outlook does, and keeps the nickname it has no column for in the notes', () => {
    const headers = outlookColumns('zh-CN').map((c) => c.header);
    expect(headers.slice(0, 8)).toEqual(['英文称谓', '名', '中间名', '姓', '中文称谓', '单位', '部门', '职务']);
    expect(headers).toEqual(expect.arrayContaining(['商务地址 街道', '住宅地址 邮政编码', '其他地址 国家/地区', '移动电话', '电子邮件 3 地址', '类别', '附注']));
    expect(headers).toHaveLength(outlookColumns('en').length - 1);
    const row = outlookRow({ ...emptyRecord(), givenName: '小明', familyName: '王', nickname: '小王' }, { t: importsText('zh-CN'), locale: 'zh-CN', language: 'zh-CN' });
    expect(row['Notes']).toBe('昵称：小王');
    expect(outlookRow({ ...emptyRecord(), nickname: 'Annie' }, { t: importsText('en'), locale: 'en' })).toMatchObject({ Nickname: 'Annie', Notes: '' });
  });

  it('writes a Chinese form of address (先生) as Chinese Outlook’s 中文称谓, an English one as its 英文称谓', () => {
    const zh = { t: importsText('zh-CN'), locale: 'zh-CN', language: 'zh-CN' } as const;
    expect(outlookRow({ ...emptyRecord(), givenName: '小明', familyName: '王', prefix: '先生' }, zh)).toMatchObject({ Title: '', Suffix: '先生' });
    expect(outlookRow({ ...emptyRecord(), givenName: 'Anna', familyName: 'Weber', prefix: 'Dr.' }, zh)).toMatchObject({ Title: 'Dr.', Suffix: '' });
    // For an English Outlook the prefix stays its Title.
    expect(outlookRow({ ...emptyRecord(), familyName: '王', prefix: '先生' }, { t: importsText('en'), locale: 'en' })).toMatchObject({ Title: '先生', Suffix: '' });
  });
});
