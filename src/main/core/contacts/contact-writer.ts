import type { Sqlite } from '../db/connection';
import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import { nameColumns } from './contacts.repository';
import { normalizePhone } from './phone';

/** Ensures exactly one primary entry when there are any: the first marked, else the first. */
function primaryIndex(items: readonly { primary: boolean }[]): number {
  return Math.max(0, items.findIndex((i) => i.primary));
}

/**
 * Writes contacts with prepared statements: the hot path of bulk inserts and imports, where
 * building each query anew would cost more than running it. Call inside a transaction.
 */
export class ContactWriter {
  private readonly insertContact;
  private readonly updateContact;
  private readonly deletePhones;
  private readonly deleteEmails;
  private readonly insertPhone;
  private readonly insertEmail;

  constructor(
    sqlite: Sqlite,
    private readonly country: string,
  ) {
    this.insertContact = sqlite.prepare(
      `insert into contacts (kind, given_name, family_name, company_name, display_name, sort_name, created_at, updated_at)
       values (@kind, @given_name, @family_name, @company_name, @display_name, @sort_name, @now, @now)`,
    );
    this.updateContact = sqlite.prepare(
      `update contacts set kind=@kind, given_name=@given_name, family_name=@family_name, company_name=@company_name,
       display_name=@display_name, sort_name=@sort_name, updated_at=@now where id=@id`,
    );
    this.deletePhones = sqlite.prepare('delete from contact_phones where contact_id = ?');
    this.deleteEmails = sqlite.prepare('delete from contact_emails where contact_id = ?');
    this.insertPhone = sqlite.prepare(
      `insert into contact_phones (contact_id, label, value, raw, digits, valid, is_primary, position)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEmail = sqlite.prepare(
      'insert into contact_emails (contact_id, label, value, is_primary, position) values (?, ?, ?, ?, ?)',
    );
  }

  /** Inserts one contact with its phones and emails; returns the new id. */
  insert(draft: ContactDraft, now: string): number {
    const id = Number(this.insertContact.run({ ...nameColumns(draft), now }).lastInsertRowid);
    this.writeChannels(id, draft);
    return id;
  }

  /** Replaces a contact's names, phones and emails with those of the draft. */
  replace(id: number, draft: ContactDraft, now: string): void {
    this.updateContact.run({ ...nameColumns(draft), now, id });
    this.deletePhones.run(id);
    this.deleteEmails.run(id);
    this.writeChannels(id, draft);
  }

  private writeChannels(id: number, draft: ContactDraft): void {
    const firstPhone = primaryIndex(draft.phones);
    draft.phones.forEach((p, i) => {
      const n = normalizePhone(p.value, this.country);
      this.insertPhone.run(id, p.label, n.value, p.value, n.digits, n.valid ? 1 : 0, i === firstPhone ? 1 : 0, i);
    });
    const firstEmail = primaryIndex(draft.emails);
    draft.emails.forEach((e, i) => this.insertEmail.run(id, e.label, e.value, i === firstEmail ? 1 : 0, i));
  }
}
