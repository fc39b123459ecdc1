import type { PhoneLabel } from '../contacts/contact.schema';
import { importExportEn } from '../i18n/importExport.en';
import { importExportZhCN } from '../i18n/importExport.zh-CN';
import type { ContactRecord, RecordAddress } from './contact-record';
import type { ExportColumn, ExportRow } from './export-column';
import type { RecordField } from './fields';

export type ExportLanguage = 'en' | 'zh-CN';

/** How many numbered phone, email and address columns a one-row-per-contact export has. */
export interface ContactExportLayout {
  language: ExportLanguage;
  phones: number;
  emails: number;
  addresses: number;
  /** Simple fields to include, in order; all of them when not given. */
  fields?: readonly RecordField[];
}

const ALL_FIELDS: readonly RecordField[] = [
  'fullName', 'prefix', 'givenName', 'middleName', 'familyName', 'suffix', 'nickname', 'company', 'department', 'title',
  'birthday', 'anniversary', 'tags', 'tier', 'lifecycle', 'source', 'website', 'notes',
];
const PARTS = ['street', 'city', 'region', 'postcode', 'country'] as const;

/** Column headers of our own exports, which autoMap recognises on the way back in. */
export const EXPORT_HEADERS = {
  en: { phone: 'Phone', email: 'Email', address: 'Address', label: 'label', parts: { street: 'street', city: 'city', region: 'region', postcode: 'postcode', country: 'country' } },
  'zh-CN': { phone: '电话', email: '邮箱', address: '地址', label: '类型', parts: { street: '街道', city: '城市', region: '省份', postcode: '邮编', country: '国家' } },
} as const;

const LABEL_WORDS: Record<ExportLanguage, Record<PhoneLabel, string>> = {
  en: { work: 'Work', home: 'Home', mobile: 'Mobile', billing: 'Billing', shipping: 'Shipping', fax: 'Fax', other: 'Other' },
  'zh-CN': { work: '工作', home: '住宅', mobile: '手机', billing: '账单', shipping: '收货', fax: '传真', other: '其他' },
};

const fieldHeader = (language: ExportLanguage, field: RecordField) => (language === 'en' ? importExportEn : importExportZhCN).fields[field];
const numbered = (language: ExportLanguage, word: string, n: number, suffix = '') => (language === 'en' ? `${word} ${n}${suffix ? ` ${suffix}` : ''}` : `${word}${n}${suffix}`);

function addressColumns(language: ExportLanguage, n: number | undefined): ExportColumn[] {
  const h = EXPORT_HEADERS[language];
  const name = (suffix: string) => (n === undefined ? (language === 'en' ? `${h.address} ${suffix}` : `${h.address}${suffix}`) : numbered(language, h.address, n, suffix));
  const key = (part: string) => (n === undefined ? `address.${part}` : `address${n}.${part}`);
  return [...PARTS.map((p) => ({ key: key(p), header: name(h.parts[p]) })), { key: key('label'), header: name(h.label) }];
}

/**
 * The columns of a one-row-per-contact export: the chosen simple fields, then numbered phone,
 * email and address columns each with its label beside it.
 * @example contactExportColumns({ language: 'en', phones: 2, emails: 1, addresses: 1 }).map((c) => c.header)
 * // ['Full name', …, 'Phone 1', 'Phone 1 label', 'Phone 2', 'Phone 2 label', 'Email 1', 'Email 1 label', 'Address 1 street', …]
 */
export function contactExportColumns(layout: ContactExportLayout): ExportColumn[] {
  const { language } = layout;
  const h = EXPORT_HEADERS[language];
  const columns: ExportColumn[] = (layout.fields ?? ALL_FIELDS).map((f) => ({ key: f, header: fieldHeader(language, f), ...(f === 'birthday' || f === 'anniversary' ? { type: 'date' as const } : {}) }));
  for (let n = 1; n <= layout.phones; n++) columns.push({ key: `phone${n}`, header: numbered(language, h.phone, n) }, { key: `phone${n}.label`, header: numbered(language, h.phone, n, h.label) });
  for (let n = 1; n <= layout.emails; n++) columns.push({ key: `email${n}`, header: numbered(language, h.email, n) }, { key: `email${n}.label`, header: numbered(language, h.email, n, h.label) });
  for (let n = 1; n <= layout.addresses; n++) columns.push(...addressColumns(language, n));
  return columns;
}

function simpleValues(record: ContactRecord): ExportRow {
  const row: ExportRow = {};
  for (const f of ALL_FIELDS) row[f] = f === 'tags' ? record.tags.join(', ') : record[f];
  return row;
}

function putAddress(row: ExportRow, prefix: string, address: RecordAddress, language: ExportLanguage): void {
  for (const p of PARTS) row[`${prefix}.${p}`] = address[p];
  row[`${prefix}.label`] = LABEL_WORDS[language][address.label];
}

/** One contact as a row for contactExportColumns; channels beyond the layout's count are left out. */
export function contactExportRow(record: ContactRecord, layout: ContactExportLayout): ExportRow {
  const row = simpleValues(record);
  const words = LABEL_WORDS[layout.language];
  record.phones.slice(0, layout.phones).forEach((p, i) => Object.assign(row, { [`phone${i + 1}`]: p.value, [`phone${i + 1}.label`]: words[p.label] }));
  record.emails.slice(0, layout.emails).forEach((e, i) => Object.assign(row, { [`email${i + 1}`]: e.value, [`email${i + 1}.label`]: words[e.label] }));
  record.addresses.slice(0, layout.addresses).forEach((a, i) => putAddress(row, `address${i + 1}`, a, layout.language));
  return row;
}

/** The columns of a one-row-per-address export (for mail merge in other programs). */
export function addressExportColumns(language: ExportLanguage, fields: readonly RecordField[] = ['fullName', 'prefix', 'givenName', 'familyName', 'company', 'department', 'title']): ExportColumn[] {
  return [...fields.map((f) => ({ key: f, header: fieldHeader(language, f) })), ...addressColumns(language, undefined)];
}

/** One row per address of the contact; a contact without an address gives no row. */
export function addressExportRows(record: ContactRecord, language: ExportLanguage): ExportRow[] {
  return record.addresses.map((address) => {
    const row = simpleValues(record);
    putAddress(row, 'address', address, language);
    return row;
  });
}

/** The highest number of phones, emails and addresses among the records, to size the columns. */
export function layoutFor(records: Iterable<ContactRecord>, language: ExportLanguage): ContactExportLayout {
  const layout: ContactExportLayout = { language, phones: 0, emails: 0, addresses: 0 };
  for (const r of records) {
    layout.phones = Math.max(layout.phones, r.phones.length);
    layout.emails = Math.max(layout.emails, r.emails.length);
    layout.addresses = Math.max(layout.addresses, r.addresses.length);
  }
  return layout;
}
