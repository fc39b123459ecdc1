import type { TFunction } from 'i18next';
import { countryName } from '../../../shared/address/country-name';
import { hasCjk } from '../../../shared/contacts/cjk';
import type { ChannelLabel, PhoneLabel } from '../../../shared/contacts/contact.schema';
import type { ContactRecord, RecordAddress } from '../../../shared/import-export/contact-record';
import type { ExportColumn, ExportRow } from '../../../shared/import-export/export-column';

/**
 * The columns of Outlook's own CSV of contacts, in its order, by their English names (Outlook
 * and Outlook.com import by the names of their language): a name, a company, three addresses,
 * six phones, two faxes, three e-mail addresses, a web page, two dates, categories and notes.
 */
const HEADERS = [
  'Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Nickname', 'Company', 'Department', 'Job Title',
  'Business Street', 'Business City', 'Business State', 'Business Postal Code', 'Business Country/Region',
  'Home Street', 'Home City', 'Home State', 'Home Postal Code', 'Home Country/Region',
  'Other Street', 'Other City', 'Other State', 'Other Postal Code', 'Other Country/Region',
  'Business Phone', 'Business Phone 2', 'Home Phone', 'Home Phone 2', 'Mobile Phone', 'Other Phone', 'Business Fax', 'Home Fax',
  'E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address', 'Web Page', 'Birthday', 'Anniversary', 'Categories', 'Notes',
] as const;
type Header = (typeof HEADERS)[number];

/**
 * The names Chinese (simplified) Outlook writes and imports by, for its columns (as its own
 * export heads them: tests/fixtures/import/outlook-zh-contacts.csv). It has no nickname column.
 */
const CHINESE: Partial<Record<Header, string>> = {
  Title: '英文称谓', 'First Name': '名', 'Middle Name': '中间名', 'Last Name': '姓', Suffix: '中文称谓', Company: '单位', Department: '部门', 'Job Title': '职务',
  ...addressNames('Business', '商务地址'), ...addressNames('Home', '住宅地址'), ...addressNames('Other', '其他地址'),
  'Business Phone': '商务电话', 'Business Phone 2': '商务电话 2', 'Home Phone': '住宅电话', 'Home Phone 2': '住宅电话 2', 'Mobile Phone': '移动电话', 'Other Phone': '其他电话', 'Business Fax': '商务传真', 'Home Fax': '住宅传真',
  'E-mail Address': '电子邮件地址', 'E-mail 2 Address': '电子邮件 2 地址', 'E-mail 3 Address': '电子邮件 3 地址', 'Web Page': '网页', Birthday: '生日', Anniversary: '纪念日', Categories: '类别', Notes: '附注',
};

function addressNames(kind: 'Business' | 'Home' | 'Other', zh: string): Partial<Record<Header, string>> {
  return { [`${kind} Street`]: `${zh} 街道`, [`${kind} City`]: `${zh} 市/县`, [`${kind} State`]: `${zh} 省/市/自治区`, [`${kind} Postal Code`]: `${zh} 邮政编码`, [`${kind} Country/Region`]: `${zh} 国家/地区` };
}

/** The languages Outlook's columns are named in: as the Outlook the file is for names them. */
export type OutlookLanguage = 'en' | 'zh-CN';

/** Outlook's columns under the names its English or Chinese version gives them. */
export const outlookColumns = (language: OutlookLanguage): ExportColumn[] =>
  HEADERS.flatMap((key) => {
    const header = language === 'en' ? key : CHINESE[key];
    return header ? [{ key, header }] : [];
  });

/** Outlook's phone columns for each label, the first free one taken; the Other Phone takes any number once these are full. */
const PHONE_SLOTS: Record<PhoneLabel, readonly Header[]> = {
  work: ['Business Phone', 'Business Phone 2'],
  home: ['Home Phone', 'Home Phone 2'],
  mobile: ['Mobile Phone'],
  billing: [],
  shipping: [],
  fax: ['Business Fax', 'Home Fax'],
  other: [],
};
const EMAIL_SLOTS: readonly Header[] = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'];
const ADDRESS_SLOT: Record<ChannelLabel, 'Business' | 'Home' | 'Other'> = { work: 'Business', billing: 'Business', shipping: 'Other', home: 'Home', mobile: 'Other', other: 'Other' };

/** An address on one line, for the notes: "Elbweg 2, 01662 Meißen, Germany". */
const oneLine = (a: RecordAddress, locale: string) => [a.street.replace(/\s*\n\s*/g, ', '), [a.postcode, a.city].filter(Boolean).join(' '), a.region, country(a.country, locale)].filter(Boolean).join(', ');

