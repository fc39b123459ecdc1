import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import type { ContactRecord } from '../../../shared/import-export/contact-record';
import type { Sqlite } from '../db/connection';
import { nameKeyOf } from '../contacts/search-document';
import { bothPeople, markedLetters, markedWords, nameMarks, namesAgree } from '../contacts/name-marks';
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

/**
 * Takes a 60-bit fingerprint of a text, lower-cased, as two 30-bit halves (FNV-1a and a
 * multiply-xorshift hash) into printA and printB. Two different emails of one file share one
 * with a chance of about 1 in 50 million for a file of 200,000 rows. Keeping the emails
 * themselves instead took the bench's 100,000-row workbook import from 470 to 509 MB at its
 * peak, and its 200,000-row preview from 1.2 to 1.5 s.
 */
function fingerprint(text: string): void {
  const t = /[^a-z0-9@._+-]/.test(text) ? text.toLowerCase() : text;
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  printA = a & 0x3fffffff;
  printB = (b ^ (b >>> 13)) & 0x3fffffff;
}

/**
 * Rows by fingerprint: a map of the first halves to chains of entries, the rest in arrays of
 * small integers, each entry with its row's marked name (see nameMarks).
 */
class Fingerprints {
  private readonly first = new Map<number, number>();
  private readonly second: number[] = [];
  private readonly rows: number[] = [];
  private readonly next: number[] = [];
  private readonly letters: number[] = [];
  private readonly words: number[] = [];

  get size(): number {
    return this.rows.length;
  }

  /**
   * The latest row noted under the last fingerprint taken whose name agrees with the marked name
   * (or, with `anyPerson`, that is a person's when the marked name is too), or undefined.
   */
  find(letters: number, words: number, anyPerson = false): number | undefined {
    for (let e = this.first.get(printA) ?? -1; e !== -1; e = this.next[e]!) {
      if (this.second[e] !== printB) continue;
      if (namesAgree(letters, words, this.letters[e]!, this.words[e]!) || (anyPerson && bothPeople(letters, this.letters[e]!))) return this.rows[e];
    }
    return undefined;
  }

  /** Notes `row`, of the marked name, under the last fingerprint taken. */
  add(row: number, letters: number, words: number): void {
    this.next.push(this.first.get(printA) ?? -1);
    this.first.set(printA, this.rows.length);
    this.second.push(printB);
    this.rows.push(row);
    this.letters.push(letters);
    this.words.push(words);
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
 * A row's person at a firm, as the file names them, for a row without email or phone: the
 * words of the name in any order (nameWords) and the firm, lower-cased;
 * '' without a name or a firm. Exact, unlike a stored contact's key, which folds Chinese
 * names to pinyin: two rows of one file are the same person only as written alike.
 */
export function personAtFirm(record: Pick<ContactRecord, 'fullName' | 'givenName' | 'familyName' | 'company'>): string {
  const company = record.company.trim();
  const name = (record.fullName || `${record.givenName} ${record.familyName}`).trim();
  if (!company || !name) return '';
  return `${nameWords(name)}\u0001${company.normalize('NFKC').toLowerCase()}`;
}

/**
 * The rows of one file the import creates, so that a later row listing the same customer is
 * its duplicate as a stored contact's would be. Kept lean, for files of hundreds of thousands
 * of rows: a row is known by its emails, only a row without one by its phones, and only a row
 * with neither by its person at a firm (personAtFirm), each by a fingerprint (see fingerprint),
 * with its marked name: rows sharing an email or a landline under names that are not one
 * person's (see namesAgree) are each a contact, two people sharing a mobile one.
 */
export class FileRows {
  private readonly emails = new Fingerprints();
  private readonly phones = new Fingerprints();
  private readonly people = new Fingerprints();

  /** `defaultCountry`: where a number written without its country code is, to tell a mobile. */
  constructor(private readonly defaultCountry = '') {}

  /**
   * The earlier row that row `index` (from 0) repeats, by email, else phone, else the person at
   * a firm (of `record`, see personAtFirm), under fileRowId; or null, and the row is noted for
   * the rows after it: by its emails, or without one by its phones, or without either by its
   * person. A preview does this for every row of the file.
   */
  repeatedOrNoted(index: number, emails: readonly { value: string }[], phones: readonly { value: string }[], record: Parameters<typeof recordName>[0] & Pick<ContactRecord, 'middleName'>): Match | null {
    const { kind, given, family, company } = recordName(record);
    nameMarks(kind, company, given, record.middleName, family);
    const letters = markedLetters;
    const words = markedWords;
    for (const e of emails) {
      fingerprint(e.value);
      const earlier = this.emails.find(letters, words);
      if (earlier !== undefined) return { id: fileRowId(earlier), reasons: ['email'] };
    }
    const byPhone = !emails.length;
    // Whether the row has a phone long enough to know it by.
    let numbered = false;
    if (this.phones.size || byPhone) {
      for (const p of phones) {
        const key = phoneKey(p.value);
        if (key === null) continue;
        numbered = true;
        fingerprint(key);
        const earlier = this.phones.find(letters, words);
        if (earlier !== undefined) return { id: fileRowId(earlier), reasons: ['phone'] };
        // A number a person of another name has is theirs too when it is a mobile (asked only then: libphonenumber's check is slow).
        const person = this.phones.find(letters, words, true);
        if (person !== undefined && phoneKind(p.value, this.defaultCountry) === 'mobile') return { id: fileRowId(person), reasons: ['phone'] };
      }
    }
    // Worked out only for the few rows without email and phone: a key for every row took the
    // open and preview of the bench's 200,000 rows from about 1.2 to 1.5 s (medians of eight).
    const person = byPhone && !numbered ? personAtFirm(record) : '';
    if (person) {
      fingerprint(person);
      const earlier = this.people.find(0, 0);
      if (earlier !== undefined) return { id: fileRowId(earlier), reasons: ['nameCompany'] };
      this.people.add(index, 0, 0);
    }
    // The one email of most rows still has its fingerprint taken: no second pass over it.
    if (emails.length === 1 && !this.phones.size) this.emails.add(index, letters, words);
    else {
      for (const e of emails) {
        fingerprint(e.value);
        this.emails.add(index, letters, words);
      }
    }
    if (byPhone) {
      for (const p of phones) {
        const key = phoneKey(p.value);
        if (key === null) continue;
        fingerprint(key);
        if (this.phones.find(letters, words) === undefined) this.phones.add(index, letters, words);
      }
    }
    return null;
  }
}
