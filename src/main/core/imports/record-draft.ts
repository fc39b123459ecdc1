import type { ContactDraft, ContactKind, CustomValue } from '../../../shared/contacts/contact.schema';
import type { ContactRecord } from '../../../shared/import-export/contact-record';
import { parseDate, type DateOrder } from '../../../shared/import-export/dates';
import { postcodeIn } from '../../../shared/import-export/postcode';
import { yesNoOf } from '../../../shared/import-export/yes-no';
import { readNumber, type DecimalMark } from '../../../shared/import-export/numbers';
import { isProblem, storedValue, type FieldDef } from '../contacts/custom-values';
import { countryFor, resolveCountry } from './country-resolver';
import { isCjkName } from '../contacts/display-name';
import { firstCallable } from '../contacts/contacts.repository';
import { commFromWords, formFromGender, kindFromWord, lifecycleFromWord, tierFromWord } from './trait-words';

/** Hong Kong and Macau, named in a province column (香港, 澳门). */
const SARS = new Set(['HK', 'MO']);

/** The name prefix a gender column gives a person (letters print it in the destination's words: name-prefix.ts). */
const FORMS = { mr: 'Mr', ms: 'Ms', mx: 'Mx' } as const;
/** The same after a name in Chinese characters: 王小明先生. */
const CHINESE_FORMS = { mr: '先生', ms: '女士', mx: '' } as const;

/**
 * Record fields our contacts have no column for; the import keeps them in custom text fields.
 * A contact's dates have their year, so a birthday or anniversary given without one is kept so.
 */
export const EXTRA_FIELDS = ['nickname', 'department', 'title', 'website', 'birthdayWithoutYear', 'anniversaryWithoutYear', 'birthYearOnly'] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

/** The column target each extra field's values come from. */
export const EXTRA_SOURCE: Record<ExtraField, string> = {
  nickname: 'nickname', department: 'department', title: 'title', website: 'website', birthdayWithoutYear: 'birthday', anniversaryWithoutYear: 'anniversary',
  birthYearOnly: 'birthYear',
};

export interface DraftOptions {
  defaultCountry: string;
  /** Custom field ids for the extra fields (filled in when the import starts). */
  extras?: Partial<Record<ExtraField, number>>;
  /** The locale dates are written in, for a date without a year ("April 1", "4月1日"). */
  formats?: string;
}

const monthDayFormats = new Map<string, Intl.DateTimeFormat>();

/** A date without a year, MM-DD, as the office writes one: "April 1", "1. April", "4月1日". */
function monthDayText(monthDay: string, formats = 'en'): string {
  let format = monthDayFormats.get(formats);
  if (!format) monthDayFormats.set(formats, (format = new Intl.DateTimeFormat(formats, { month: 'long', day: 'numeric', timeZone: 'UTC' })));
  const [m, d] = monthDay.split('-').map(Number);
  return format.format(Date.UTC(2000, m! - 1, d));
}

const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/** How a file writes what typed custom fields hold: its column's date order, its decimal mark. */
export interface CellReading {
  /** The column's date order (detected or the person's answer); null when not known. */
  order: DateOrder | null;
  /** Plain numbers in a date column are Excel's day numbers (a workbook). */
  excelSerial: boolean;
  decimalMark: DecimalMark;
}

/** A cell for a custom field in the field's type, or why it does not fit. */
export function customCellValue(field: FieldDef, text: string, reading: CellReading): { ok: true; value: CustomValue } | { ok: false; reason: 'notADate' | 'ambiguousDate' | 'notANumber' | 'notYesNo' | 'notAChoice' } {
  let value: CustomValue = text;
  if (field.type === 'yesno') {
    value = yesNoOf(text);
    if (value === null) return { ok: false, reason: 'notYesNo' };
  } else if (field.type === 'date') {
    const parsed = parseDate(text, reading.order, { excelSerial: reading.excelSerial });
    if (!parsed.ok) return { ok: false, reason: parsed.reason === 'ambiguousDate' ? 'ambiguousDate' : 'notADate' };
    value = parsed.iso;
  } else if (field.type === 'number') {
    value = readNumber(text, reading.decimalMark);
    if (value === null) return { ok: false, reason: 'notANumber' };
  } else if (field.type === 'choice') {
    // "gold" or "GOLD" in a file is the field's "Gold".
    value = field.choices.find((c) => c.toLowerCase() === text.toLowerCase()) ?? text;
  }
  if (isProblem(storedValue(field, value))) return { ok: false, reason: field.type === 'choice' ? 'notAChoice' : field.type === 'date' ? 'notADate' : 'notANumber' };
  return { ok: true, value };
}

/** Whether a record names someone: a draft needs a given, family or company name. */
export const hasName = (r: ContactRecord) => !!(r.givenName || r.familyName || r.fullName || r.company);

/**
 * The extra fields' values, then the row's custom values over them; undefined when there are
 * none. Built in one object: a spread copy and a key count per row cost twice as much.
 */
