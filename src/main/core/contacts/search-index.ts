import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import { searchEntry, type SearchEntry } from './search-document';
import { sourceFromRows, type SearchRow } from './search-source';

/** FTS5's own defaults for the settings a bulk write changes. */
const FTS_DEFAULTS = { automerge: 4, hashsize: 1024 * 1024 } as const;
/**
 * How much index data FTS5 holds in memory before writing it out as a segment, during a bulk
 * write. Its 1 MB default makes a segment every few hundred contacts; measured on 200,000, 16 MB
 * takes a quarter off the time the search index costs, for about 15 MB more memory.
 */
const BULK_HASH_BYTES = 16 * 1024 * 1024;

/** What a bulk write changed, to give back at its end. */
interface BulkState {
  automerge: number;
  hashsize: number;
  /** Contacts above this id were inserted by the bulk write: their keys may still be buffered. */
  floor: number;
}

/**
 * Keeps the FTS5 document, the prefix keys and the duplicate key of contacts in step with their
 * rows. Prepared statements: it runs once per contact in bulk inserts. Call inside the
 * transaction that writes the contact.
 */
export class SearchIndexer {
  private readonly delDoc;
  private readonly insDoc;
  private readonly delKeys;
  /** Multi-row key inserts by table and row count: one statement per contact instead of one per key. */
  private readonly insKeys = new Map<string, Database.Statement<unknown[], unknown>>();
  private bulk: BulkState | null = null;
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
    if (!fresh) this.remove(id);
    this.insDoc.run(id, entry.doc);
    this.insertKeys(fresh && this.bulk ? 'temp.bulk_search_keys' : 'contact_search_keys', id, entry.keys);
    if (nameKey) this.setNameKey.run(entry.nameKey, id);
  }

  private insertKeys(table: string, id: number, keys: readonly string[]): void {
    const n = keys.length;
    if (!n) return;
    const name = `${table}/${n}`;
    let insert = this.insKeys.get(name);
    if (!insert) {
      insert = this.sqlite.prepare<unknown[], unknown>(`insert or ignore into ${table} (key, contact_id) values ${Array(n).fill('(?, ?)').join(', ')}`);
      this.insKeys.set(name, insert);
    }
    const params: unknown[] = [];
    for (const key of keys) params.push(key, id);
    insert.run(...params);
  }

  private setting(name: keyof typeof FTS_DEFAULTS, value: number): void {
    // FTS5 reads its settings from literals only; a bound parameter is a "logic error".
    this.sqlite.exec(`insert into contact_fts (contact_fts, rank) values ('${name}', ${Math.trunc(value)})`);
  }

  /**
   * Sets the index up for writing thousands of new contacts: FTS5 stops merging its segments as
   * it goes (one merge at the end costs less) and keeps more in memory before writing a segment,
   * and the prefix keys of new contacts are gathered in a temporary table to go into their
   * B-tree in key order at the end, not scattered across it one contact at a time. Call inside
   * the transaction of the bulk write, and `endBulk` before it commits (a bulk write that
   * fails rolls all of this back with it).
   */
  beginBulk(): void {
    const config = this.sqlite.prepare('select k, v from contact_fts_config where k in (?, ?)').all('automerge', 'hashsize') as { k: string; v: number }[];
    const stored = (k: keyof typeof FTS_DEFAULTS) => config.find((c) => c.k === k)?.v ?? FTS_DEFAULTS[k];
    const floor = (this.sqlite.prepare('select coalesce(max(id), 0) from contacts').pluck().get() as number) ?? 0;
    this.bulk = { automerge: stored('automerge'), hashsize: stored('hashsize'), floor };
    this.setting('automerge', 0);
    this.setting('hashsize', BULK_HASH_BYTES);
    this.sqlite.exec('create temp table if not exists bulk_search_keys (key text not null, contact_id integer not null)');
    this.sqlite.exec('delete from temp.bulk_search_keys');
  }

  /**
   * Ends a bulk write: the gathered keys go in, sorted, and FTS5's settings are given back.
   * `optimize` merges the whole index into one segment first, which also makes searches
   * faster; worth it when the bulk write at least doubled the index, as the merge reads all of it.
   */
  endBulk(optimize: boolean): void {
    const bulk = this.bulk;
    if (!bulk) return;
    this.bulk = null;
    this.sqlite.exec('insert or ignore into contact_search_keys (key, contact_id) select key, contact_id from temp.bulk_search_keys order by key, contact_id');
    this.sqlite.exec('drop table temp.bulk_search_keys');
    if (optimize) this.sqlite.exec("insert into contact_fts (contact_fts) values ('optimize')");
    this.setting('hashsize', bulk.hashsize);
    this.setting('automerge', bulk.automerge);
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
    // Rare (a contact the same bulk write made and then changed), so a scan of the buffer is fine.
    if (this.bulk && id > this.bulk.floor) this.sqlite.prepare('delete from temp.bulk_search_keys where contact_id = ?').run(id);
  }
}
