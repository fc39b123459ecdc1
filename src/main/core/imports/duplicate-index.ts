import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import type { ContactRecord } from '../../../shared/import-export/contact-record';
import type { Sqlite } from '../db/connection';
import { nameKeyOf } from '../contacts/search-document';
import { bothPeople, markedLetters, markedSum, markedWords, nameMarks, namesAgree } from '../contacts/name-marks';
import { phoneKind } from '../contacts/phone';
import { recordName } from './record-draft';

export type MatchReason = 'email' | 'phone' | 'nameCompany';

/**
 * A stored contact a row looks like, and why. A negative id is an earlier row of the same file
 * that the import creates: -(its index among the file's rows + 1) (see fileRowId).
 */
export interface Match {
  id: number;
  reasons: MatchReason[];
}

/** The id an import's row stands under in the index before it is written: see Match. */
export const fileRowId = (index: number): number => -(index + 1);

/** The index of the file's row an id from fileRowId stands for. */
export const fileRowIndex = (id: number): number => -id - 1;

/** Fewer digits than this are extensions or typos, not a number two records could share. */
const MIN_DIGITS = 6;
const tail = (d: string) => d.slice(-7);
/** Digits as typed, without the trunk zero: "030 1234567" and "+49 30 1234567" then end alike. */
const digitsOf = (raw: string) => raw.replace(/\D/g, '').replace(/^0+/, '');

/** Adds a reason to the matches found so far, making the map on the first match. */
function note(found: Map<number, Set<MatchReason>> | null, id: number, reason: MatchReason): Map<number, Set<MatchReason>> {
  const map = found ?? new Map<number, Set<MatchReason>>();
  const reasons = map.get(id);
  if (reasons) reasons.add(reason);
  else map.set(id, new Set([reason]));
  return map;
}

/**
 * The live contacts' emails, phone digits and name+company keys, loaded once, so thousands of
 * rows are checked without a query each. Phones match when one number's digits end with the
 * other's (a number typed with or without its country code). A contact sharing an email or a
 * landline is no match when its name is another's (see namesAgree): a colleague on the same
 * switchboard, a partner on the same home phone; one sharing a mobile is, whatever either is
 * called (a mobile is one person's: "Bob" and "Robert Smith", 王总 and 王建国).
 */
export class DuplicateIndex {
  /** The contact of each email, or the contacts of one several share (an office's info@). */
  private readonly emails = new Map<string, number | number[]>();
  private readonly phones = new Map<string, [string, number][]>();
  private readonly companies = new Map<string, [string, number][]>();
  /** The marked names (see nameMarks) of the contacts matched so far, by id. */
  private readonly names = new Map<number, [number, number]>();
  private readonly nameOf;

  /** `defaultCountry`: where a number written without its country code is, to tell a mobile. */
  constructor(
    sqlite: Sqlite,
    private readonly defaultCountry = '',
  ) {
    this.nameOf = sqlite.prepare<[number], { kind: 'person' | 'company'; g: string; m: string; f: string; c: string }>(
      'select kind, given_name g, middle_name m, family_name f, company_name c from contacts where id = ?',
    );
    const live = 'join contacts c on c.id = x.contact_id and c.deleted_at is null';
    for (const r of sqlite.prepare(`select x.value v, x.contact_id id from contact_emails x ${live}`).iterate() as Iterable<{ v: string; id: number }>) {
      const ids = this.emails.get(r.v);
      if (ids === undefined) this.emails.set(r.v, r.id);
      else if (typeof ids === 'number') this.emails.set(r.v, [ids, r.id]);
      else ids.push(r.id);
    }
    for (const r of sqlite.prepare(`select x.digits d, x.contact_id id from contact_phones x ${live} where length(x.digits) >= ${MIN_DIGITS}`).iterate() as Iterable<{ d: string; id: number }>) {
      this.addPhone(r.d.replace(/^0+/, ''), r.id);
    }
    const people = sqlite.prepare(`select id, name_key k, lower(company_name) co from contacts where deleted_at is null and kind = 'person' and name_key <> '' and company_name <> ''`);
    for (const r of people.iterate() as Iterable<{ id: number; k: string; co: string }>) {
      const list = this.companies.get(r.co);
      if (list) list.push([r.k, r.id]);
      else this.companies.set(r.co, [[r.k, r.id]]);
    }
  }

  private addPhone(digits: string, id: number): void {
    const key = tail(digits);
    const list = this.phones.get(key);
    if (list) list.push([digits, id]);
    else this.phones.set(key, [[digits, id]]);
  }

