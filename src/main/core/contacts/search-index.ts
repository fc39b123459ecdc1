import type { Sqlite } from '../db/connection';
import { searchEntry, type SearchEntry } from './search-document';
import { sourceFromRows, type SearchRow } from './search-source';

/**
 * Keeps the FTS5 document, the prefix keys and the duplicate key of contacts in step with their
 * rows. Prepared statements: it runs once per contact in bulk inserts. Call inside the
 * transaction that writes the contact.
 */
export class SearchIndexer {
  private readonly delDoc;
  private readonly insDoc;
  private readonly delKeys;
  private readonly insKey;
  private readonly setNameKey;
  private readonly readContact;
  private readonly readPhones;
  private readonly readEmails;
  private readonly readPostcodes;
  private readonly readLinked;
  private readonly readName;

  constructor(sqlite: Sqlite) {
    this.delDoc = sqlite.prepare('delete from contact_fts where rowid = ?');
    this.insDoc = sqlite.prepare('insert into contact_fts (rowid, doc) values (?, ?)');
    this.delKeys = sqlite.prepare('delete from contact_search_keys where contact_id = ?');
    this.insKey = sqlite.prepare('insert or ignore into contact_search_keys (key, contact_id) values (?, ?)');
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
    for (const key of entry.keys) this.insKey.run(key, id);
    if (nameKey) this.setNameKey.run(entry.nameKey, id);
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
