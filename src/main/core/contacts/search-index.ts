import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import { searchEntry, type SearchEntry } from './search-document';
import { sourceFromRows, type SearchRow } from './search-source';

/** FTS5's own default for 'automerge'. */
const DEFAULT_AUTOMERGE = 4;

/**
 * Keeps the FTS5 document, the prefix keys and the duplicate key of contacts in step with their
 * rows. Prepared statements: it runs once per contact in bulk inserts. Call inside the
 * transaction that writes the contact.
 */
export class SearchIndexer {
  private readonly delDoc;
  private readonly insDoc;
  private readonly delKeys;
  /** Multi-row key inserts by row count: one statement per contact instead of one per key. */
  private readonly insKeys: Database.Statement<unknown[], unknown>[] = [];
  private readonly setNameKey;
  private readonly readContact;
  private readonly readPhones;
  private readonly readEmails;
  private readonly readPostcodes;
  private readonly readLinked;
  private readonly readName;

  constructor(private readonly sqlite: Sqlite) {
    this.delDoc = sqlite.prepare('delete from contact_fts where rowid = ?');
    this.insDoc = sqlite.prepare('insert into contact_fts (rowid, doc) values (?, ?)');
    this.delKeys = sqlite.prepare('delete from contact_search_keys where contact_id = ?');
    this.setNameKey = sqlite.prepare('update contacts set name_key = ? where id = ?');
    this.readContact = sqlite.prepare(
      'select kind, given_name, family_name, middle_name, company_name, display_name, phonetic_name from contacts where id = ?',
    );
    this.readPhones = sqlite.prepare('select value, digits, valid from contact_phones where contact_id = ?');
    this.readEmails = sqlite.prepare('select value from contact_emails where contact_id = ?');
    this.readPostcodes = sqlite.prepare('select postcode from contact_addresses where contact_id = ?');
    this.readLinked = sqlite
      .prepare('select c.display_name from contact_links l join contacts c on c.id = l.company_id where l.person_id = ?')
      .pluck();
    this.readName = sqlite.prepare('select display_name from contacts where id = ?').pluck();
  }

  /**
   * Writes the entry of a contact. `fresh` skips deleting an old one (new rows have none);
   * `nameKey` false leaves the row's duplicate key alone (the insert already wrote it).
   */
  write(id: number, entry: SearchEntry, fresh = false, nameKey = true): void {
    if (!fresh) {
      this.delDoc.run(id);
      this.delKeys.run(id);
    }
    this.insDoc.run(id, entry.doc);
    this.insertKeys(id, entry.keys);
    if (nameKey) this.setNameKey.run(entry.nameKey, id);
  }

  private insertKeys(id: number, keys: readonly string[]): void {
    const n = keys.length;
    if (!n) return;
    let insert = this.insKeys[n];
    if (!insert) {
      insert = this.sqlite.prepare<unknown[], unknown>(
        `insert or ignore into contact_search_keys (key, contact_id) values ${Array(n).fill('(?, ?)').join(', ')}`,
      );
      this.insKeys[n] = insert;
    }
    const params: unknown[] = [];
    for (const key of keys) params.push(key, id);
    insert.run(...params);
  }

  /**
   * Stops FTS5 merging index segments after every few thousand rows while a large import writes:
   * merging as it goes costs more than one merge at the end. Transactional, like the writes.
   * @returns the setting to give back to `resumeMerging`
   */
  pauseMerging(): number {
    const stored = this.sqlite.prepare("select v from contact_fts_config where k = 'automerge'").pluck().get() as number | undefined;
    this.sqlite.exec("insert into contact_fts (contact_fts, rank) values ('automerge', 0)");
    return stored ?? DEFAULT_AUTOMERGE;
  }

  /**
   * Turns merging back on; `optimize` merges the whole index into one segment first, which also
   * makes searches faster. Worth it when the bulk write at least doubled the index: the merge
   * reads all of it.
   */
  resumeMerging(automerge: number, optimize: boolean): void {
    if (optimize) this.sqlite.exec("insert into contact_fts (contact_fts) values ('optimize')");
    // FTS5 reads its settings from literals only; a bound parameter is a "logic error".
    this.sqlite.exec(`insert into contact_fts (contact_fts, rank) values ('automerge', ${Math.trunc(automerge)})`);
  }

  /** Rebuilds the entry of a stored contact from its rows; drops it when the contact is gone. */
  refresh(id: number): void {
    const c = this.readContact.get(id) as SearchRow | undefined;
    if (!c) {
      this.remove(id);
      return;
    }
    const source = sourceFromRows(
      c,
      this.readPhones.all(id) as { value: string; digits: string; valid: number }[],
      this.readEmails.all(id) as { value: string }[],
      this.readPostcodes.all(id) as { postcode: string }[],
      this.readLinked.all(id) as string[],
    );
    this.write(id, searchEntry(source));
  }

  /** The names of companies by id, for the entry of a person being inserted. */
  companyNames(ids: readonly number[]): string[] {
    return ids.map((id) => (this.readName.get(id) as string | undefined) ?? '').filter(Boolean);
  }

  remove(id: number): void {
    this.delDoc.run(id);
    this.delKeys.run(id);
  }
}
