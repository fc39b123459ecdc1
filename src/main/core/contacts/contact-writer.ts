import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import { contactColumns, primaryIndex, type StoredContact } from './contacts.repository';
import { normalizePhone, type NormalizedPhone } from './phone';
import { SearchIndexer } from './search-index';
import { withIndexesRebuilt } from '../db/rebuild-indexes';
import { MultiRowInsert } from '../db/multi-row-insert';
import type { FieldDef } from './custom-values';
import { CONTACT_COLUMNS as COLUMNS, customValues, homeCountry, prepareContact, type PreparedContact } from './prepared-contact';

/** A contact prepared ahead and the ids of the tags and groups it gets. */
export interface NewContact {
  prepared: PreparedContact;
  tagIds: readonly number[];
  groupIds?: readonly number[];
}

/** From this many contacts on, an insert is a bulk write (see ContactWriter.bulk). */
export const BULK_ROWS = 5000;

/**
 * The indexes a bulk write builds again at the end rather than row by row: the contacts' own
 * (the list's sorts and filters; a bulk write reads contacts by id only) and the two whose keys
 * come in no order (phone digits, emails). Those by contact stay: updates of stored contacts
 * in the same write look phones and emails up by contact.
 */
export const BULK_INDEXES = ['contacts', 'contact_phones_by_digits', 'contact_emails_by_value'] as const;

/**
 * Writes contacts with prepared statements: the hot path of bulk inserts and imports, where
 * building each query anew would cost more than running it. Keeps the search index in step.
 * Call inside a transaction.
 */
export class ContactWriter {
  private readonly updateContact;
  private readonly readContact;
  private readonly del: Record<'phones' | 'emails' | 'addresses' | 'links' | 'tags' | 'groups', Database.Statement<unknown[], unknown>>;
  private readonly insertLink;
  /** Rows of new contacts and of replaced parts, many to a statement (see insertPrepared). */
  private readonly rows;
  private readonly insertMember;
  private readonly upsertCustom;
  private readonly deleteCustom;
  private readonly peopleOf;
  private readonly countContacts;
  readonly index: SearchIndexer;

  constructor(
    private readonly sqlite: Sqlite,
    private readonly country: string,
    private readonly fields: ReadonlyMap<number, FieldDef> = new Map(),
  ) {
    this.updateContact = sqlite.prepare(
      `update contacts set ${COLUMNS.map((c) => `${c}=@${c}`).join(', ')}, updated_at=@now where id=@id`,
    );
    this.readContact = sqlite.prepare(`select ${COLUMNS.join(', ')} from contacts where id = ?`);
    this.del = {
      phones: sqlite.prepare('delete from contact_phones where contact_id = ?'),
      emails: sqlite.prepare('delete from contact_emails where contact_id = ?'),
      addresses: sqlite.prepare('delete from contact_addresses where contact_id = ?'),
      links: sqlite.prepare('delete from contact_links where person_id = ?'),
      tags: sqlite.prepare('delete from contact_tags where contact_id = ?'),
      groups: sqlite.prepare('delete from contact_group_members where contact_id = ?'),
    };
    this.insertLink = sqlite.prepare(
      'insert into contact_links (person_id, company_id, role, title, position) values (?, ?, ?, ?, ?)',
    );
    this.insertMember = sqlite.prepare('insert or ignore into contact_group_members (group_id, contact_id) values (?, ?)');
    this.upsertCustom = sqlite.prepare(
      `insert into contact_custom_values (field_id, contact_id, value_text, value_num) values (?, ?, ?, ?)
       on conflict (field_id, contact_id) do update set value_text = excluded.value_text, value_num = excluded.value_num`,
    );
    this.deleteCustom = sqlite.prepare('delete from contact_custom_values where field_id = ? and contact_id = ?');
    this.peopleOf = sqlite.prepare('select person_id from contact_links where company_id = ?').pluck();
    this.countContacts = sqlite.prepare('select count(*) from contacts').pluck();
    this.index = new SearchIndexer(sqlite);
    const rows = (head: string, width: number) => new MultiRowInsert(sqlite, head, width);
    this.rows = {
      contacts: rows(`insert into contacts (${COLUMNS.join(', ')}, created_at, updated_at)`, COLUMNS.length + 2),
      phones: rows('insert into contact_phones (contact_id, label, value, raw, digits, valid, is_primary, position)', 8),
      emails: rows('insert into contact_emails (contact_id, label, value, is_primary, position)', 5),
      addresses: rows('insert into contact_addresses (contact_id, label, street, city, region, postcode, country, is_primary, position)', 9),
      // A new contact has no stored values, and a draft holds each field once.
      custom: rows('insert into contact_custom_values (field_id, contact_id, value_text, value_num)', 4),
      tags: rows('insert or ignore into contact_tags (tag_id, contact_id)', 2),
      members: rows('insert or ignore into contact_group_members (group_id, contact_id)', 2),
    };
  }

  /** Inserts one contact with everything the draft holds; returns the new id. */
  insert(draft: ContactDraft, now: string): number {
    const companies = draft.companies?.length ? this.index.companyNames(draft.companies.map((l) => l.companyId)) : [];
    const [id] = this.insertPrepared([{ prepared: prepareContact(draft, this.country, this.fields, companies), tagIds: draft.tagIds ?? [] }], now) as [number];
    if (draft.companies) draft.companies.forEach((l, i) => this.insertLink.run(id, l.companyId, l.role, l.title, i));
    if (draft.groupIds) for (const group of draft.groupIds) this.insertMember.run(group, id);
    return id;
  }

