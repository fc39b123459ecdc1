import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import type { Sqlite } from '../db/connection';
import { nameKeyOf } from '../contacts/search-document';

export type MatchReason = 'email' | 'phone' | 'nameCompany';

/** A stored contact a row looks like, and why. */
export interface Match {
  id: number;
  reasons: MatchReason[];
}

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
 * other's (a number typed with or without its country code).
 */
export class DuplicateIndex {
  private readonly emails = new Map<string, number>();
  private readonly phones = new Map<string, [string, number][]>();
  private readonly companies = new Map<string, [string, number][]>();

  constructor(sqlite: Sqlite) {
    const live = 'join contacts c on c.id = x.contact_id and c.deleted_at is null';
    for (const r of sqlite.prepare(`select x.value v, x.contact_id id from contact_emails x ${live}`).iterate() as Iterable<{ v: string; id: number }>) {
      if (!this.emails.has(r.v)) this.emails.set(r.v, r.id);
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
        const id = this.emails.get(e.value);
        if (id !== undefined) found = note(found, id, 'email');
      }
    }
    if (this.phones.size) {
      for (const p of draft.phones) {
        const d = digitsOf(p.value);
        if (d.length < MIN_DIGITS) continue;
        const candidates = this.phones.get(tail(d));
        if (candidates) for (const [stored, id] of candidates) if (stored.endsWith(d) || d.endsWith(stored)) found = note(found, id, 'phone');
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
    let best: Match | null = null;
    for (const [id, reasons] of found as Map<number, Set<MatchReason>>) if (!best || reasons.size > best.reasons.length) best = { id, reasons: [...reasons] };
    return best;
  }
}
