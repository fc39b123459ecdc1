import { createWriteStream } from 'node:fs';
import ICAL from 'ical.js';
import type { PhoneLabel } from '../../../shared/contacts/contact.schema';
import type { ContactRecord } from '../../../shared/import-export/contact-record';
import { hasCjk } from '../../../shared/contacts/cjk';
import { isHanName } from '../../../shared/import-export/name-split';
import { SERVICE_SCHEMES } from './vcard-names';
import { finish, writeChunk } from './write-csv';

export type VcardVersion = '3.0' | '4.0';

type Prop = [string, Record<string, string | string[]>, string, ...unknown[]];

const TYPES: Record<PhoneLabel, string | undefined> = {
  mobile: 'cell',
  work: 'work',
  home: 'home',
  billing: 'postal',
  shipping: 'parcel',
  fax: 'fax',
  other: undefined,
};

const typed = (label: PhoneLabel, extra: string[] = []): Record<string, string | string[]> => {
  const types = [...extra, ...(TYPES[label] ? [TYPES[label]!] : [])];
  return types.length ? { type: types.length === 1 ? types[0]! : types } : {};
};

/** The name a card shows: the full name, else the parts in the name's own order, else the company. */
export function formattedName(r: ContactRecord): string {
  if (r.fullName.trim()) return r.fullName.trim();
  const han = isHanName(r.familyName + r.givenName);
  const parts = han ? [r.familyName, r.givenName] : [r.prefix, r.givenName, r.middleName, r.familyName, r.suffix];
  return parts.filter(Boolean).join(han ? '' : ' ') || r.company || r.emails[0]?.value || r.phones[0]?.value || '';
}

/** Relations vCard 4.0's RELATED has a TYPE for; the others are written as Apple labels them. */
const V4_RELATED = new Set(['spouse', 'child', 'parent', 'sibling', 'friend', 'colleague', 'kin']);

/** A date without its year (MM-DD): vCard 4.0's --MM-DD, or in 3.0 as an iPhone writes it, in the year 1604 it leaves out. */
const withoutYear = (name: string, monthDay: string, v4: boolean): Prop =>
  v4 ? [name, {}, 'date-and-or-time', `--${monthDay}`] : [name, { 'x-apple-omit-year': '1604' }, name === 'bday' ? 'date' : 'unknown', `1604-${monthDay}`];

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** A field of an Android phone's own row, its separators and line breaks escaped (read-vcard.ts reads them back). */
const androidField = (text: string) => text.replace(/[\\;]/g, '\\$&').replace(/\r?\n/g, '\\n');

/** A Google contact's custom field ("客户编号": K-1001) as an Android phone writes it, with its fifteen fields. */
const userDefinedField = (name: string, value: string): Prop => [
  'x-android-custom',
  {},
  'unknown',
  ['vnd.com.google.cursor.item/contact_user_defined_field', androidField(name), androidField(value), ...Array<string>(12).fill('')].join(';'),
];

/**
 * How the name is said, as iPhones and Android phones keep it: a company's whole, a person's in
 * family and given parts, the family name the first word after a name in Chinese characters
 * ("Wang Xiaoming"), the last otherwise ("Anna Weber"). The reader joins them back the same way.
 */
function phoneticProps(r: ContactRecord): Prop[] {
  const spelling = oneLine(r.phoneticName);
  if (!spelling) return [];
  if (r.kind === 'company') return [['x-phonetic-org', {}, 'unknown', spelling]];
  const words = spelling.split(' ');
  if (words.length === 1) return [['x-phonetic-last-name', {}, 'unknown', spelling]];
  // As apply-mapping.ts decides when it joins them.
  const familyFirst = hasCjk(r.familyName + r.givenName + r.fullName);
  const [family, given] = familyFirst ? [words[0]!, words.slice(1).join(' ')] : [words.at(-1)!, words.slice(0, -1).join(' ')];
  return [['x-phonetic-first-name', {}, 'unknown', given], ['x-phonetic-last-name', {}, 'unknown', family]];
}