  /** True when no stored contact can be matched at all (an empty file, or only contacts without email, phone or company). */
  get empty(): boolean {
    return !this.emails.size && !this.phones.size && !this.companies.size;
  }

  /** The stored contact a draft most likely duplicates (most reasons first), or null. */
  match(draft: ContactDraft): Match | null {
    // Called for every row of a preview: no allocation (not even a closure) until something matches.
    let found: Map<number, Set<MatchReason>> | null = null;
    if (this.emails.size) {
      for (const e of draft.emails) {
        const ids = this.emails.get(e.value);
        if (typeof ids === 'number') found = note(found, ids, 'email');
        else if (ids) for (const id of ids) found = note(found, id, 'email');
      }
    }
    // The draft's number each contact shares by its phone.
    let shared: Map<number, string> | null = null;
    if (this.phones.size) {
      for (const p of draft.phones) {
        const d = digitsOf(p.value);
        if (d.length < MIN_DIGITS) continue;
        const candidates = this.phones.get(tail(d));
        if (!candidates) continue;
        for (const [stored, id] of candidates) {
          if (!stored.endsWith(d) && !d.endsWith(stored)) continue;
          found = note(found, id, 'phone');
          (shared ??= new Map()).set(id, p.value);
        }
      }
    }
    if (this.companies.size && draft.kind === 'person' && draft.companyName) {
      const people = this.companies.get(draft.companyName.toLowerCase());
      if (people) {
        const key = nameKeyOf(draft);
        for (const [k, id] of people) if (k === key) found = note(found, id, 'nameCompany');
      }
    }
    if (!found) return null;
    nameMarks(draft.kind, draft.companyName, draft.givenName, draft.middleName, draft.familyName);
    const [letters, words] = [markedLetters, markedWords];
    let best: Match | null = null;
    for (const [id, reasons] of found as Map<number, Set<MatchReason>>) {
      if (best && reasons.size <= best.reasons.length) continue;
      // The same name at the same firm is a match by its name, two people sharing a mobile by the number.
      const [otherLetters, otherWords] = this.marksOf(id);
      if (!reasons.has('nameCompany') && !namesAgree(letters, words, otherLetters, otherWords) && !(bothPeople(letters, otherLetters) && this.isMobile(shared?.get(id)))) continue;
      best = { id, reasons: [...reasons] };
    }
    return best;
  }

  private isMobile(phone: string | undefined): boolean {
    return phone !== undefined && phoneKind(phone, this.defaultCountry) === 'mobile';
  }

  private marksOf(id: number): [number, number] {
    let marks = this.names.get(id);
    if (!marks) {
      const c = this.nameOf.get(id)!;
      nameMarks(c.kind, c.c, c.g, c.m, c.f);
      marks = [markedLetters, markedWords];
      this.names.set(id, marks);
    }
    return marks;
  }
}

/** A phone's key among a file's rows (and a sales file's new customers): its digits without the trunk or international zeros, the last nine ("030 1234567" and "+49 30 1234567" alike). */
export const phoneKey = (value: string): string | null => {
  const d = digitsOf(value);
  return d.length < MIN_DIGITS ? null : d.slice(-9);
};

/** The two halves of the last fingerprint taken (see fingerprint): module state, so no pair is allocated per row. */
let printA = 0;
let printB = 0;
/** No row (see otherPerson): 0 is no contact's id and no row's (fileRowId is below zero). */
const NONE = 0;
/** After Fingerprints.find: see there. */
let otherPerson = NONE;
/** The fingerprints of a row's phones between its check and its noting (see FileRows). */
const pendingA: number[] = [];
const pendingB: number[] = [];

/**
 * Takes a 60-bit fingerprint of a text (from `from` to `to`), lower-cased, as two 30-bit halves
 * (FNV-1a and a multiply-xorshift hash) into printA and printB; `wide` forms made narrow first
 * (NFKC). Two different emails of one file share one with a chance of about 1 in 50 million for
 * a file of 200,000 rows. Keeping the emails themselves instead took the bench's 100,000-row
 * workbook import from 470 to 509 MB at its peak, and its 200,000-row preview from 1.2 to 1.5 s.
 */
function fingerprint(text: string, from = 0, to = text.length, wide = false): void {
  // ASCII is lower-cased on the way; a text past it as a whole (one letter's lower case may be two).
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) < 128) continue;
    text = (wide ? text.slice(from, to).normalize('NFKC') : text.slice(from, to)).toLowerCase();
    from = 0;
    to = text.length;
    break;
  }
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  printA = a & 0x3fffffff;
  printB = (b ^ (b >>> 13)) & 0x3fffffff;
}