function withExtras(r: ContactRecord, custom: Record<string, CustomValue>, options: DraftOptions): Record<string, CustomValue> | undefined {
  let all: Record<string, CustomValue> | undefined;
  for (const f of EXTRA_FIELDS) {
    const id = options.extras?.[f];
    if (id && r[f]) (all ??= {})[String(id)] = f.endsWith('WithoutYear') ? monthDayText(r[f], options.formats) : cut(r[f], 5000);
  }
  for (const key of Object.keys(custom)) (all ??= {})[key] = custom[key]!;
  return all;
}

/**
 * Who a mapped record names: a company when only a company is named, or when a row's "Company"
 * says so and no one else is named; else a person by their given and family names.
 */
export function recordName(r: Pick<ContactRecord, 'kind' | 'fullName' | 'givenName' | 'familyName' | 'company'>): { kind: ContactKind; given: string; family: string; company: string } {
  let given = r.givenName;
  let family = r.familyName;
  let company = r.company;
  // A name column that only repeats the company (our own export of a company) names no person.
  if (!given && !family && r.fullName && r.fullName !== r.company) given = r.fullName;
  // A row that says it is a company (our own export's "Type") is one when it names no one else:
  // its company, or its name column when that is all it has ("Blue Sky", which reads as no firm).
  // A person's name beside the company's is a person at that firm: nothing of theirs is dropped.
  const said = r.kind ? kindFromWord(r.kind) : null;
  // Given and family names split from the name column are that name's, not another's.
  const someoneElse = r.fullName ? !!company && r.fullName !== company : !!(r.givenName || r.familyName);
  if (said === 'company' && !someoneElse && (company || r.fullName)) {
    company ||= r.fullName;
    given = family = '';
  }
  return { kind: !given && !family && company ? 'company' : 'person', given, family, company };
}

/**
 * Turns a mapped record into the draft the contact writer stores: a company when only a company
 * is named, first phone (that is no fax), email and address primary, country names resolved to ISO codes, tier and
 * stage words read in either language, a row's "Company" or "Person" heeded, preferences read
 * from their words. Tags and groups stay names (the writer finds or makes them).
 */
export function recordToDraft(r: ContactRecord, custom: Record<string, CustomValue>, options: DraftOptions): ContactDraft {
  const { kind, given, family, company } = recordName(r);
  const primaryPhone = firstCallable(r.phones);
  const allCustom = withExtras(r, custom, options);
  const draft: ContactDraft = {
    kind,
    givenName: cut(given.trim(), 200),
    familyName: cut(family.trim(), 200),
    companyName: cut(company.trim(), 200),
    // The first number to call is the primary one: a fax before it (Outlook's columns put the business fax first) is not.
    phones: r.phones.slice(0, 50).map((p, i) => ({ label: p.label, value: cut(p.value.trim(), 64), primary: i === primaryPhone })),
    emails: r.emails.slice(0, 50).map((e, i) => ({ label: e.label, value: e.value.trim().toLowerCase(), primary: i === 0 })),
  };
  if (r.middleName) draft.middleName = cut(r.middleName, 200);
  if (r.prefix) draft.namePrefix = cut(r.prefix, 50);
  else if (kind === 'person' && r.gender) {
    const form = formFromGender(r.gender);
    const word = form && form !== 'none' ? (isCjkName(given, family) ? CHINESE_FORMS : FORMS)[form] : '';
    if (word) draft.namePrefix = word;
  }
  if (r.suffix) draft.nameSuffix = cut(r.suffix, 50);
  if (r.salutation) draft.salutation = cut(r.salutation, 200);
  if (r.phoneticName) draft.phoneticName = cut(r.phoneticName, 200);
  if (r.birthday) draft.birthday = r.birthday;
  if (r.anniversary) draft.anniversary = r.anniversary;
  const tier = r.tier ? tierFromWord(r.tier) : null;
  if (tier) draft.tier = tier;
  const lifecycle = r.lifecycle ? lifecycleFromWord(r.lifecycle) : null;
  if (lifecycle) draft.lifecycle = lifecycle;
  if (r.source) draft.source = cut(r.source, 200);
  const comm = r.contactPreferences ? commFromWords(r.contactPreferences) : null;
  if (comm) draft.comm = comm;
  if (r.notes) draft.notes = cut(r.notes, 20_000);
  if (r.addresses.length) {
    draft.addresses = r.addresses.slice(0, 50).map((a, i) => {
      // 香港 or 澳门 in the province column is the address's country, as its post has it, not a province.
      const named = a.country.trim() ? '' : resolveCountry(a.region, '');
      const sar = SARS.has(named);
      const country = sar ? named : countryFor(a.country, options.defaultCountry, `${a.street} ${a.city} ${a.region}`);
      const region = sar ? '' : a.region;
      return { label: a.label, street: cut(a.street, 500), city: cut(a.city, 200), region: cut(region, 200), postcode: cut(postcodeIn(a.postcode, country, !!a.country.trim()), 20), country, primary: i === 0 };
    });
  }
  if (allCustom) draft.custom = allCustom;
  return draft;
}
