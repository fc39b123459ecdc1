import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import { contactColumns, primaryIndex, type ContactRowValues, type StoredContact } from './contacts.repository';
import { normalizePhone, type NormalizedPhone } from './phone';
import { SearchIndexer } from './search-index';
import { withIndexesRebuilt } from '../db/rebuild-indexes';
import { searchEntry } from './search-document';
import { isProblem, storedValue, type FieldDef } from './custom-values';

const COLUMNS: (keyof ContactRowValues)[] = [
  'name_key',
  'kind', 'given_name', 'family_name', 'company_name', 'display_name', 'sort_name', 'middle_name', 'name_prefix',
  'name_suffix', 'salutation', 'phonetic_name', 'name_order', 'birthday', 'anniversary', 'tier', 'lifecycle', 'source',
  'owner_id', 'may_phone', 'may_email', 'may_letter', 'may_marketing', 'do_not_contact', 'relationship_style',
  'relationship_note', 'notes', 'city', 'country', 'postcode', 'primary_email', 'primary_phone',
];

/** From this many contacts on, a bulk insert merges the search index once at the end. */
export const BULK_ROWS = 5000;

/** A custom value the draft holds that does not fit its field. */
export class CustomValueError extends Error {
  constructor(
    readonly field: FieldDef,
    readonly key: string,
    readonly params: Record<string, unknown>,
  ) {
    super(`custom field ${field.id}: ${key}`);
  }
}

/**
 * Writes contacts with prepared statements: the hot path of bulk inserts and imports, where
 * building each query anew would cost more than running it. Keeps the search index in step.
 * Call inside a transaction.
 */
export class ContactWriter {
  private readonly insertContact;
  private readonly updateContact;
  private readonly readContact;
  private readonly del: Record<'phones' | 'emails' | 'addresses' | 'links' | 'tags' | 'groups', Database.Statement<unknown[], unknown>>;
  private readonly insertPhone;
  private readonly insertEmail;
  private readonly insertAddress;
  private readonly insertLink;
  private readonly insertTag;
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
    this.insertContact = sqlite.prepare(
      `insert into contacts (${COLUMNS.join(', ')}, created_at, updated_at)
       values (${COLUMNS.map((c) => `@${c}`).join(', ')}, @now, @now)`,
    );
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
    this.insertPhone = sqlite.prepare(
      `insert into contact_phones (contact_id, label, value, raw, digits, valid, is_primary, position)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEmail = sqlite.prepare(
      'insert into contact_emails (contact_id, label, value, is_primary, position) values (?, ?, ?, ?, ?)',
    );
    this.insertAddress = sqlite.prepare(
      `insert into contact_addresses (contact_id, label, street, city, region, postcode, country, is_primary, position)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertLink = sqlite.prepare(
      'insert into contact_links (person_id, company_id, role, title, position) values (?, ?, ?, ?, ?)',
    );
    this.insertTag = sqlite.prepare('insert or ignore into contact_tags (tag_id, contact_id) values (?, ?)');
    this.insertMember = sqlite.prepare('insert or ignore into contact_group_members (group_id, contact_id) values (?, ?)');
    this.upsertCustom = sqlite.prepare(
      `insert into contact_custom_values (field_id, contact_id, value_text, value_num) values (?, ?, ?, ?)
       on conflict (field_id, contact_id) do update set value_text = excluded.value_text, value_num = excluded.value_num`,
    );
    this.deleteCustom = sqlite.prepare('delete from contact_custom_values where field_id = ? and contact_id = ?');
    this.peopleOf = sqlite.prepare('select person_id from contact_links where company_id = ?').pluck();
    this.countContacts = sqlite.prepare('select count(*) from contacts').pluck();
    this.index = new SearchIndexer(sqlite);
  }