/** What a row of Outlook's CSV is worded with: the export's language, and what the office keeps that Outlook has no place for. */
export interface OutlookWords {
  t: TFunction;
  locale: string;
  /** Whose column names the row is for (English when not given): what one lacks goes into the notes. */
  language?: OutlookLanguage;
  /** Further lines of the notes as [name, value] ("Customer tier", "Key account"); empty values are left out. */
  more?: readonly (readonly [string, string])[];
}

/**
 * The name's prefix and suffix in Outlook's Title and Suffix. Chinese Outlook calls them 英文称谓
 * and 中文称谓: a prefix in Chinese (先生, 女士) goes to the second, when no suffix is there.
 */
function titles(c: ContactRecord, language: OutlookLanguage): Partial<Record<Header, string>> {
  if (language === 'zh-CN' && !c.suffix && hasCjk(c.prefix)) return { Title: '', Suffix: c.prefix };
  return { Title: c.prefix, Suffix: c.suffix };
}

/** A country as the person reads it in Outlook: the name of a stored code ("CN" is "China"), other text as it is. */
const country = (text: string, locale: string) => (/^[A-Za-z]{2}$/.test(text) ? countryName(text, locale) : text);

/**
 * One contact as a row of Outlook's CSV. Each phone, e-mail address and address goes to the
 * column Outlook has for its kind (a mobile to Mobile Phone, a home address to the Home
 * columns); what Outlook has no column for (a fourth e-mail address, a third work number, a
 * messenger, a custom field) is written into the notes under its name, so nothing is left behind.
 * @example outlookRow({ ...emptyRecord(), givenName: 'Anna', phones: [{ label: 'mobile', value: '0151 2345678' }] }, { t, locale: 'en' })['Mobile Phone'] // '0151 2345678'
 */
export function outlookRow(c: ContactRecord, words: OutlookWords): ExportRow {
  const { t, locale } = words;
  const language = words.language ?? 'en';
  const row: Partial<Record<Header, string>> = {
    ...titles(c, language),
    'First Name': c.givenName, 'Middle Name': c.middleName, 'Last Name': c.familyName, Nickname: c.nickname,
    Company: c.company, Department: c.department, 'Job Title': c.title, 'Web Page': c.website, Birthday: c.birthday, Anniversary: c.anniversary,
    // Outlook splits its categories on semicolons.
    Categories: c.tags.join(';'),
  };
  const more: string[] = [];
  const label = (l: PhoneLabel) => t(`labels.${l}`);
  const line = (name: string, value: string) => t('imports.outlook.line', { name, value });
  const free = (slots: readonly Header[]) => slots.find((s) => !row[s]);
  for (const p of c.phones) {
    const slot = free(PHONE_SLOTS[p.label]) ?? free(['Other Phone']);
    if (slot) row[slot] = p.value;
    else more.push(line(t('importExport.fields.phone', { label: label(p.label) }), p.value));
  }
  for (const e of c.emails) {
    const slot = free(EMAIL_SLOTS);
    if (slot) row[slot] = e.value;
    else more.push(line(t('importExport.fields.email', { label: label(e.label) }), e.value));
  }
  for (const a of c.addresses) {
    const kind = [ADDRESS_SLOT[a.label], 'Other' as const].find((k) => !row[`${k} Street`] && !row[`${k} City`] && !row[`${k} Postal Code`]);
    if (!kind) {
      more.push(t('importExport.fields.address', { label: label(a.label), part: oneLine(a, locale) }));
      continue;
    }
    Object.assign(row, { [`${kind} Street`]: a.street, [`${kind} City`]: a.city, [`${kind} State`]: a.region, [`${kind} Postal Code`]: a.postcode, [`${kind} Country/Region`]: country(a.country, locale) });
  }
  const named: (readonly [string, string])[] = [
    // Chinese Outlook has no nickname column.
    [t('importExport.fields.nickname'), language === 'en' ? '' : c.nickname],
    [t('importExport.fields.birthdayWithoutYear'), c.birthdayWithoutYear],
    [t('importExport.fields.anniversaryWithoutYear'), c.anniversaryWithoutYear],
    [t('imports.outlook.profession'), c.profession ?? ''],
    ...(c.messengers ?? []),
    ...(c.related ?? []),
    ...(c.websites ?? []).map(([l, url]): [string, string] => [l || t('importExport.fields.website'), url]),
    ...(c.dates ?? []).map(([l, date]): [string, string] => [l || t('imports.outlook.date'), date]),
    ...(c.customFields ?? []),
    ...(words.more ?? []),
  ];
  for (const [name, value] of named) if (value) more.push(line(name, value));
  row.Notes = [c.notes, more.join('\n')].filter(Boolean).join('\n\n');
  return row;
}
