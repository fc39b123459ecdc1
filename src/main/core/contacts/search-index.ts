import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import { MultiRowInsert } from '../db/multi-row-insert';
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
type BulkState = Record<keyof typeof FTS_DEFAULTS, number>;

/**
 * Keeps the FTS5 document and the duplicate key of contacts in step with their rows. Prepared
 * statements: it runs once per contact in bulk inserts. Call inside the transaction that writes
 * the contact.
 */
export class SearchIndexer {
  private readonly delDoc;
  private readonly insDoc;
  private readonly newDocs;
  /** New contacts' documents during a bulk write, gathered to go into the index in one statement at its end. */
  private readonly bulkDocs;
  /** Prepared on first use: the temporary table exists only during a bulk write. */
  private delBulkDoc: Database.Statement<unknown[], unknown> | null = null;
  private bulk: BulkState | null = null;
  /** Documents gathered in the bulk write's temporary table and not yet in the index. */
  private gathered = 0;
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
    this.newDocs = new MultiRowInsert(sqlite, 'insert into contact_fts (rowid, doc)', 2);
    this.bulkDocs = new MultiRowInsert(sqlite, 'insert into temp.bulk_docs (id, doc)', 2);
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

  /** Writes the entry of a stored contact in place of its old one, duplicate key included. */
  write(id: number, entry: SearchEntry): void {
    this.remove(id);
    this.insDoc.run(id, entry.doc);
    this.setNameKey.run(entry.nameKey, id);
  }

  /**
   * Queues the entries of new contacts (their rows carry the duplicate key already); they are
   * written, many to a statement, by `flushNew`, or during a bulk write gathered for its end.
   */
  addNew(id: number, entry: SearchEntry): void {
    if (!this.bulk) {
      this.newDocs.add([id, entry.doc]);
      return;
    }
    this.bulkDocs.add([id, entry.doc]);
    this.gathered++;
  }

  /** Writes the entries `addNew` queued. */
  flushNew(): void {
    this.newDocs.flush();
    this.bulkDocs.flush();
  }

  private setting(name: keyof typeof FTS_DEFAULTS, value: number): void {
    // FTS5 reads its settings from literals only; a bound parameter is a "logic error".
    this.sqlite.exec(`insert into contact_fts (contact_fts, rank) values ('${name}', ${Math.trunc(value)})`);
  }

  /**
   * Sets the index up for writing thousands of new contacts: FTS5 stops merging its segments as
   * it goes (one merge at the end costs less) and keeps more in memory before writing a
   * segment, and the new contacts' documents are gathered in a temporary table to go into the
   * index in one statement at the end. FTS5 writes out what it holds in memory at the start of
   * every statement that writes several rows (its savepoint), so documents written between the
   * multi-row inserts of a bulk write made a segment of fifty documents each time, and merges of
   * those as they piled up: on 200,000 contacts, 25 segments instead of 4 and a third more time.
   * Call inside the transaction of the bulk write, and `endBulk` before it commits (a bulk write
   * that fails rolls all of this back with it).
   */
  beginBulk(): void {
    const config = this.sqlite.prepare('select k, v from contact_fts_config where k in (?, ?)').all('automerge', 'hashsize') as { k: string; v: number }[];
    const stored = (k: keyof typeof FTS_DEFAULTS) => config.find((c) => c.k === k)?.v ?? FTS_DEFAULTS[k];
    this.bulk = { automerge: stored('automerge'), hashsize: stored('hashsize') };
    this.setting('automerge', 0);
    this.setting('hashsize', BULK_HASH_BYTES);
    this.sqlite.exec('create temp table if not exists bulk_docs (id integer primary key, doc text not null)');
    this.sqlite.exec('delete from temp.bulk_docs');
  }

  /**
   * During a bulk write, puts the documents gathered so far into the index once there are at
   * least `min` of them, in one statement (one segment, which `optimize` merges with the
   * others): work for a writer waiting on its rows, which otherwise does all of it at the end.
   * Says whether it did any.
   */
  indexGathered(min: number): boolean {
    if (!this.bulk || this.gathered < min) return false;
    this.bulkDocs.flush();
    this.sqlite.exec('insert into contact_fts (rowid, doc) select id, doc from temp.bulk_docs');
    this.sqlite.exec('delete from temp.bulk_docs');
    this.gathered = 0;
    return true;
  }

  /** Ends a bulk write: the gathered documents go into the index, and FTS5's settings are given back. */
  endBulk(): void {
    const bulk = this.bulk;
    if (!bulk) return;
    this.bulkDocs.flush();
    this.sqlite.exec('insert into contact_fts (rowid, doc) select id, doc from temp.bulk_docs');
    this.sqlite.exec('drop table temp.bulk_docs');
    this.bulk = null;
    this.gathered = 0;
    this.setting('hashsize', bulk.hashsize);
    this.setting('automerge', bulk.automerge);
  }

  /**
   * Merges the whole index into one segment: searches read one segment instead of the several
   * a bulk write leaves. It reads all of the index, so it is worth it when a bulk write at least
   * doubled it.
   */
  optimize(): void {
    this.sqlite.exec("insert into contact_fts (contact_fts) values ('optimize')");
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
    // A contact the same bulk write made and then changed (rare): its gathered document goes too.
    if (this.bulk) {
      this.bulkDocs.flush();
      this.delBulkDoc ??= this.sqlite.prepare('delete from temp.bulk_docs where id = ?');
      this.delBulkDoc.run(id);
    }
  }
}