  /** Inserts one contact with everything the draft holds; returns the new id. */
  insert(draft: ContactDraft, now: string): number {
    const phones = draft.phones.map((p) => normalizePhone(p.value, this.country));
    const columns = contactColumns(draft, phones);
    const entry = searchEntry({
      kind: draft.kind,
      givenName: draft.givenName,
      familyName: draft.familyName,
      middleName: draft.middleName ?? '',
      companyName: draft.companyName,
      displayName: columns.display_name,
      phoneticName: draft.phoneticName ?? '',
      emails: draft.emails.map((e) => e.value),
      phones,
      postcodes: (draft.addresses ?? []).map((a) => a.postcode).filter(Boolean),
      linkedCompanies: draft.companies?.length ? this.index.companyNames(draft.companies.map((l) => l.companyId)) : [],
    });
    // The duplicate key goes in with the row: a second UPDATE per contact would cost a fifth
    // of a bulk insert.
    const id = Number(this.insertContact.run({ ...columns, name_key: entry.nameKey, now }).lastInsertRowid);
    this.writeParts(id, draft, phones, true);
    this.index.write(id, entry, true, false);
    return id;
  }

  /**
   * Inserts many contacts, returning their ids in order. From BULK_ROWS on, the search index
   * merges once at the end instead of as it goes (see SearchIndexer.pauseMerging).
   */
  insertMany(drafts: readonly ContactDraft[], now: string): number[] {
    if (drafts.length < BULK_ROWS) return drafts.map((d) => this.insert(d, now));
    const indexed = this.countContacts.get() as number;
    const automerge = this.index.pauseMerging();
    // More new contacts than stored: the list's indexes are built once at the end. Inserting
    // reads contacts by id only (linked companies' names).
    const ids = withIndexesRebuilt(this.sqlite, 'contacts', drafts.length > indexed, () => drafts.map((d) => this.insert(d, now)));
    this.index.resumeMerging(automerge, ids.length >= indexed);
    return ids;
  }

  /**
   * Replaces a contact's names, phones and emails with those of the draft; every optional part
   * the draft leaves out stays as stored.
   */
  replace(id: number, draft: ContactDraft, now: string): void {
    const current = this.readContact.get(id) as StoredContact | undefined;
    if (!current) return;
    const phones = draft.phones.map((p) => normalizePhone(p.value, this.country));
    this.updateContact.run({ ...contactColumns(draft, phones, current), name_key: current.name_key, now, id });
    this.writeParts(id, draft, phones, false);
    this.index.refresh(id);
    // People carry their companies' names in their search entries: a renamed company updates them.
    if (current.company_name !== draft.companyName) {
      for (const person of this.peopleOf.all(id) as number[]) this.index.refresh(person);
    }
  }

  private writeParts(id: number, draft: ContactDraft, phones: readonly NormalizedPhone[], fresh: boolean): void {
    if (!fresh) {
      this.del.phones.run(id);
      this.del.emails.run(id);
    }
    const firstPhone = primaryIndex(draft.phones);
    draft.phones.forEach((p, i) => {
      const n = phones[i]!;
      this.insertPhone.run(id, p.label, n.value, p.value, n.digits, n.valid ? 1 : 0, i === firstPhone ? 1 : 0, i);
    });
    const firstEmail = primaryIndex(draft.emails);
    draft.emails.forEach((e, i) => this.insertEmail.run(id, e.label, e.value, i === firstEmail ? 1 : 0, i));
    if (draft.addresses) {
      if (!fresh) this.del.addresses.run(id);
      const first = primaryIndex(draft.addresses);
      draft.addresses.forEach((a, i) =>
        this.insertAddress.run(id, a.label, a.street, a.city, a.region, a.postcode, a.country, i === first ? 1 : 0, i),
      );
    }
    if (draft.companies) {
      if (!fresh) this.del.links.run(id);
      draft.companies.forEach((l, i) => this.insertLink.run(id, l.companyId, l.role, l.title, i));
    }
    if (draft.tagIds) {
      if (!fresh) this.del.tags.run(id);
      for (const tag of draft.tagIds) this.insertTag.run(tag, id);
    }
    if (draft.groupIds) {
      if (!fresh) this.del.groups.run(id);
      for (const group of draft.groupIds) this.insertMember.run(group, id);
    }
    if (draft.custom) {
      for (const [key, value] of Object.entries(draft.custom)) {
        const field = this.fields.get(Number(key));
        if (!field) throw new CustomValueError({ id: Number(key), label: key, type: 'text', choices: [] }, 'unknownField', { id: key });
        if (value === null || value === '') {
          this.deleteCustom.run(field.id, id);
          continue;
        }
        const stored = storedValue(field, value);
        if (isProblem(stored)) throw new CustomValueError(field, stored.key, stored.params);
        this.upsertCustom.run(field.id, id, stored.value_text, stored.value_num);
      }
    }
  }
}