/** The last digits of a number (see phoneFingerprint), a ring of nine. */
const lastDigits = new Uint8Array(9);

/**
 * Takes the fingerprint (see fingerprint) of a phone's key, phoneKey's, without making it:
 * walks the number once, keeping its last nine digits after the leading zeros. False, and no
 * fingerprint taken, for a number too short to know a row by. Twice as fast as phoneKey's
 * regular expressions, for three numbers a row of a large file.
 */
function phoneFingerprint(value: string): boolean {
  let count = 0;
  let at = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57 || (c === 48 && !count)) continue;
    lastDigits[at] = c;
    at = at === 8 ? 0 : at + 1;
    count++;
  }
  if (count < MIN_DIGITS) return false;
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  // From the oldest digit kept: the ring's start once full, else its first.
  for (let k = count < 9 ? 0 : at, n = Math.min(count, 9); n > 0; n--, k = k === 8 ? 0 : k + 1) {
    const c = lastDigits[k]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  printA = a & 0x3fffffff;
  printB = (b ^ (b >>> 13)) & 0x3fffffff;
  return true;
}

/**
 * Takes the fingerprint (see fingerprint) of a person at a firm: the firm's name as the row gives
 * it, its width and case folded ("Weber GmbH", "weber gmbh"; "（杭州）" and "(杭州)"), with the
 * person's name (markedSum: its words in any order) mixed in; false, and none taken, for a row
 * that names no firm.
 */
function firmFingerprint(company: string, name: number): boolean {
  let from = 0;
  let to = company.length;
  while (from < to && company.charCodeAt(from) <= 32) from++;
  while (to > from && company.charCodeAt(to - 1) <= 32) to--;
  if (from === to) return false;
  fingerprint(company, from, to, true);
  printA = (printA ^ name) & 0x3fffffff;
  printB = (printB ^ Math.imul(name, 0x85ebca6b) >>> 2) & 0x3fffffff;
  return true;
}

/** Entries' columns in a Fingerprints' table: the two halves, the row, the next entry of its bucket, the name's letters and words. */
const HALF_A = 0;
const HALF_B = 1;
const ROW = 2;
const NEXT = 3;
const LETTERS = 4;
const WORDS = 5;
const COLUMNS = 6;

/**
 * Rows by fingerprint, each entry with its row's marked name (see nameMarks), in two typed
 * arrays: buckets by the first half, as many as entries have room, each the latest entry of a
 * chain, and the entries, six 32-bit integers each. 28 bytes an entry where a Map and five
 * arrays took about 70: a file's rows are noted by their emails, phones and person at a firm,
 * four entries a row for the bench's, whose 100,000-row workbook import peaked at 495–498 MB
 * with twice the buckets, 485–492 MB so (the target is 500).
 */
class Fingerprints {
  private buckets = new Int32Array(512).fill(-1);
  private entries = new Int32Array(512 * COLUMNS);
  size = 0;

  /**
   * The latest row noted under the last fingerprint taken whose name agrees with the marked name
   * (or, `same`, is marked alike), or undefined; otherPerson is then the latest such row that is
   * a person's while the marked name is too, or NONE. A row is noted as the stored contact it
   * matched or under fileRowId (see Match).
   */
  find(letters: number, words: number, same = false): number | undefined {
    const t = this.entries;
    otherPerson = NONE;
    for (let e = this.buckets[printA & (this.buckets.length - 1)]!; e !== -1; e = t[e + NEXT]!) {
      if (t[e + HALF_A] !== printA || t[e + HALF_B] !== printB) continue;
      if (same ? t[e + LETTERS] === letters && t[e + WORDS] === words : namesAgree(letters, words, t[e + LETTERS]!, t[e + WORDS]!)) return t[e + ROW];
      if (otherPerson === NONE && bothPeople(letters, t[e + LETTERS]!)) otherPerson = t[e + ROW]!;
    }
    return undefined;
  }

  /** Notes `row` (a contact's id or fileRowId), of the marked name, under the last fingerprint taken. */
  add(row: number, letters: number, words: number): void {
    if (this.size * COLUMNS === this.entries.length) this.grow();
    const e = this.size++ * COLUMNS;
    const t = this.entries;
    const bucket = printA & (this.buckets.length - 1);
    t[e + HALF_A] = printA;
    t[e + HALF_B] = printB;
    t[e + ROW] = row;
    t[e + NEXT] = this.buckets[bucket]!;
    t[e + LETTERS] = letters;
    t[e + WORDS] = words;
    this.buckets[bucket] = e;
  }