  /**
   * Inserts contacts prepared ahead (see prepareContact) with their phones, emails, addresses,
   * custom values, tags, groups and search entries; returns the new ids, in order. Each table gets
   * many rows to a statement (MultiRowInsert): an import passes its new contacts a few dozen at
   * a time. The duplicate key goes in with the row: a second UPDATE per contact would cost a
   * fifth of a bulk insert.
   */
  insertPrepared(list: readonly NewContact[], now: string): number[] {
    for (const { prepared } of list) this.rows.contacts.add([...prepared.row, now, now]);
    // Rowids of one table written by one connection inside its transaction follow each other.
    const first = this.rows.contacts.flush() - list.length + 1;
    const ids = list.map((_, i) => first + i);
    list.forEach(({ prepared: p, tagIds, groupIds }, i) => {
      const id = ids[i]!;
      for (const phone of p.phones) this.rows.phones.add([id, ...phone]);
      for (const email of p.emails) this.rows.emails.add([id, ...email]);
      for (const address of p.addresses) this.rows.addresses.add([id, ...address]);
      for (const [field, text, num] of p.custom) if (text !== null || num !== null) this.rows.custom.add([field, id, text, num]);
      for (const tag of tagIds) this.rows.tags.add([tag, id]);
      if (groupIds) for (const group of groupIds) this.rows.members.add([group, id]);
      this.index.addNew(id, p.search);
    });
    this.flushRows();
    this.index.flushNew();
    return ids;
  }

  /**
   * Inserts many contacts, returning their ids in order. From BULK_ROWS on, the search index
   * merges once at the end instead of as it goes (see SearchIndexer.beginBulk).
   */
  insertMany(drafts: readonly ContactDraft[], now: string): number[] {
    return this.bulk(drafts.length, () => drafts.map((d) => this.insert(d, now)));
  }

  /**
   * Runs `work`, which inserts about `rows` new contacts, as a bulk write once there are
   * BULK_ROWS of them: the search index set up for it (SearchIndexer.beginBulk) and merged into
   * one segment at the end when the write at least doubled it, and, when the new contacts
   * outnumber the stored ones, BULK_INDEXES built once at the end.
   */
  bulk<T>(rows: number, work: () => T): T {
    if (rows < BULK_ROWS) return work();
    const stored = this.countContacts.get() as number;
    this.index.beginBulk();
    const result = withIndexesRebuilt(this.sqlite, BULK_INDEXES, rows > stored, work);
    this.index.endBulk();
    if ((this.countContacts.get() as number) - stored >= stored) this.index.optimize();
    return result;
  }

  /**
   * Replaces a contact's names, phones and emails with those of the draft; every optional part
   * the draft leaves out stays as stored.
   */
  replace(id: number, draft: ContactDraft, now: string): void {
    const current = this.readContact.get(id) as StoredContact | undefined;
    if (!current) return;
    // A draft without addresses keeps the stored ones, whose first country the row holds.
    const home = draft.addresses ? homeCountry(draft) : current.country || undefined;
    const phones = draft.phones.map((p) => normalizePhone(p.value, this.country, home));
    // Added to contactColumns' fresh object rather than spread into a copy (see prepareContact).
    this.updateContact.run(Object.assign(contactColumns(draft, phones, current), { name_key: current.name_key, now, id }));
    this.replaceParts(id, draft, phones);
    this.index.refresh(id);
    // People carry their companies' names in their search entries: a renamed company updates them.
    if (current.company_name !== draft.companyName) {
      for (const person of this.peopleOf.all(id) as number[]) this.index.refresh(person);
    }
  }

  /** Puts the draft's phones and emails in place of the stored ones, and every other part it holds. */
  private replaceParts(id: number, draft: ContactDraft, phones: readonly NormalizedPhone[]): void {
    this.del.phones.run(id);
    this.del.emails.run(id);
    const firstPhone = primaryIndex(draft.phones);
    draft.phones.forEach((p, i) => {
      const n = phones[i]!;
      this.rows.phones.add([id, p.label, n.value, p.value, n.digits, n.valid ? 1 : 0, i === firstPhone ? 1 : 0, i]);
    });
    const firstEmail = primaryIndex(draft.emails);
    draft.emails.forEach((e, i) => this.rows.emails.add([id, e.label, e.value, i === firstEmail ? 1 : 0, i]));
    if (draft.addresses) {
      this.del.addresses.run(id);
      const first = primaryIndex(draft.addresses);
      draft.addresses.forEach((a, i) =>
        this.rows.addresses.add([id, a.label, a.street, a.city, a.region, a.postcode, a.country, i === first ? 1 : 0, i]),
      );
    }
    if (draft.companies) {
      this.del.links.run(id);
      draft.companies.forEach((l, i) => this.insertLink.run(id, l.companyId, l.role, l.title, i));
    }
    if (draft.tagIds) {
      this.del.tags.run(id);
      for (const tag of draft.tagIds) this.rows.tags.add([tag, id]);
    }
    if (draft.groupIds) {
      this.del.groups.run(id);
      for (const group of draft.groupIds) this.insertMember.run(group, id);
    }
    for (const [field, text, num] of customValues(draft, this.fields)) {
      if (text === null && num === null) this.deleteCustom.run(field, id);
      else this.upsertCustom.run(field, id, text, num);
    }
    this.flushRows();
  }

  /** Writes the rows queued in `rows`: before anything reads them back. */
  private flushRows(): void {
    for (const table of Object.values(this.rows)) table.flush();
  }
}