function properties(r: ContactRecord, version: VcardVersion): Prop[] {
  const v4 = version === '4.0';
  const props: Prop[] = [
    ['fn', {}, 'text', formattedName(r)],
    ['n', {}, 'text', [r.familyName, r.givenName, r.middleName, r.prefix, r.suffix]],
    ...phoneticProps(r),
  ];
  if (r.nickname) props.push(['nickname', {}, 'text', r.nickname]);
  if (r.company || r.department) props.push(['org', {}, 'text', r.department ? [r.company, r.department] : r.company]);
  // A company's card: vCard 4.0 says so, and Apple's phones and Macs read their own mark in either version.
  if (r.kind === 'company') {
    if (v4) props.push(['kind', {}, 'text', 'org']);
    props.push(['x-abshowas', {}, 'unknown', 'COMPANY']);
  }
  if (r.title) props.push(['title', {}, 'text', r.title]);
  // A fax is no voice line.
  for (const p of r.phones) props.push(['tel', typed(p.label, v4 || p.label === 'fax' ? [] : ['voice']), 'phone-number', p.value]);
  for (const e of r.emails) props.push(['email', typed(e.label, v4 ? [] : ['internet']), 'text', e.value]);
  for (const a of r.addresses) props.push(['adr', typed(a.label), 'text', ['', '', a.street, a.city, a.region, a.postcode, a.country]]);
  if (r.birthday) props.push(v4 ? ['bday', {}, 'date-and-or-time', r.birthday] : ['bday', {}, 'date', r.birthday]);
  else if (r.birthdayWithoutYear) props.push(withoutYear('bday', r.birthdayWithoutYear, v4));
  if (r.anniversary) props.push(v4 ? ['anniversary', {}, 'date-and-or-time', r.anniversary] : ['x-anniversary', {}, 'unknown', r.anniversary]);
  else if (r.anniversaryWithoutYear) props.push(withoutYear(v4 ? 'anniversary' : 'x-anniversary', r.anniversaryWithoutYear, v4));
  if (r.website) props.push(['url', {}, 'uri', r.website]);
  if (r.profession) props.push(['role', {}, 'text', r.profession]);
  // Labelled as an iPhone labels them ("Blog", "Kennengelernt"; a date without one is Other), as the reader takes them back.
  (r.websites ?? []).forEach(([label, url], i) => {
    const group = `website${i + 1}`;
    props.push(['url', label ? { group } : {}, 'uri', oneLine(url)]);
    if (label) props.push(['x-ablabel', { group }, 'unknown', label]);
  });
  (r.dates ?? []).forEach(([label, date], i) => {
    const group = `date${i + 1}`;
    props.push(['x-abdate', { group }, 'unknown', date], ['x-ablabel', { group }, 'unknown', label || '_$!<Other>!$_']);
  });
  if (r.tags.length) props.push(['categories', {}, 'text', ...r.tags]);
  if (r.notes) props.push(['note', {}, 'text', r.notes]);
  // As an iPhone writes them, which is how the reader takes them back (read-vcard.ts).
  for (const [service, handle] of r.messengers ?? []) {
    props.push(['impp', { 'x-service-type': service }, v4 ? 'uri' : 'unknown', `${SERVICE_SCHEMES[service] ?? 'x-apple'}:${oneLine(handle)}`]);
  }
  (r.related ?? []).forEach(([relation, name], i) => {
    if (v4 && V4_RELATED.has(relation.toLowerCase())) props.push(['related', { type: relation.toLowerCase() }, 'text', oneLine(name)]);
    else {
      const group = `related${i + 1}`;
      props.push(['x-abrelatednames', { group }, 'unknown', oneLine(name)], ['x-ablabel', { group }, 'unknown', `_$!<${relation}>!$_`]);
    }
  });
  for (const [name, value] of r.customFields ?? []) props.push(userDefinedField(name, value));
  return props;
}

/**
 * One contact as vCard text (CRLF lines, folded, escaped by ical.js's own writer).
 * @example vcardText(record, '3.0') // 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王小明\r\n…END:VCARD\r\n'
 */
export function vcardText(record: ContactRecord, version: VcardVersion): string {
  const design = version === '4.0' ? ICAL.design.vcard : ICAL.design.vcard3;
  const lines = properties(record, version).map((p) => ICAL.stringify.property(p, design, false));
  return ['BEGIN:VCARD', `VERSION:${version}`, ...lines, 'END:VCARD', ''].join('\r\n');
}

/**
 * Streams contacts to a .vcf file in vCard 3.0 (what most phones and Outlook read) or 4.0.
 * Returns the number of cards written.
 */
export async function writeVcard(path: string, records: AsyncIterable<ContactRecord> | Iterable<ContactRecord>, version: VcardVersion = '3.0'): Promise<number> {
  const stream = createWriteStream(path);
  let count = 0;
  let pending = '';
  try {
    for await (const record of records) {
      pending += vcardText(record, version);
      count++;
      if (pending.length > 64 * 1024) {
        await writeChunk(stream, pending);
        pending = '';
      }
    }
    if (pending) await writeChunk(stream, pending);
    await finish(stream);
  } catch (err) {
    stream.destroy();
    throw err;
  }
  return count;
}