  /** Twice the room for entries and as many buckets, each entry chained again in order (latest first). */
  private grow(): void {
    const entries = new Int32Array(this.entries.length * 2);
    entries.set(this.entries);
    const buckets = new Int32Array(this.buckets.length * 2).fill(-1);
    for (let e = 0; e < this.size * COLUMNS; e += COLUMNS) {
      const bucket = entries[e + HALF_A]! & (buckets.length - 1);
      entries[e + NEXT] = buckets[bucket]!;
      buckets[bucket] = e;
    }
    this.entries = entries;
    this.buckets = buckets;
  }
}

/**
 * A name as a key: its words in any order, any case, without commas, so "Weber, Anna" (as shop
 * systems write names) is "Anna Weber".
 * @example nameWords('Weber, Anna') // 'anna weber'
 */
export function nameWords(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[,，;；]/g, ' ').split(/\s+/).filter(Boolean).sort().join(' ');
}

/**
 * The rows of one file the import creates, so that a later row listing the same customer is
 * its duplicate as a stored contact's would be. Kept lean, for files of hundreds of thousands
 * of rows: a row is known by its emails, its phones and the firm its person is at, each by a
 * fingerprint (see fingerprint), with its marked name: rows sharing an email or a landline under
 * names that are not one person's (see namesAgree) are each a contact, two people sharing a
 * mobile one, and two rows naming a person alike (the same words, in any order, a Chinese name's
 * by their sound) at one firm one.
 */
export class FileRows {
  private readonly emails = new Fingerprints();
  private readonly phones = new Fingerprints();
  private readonly people = new Fingerprints();

  /** `defaultCountry`: where a number written without its country code is, to tell a mobile. */
  constructor(private readonly defaultCountry = '') {}

  /**
   * The earlier row that row `index` (from 0) repeats, by email, else phone, else the person at
   * a firm (of `record`): the stored contact it matched, or the row under fileRowId; or null, and
   * the row is noted for the rows after it by each of them. A row that matched stored contact
   * `knownAs` is only noted, as that contact: a later row repeating it updates that contact too.
   * A preview does this for every row of the file.
   */
  repeatedOrNoted(index: number, emails: readonly { value: string }[], phones: readonly { value: string }[], record: Parameters<typeof recordName>[0] & Pick<ContactRecord, 'middleName'>, knownAs?: number): Match | null {
    const { kind, given, family, company } = recordName(record);
    nameMarks(kind, company, given, record.middleName, family);
    const letters = markedLetters;
    const words = markedWords;
    const nameSum = markedSum;
    const checking = knownAs === undefined;
    const id = knownAs ?? fileRowId(index);
    for (const e of emails) {
      fingerprint(e.value);
      const earlier = checking ? this.emails.find(letters, words) : undefined;
      if (earlier !== undefined) return { id: earlier, reasons: ['email'] };
    }
    // The one email of most rows, its fingerprint kept to be noted: no second pass over it.
    const emailA = printA;
    const emailB = printB;
    // The fingerprints of the row's phones long enough to know it by, kept to be noted.
    let numbered = 0;
    for (const p of phones) {
      if (!phoneFingerprint(p.value)) continue;
      if (checking && this.phones.size) {
        const earlier = this.phones.find(letters, words);
        if (earlier !== undefined) return { id: earlier, reasons: ['phone'] };
        // A number a person of another name has is theirs too when it is a mobile (asked only then: libphonenumber's check is slow).
        if (otherPerson !== NONE && phoneKind(p.value, this.defaultCountry) === 'mobile') return { id: otherPerson, reasons: ['phone'] };
      }
      pendingA[numbered] = printA;
      pendingB[numbered++] = printB;
    }
    // A person at a firm: by the firm's name and the very words of theirs, in any order.
    const atFirm = kind === 'person' && words !== 0 && firmFingerprint(company, nameSum);
    if (atFirm && checking && this.people.size) {
      const earlier = this.people.find(letters, words, true);
      if (earlier !== undefined) return { id: earlier, reasons: ['nameCompany'] };
    }
    if (atFirm) this.people.add(id, letters, words);
    next: for (let i = 0; i < numbered; i++) {
      printA = pendingA[i]!;
      printB = pendingB[i]!;
      // Once, when the row gives one number twice.
      for (let j = 0; j < i; j++) if (pendingA[j] === printA && pendingB[j] === printB) continue next;
      this.phones.add(id, letters, words);
    }
    if (emails.length === 1) {
      printA = emailA;
      printB = emailB;
      this.emails.add(id, letters, words);
    } else {
      for (const e of emails) {
        fingerprint(e.value);
        this.emails.add(id, letters, words);
      }
    }
    return null;
  }
}
