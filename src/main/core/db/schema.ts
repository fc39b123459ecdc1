import type { Generated } from 'kysely';

/**
 * The Kysely view of the database. Timestamps are ISO-8601 UTC text, dates `YYYY-MM-DD`,
 * booleans 0/1. Later migrations add their tables here.
 */
export interface ContactsTable {
  id: Generated<number>;
  kind: 'person' | 'company';
  given_name: string;
  family_name: string;
  company_name: string;
  /** The name as shown in lists, in the order the person's culture uses. */
  display_name: string;
  /** Lower-cased collation key for sorting by name. */
  sort_name: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ContactPhonesTable {
  id: Generated<number>;
  contact_id: number;
  label: string;
  /** E.164 when parsed, otherwise the text as typed. */
  value: string;
  /** As typed by the user. */
  raw: string;
  /** Digits only, for search by any fragment of the number. */
  digits: string;
  valid: number;
  is_primary: number;
  position: number;
}

export interface ContactEmailsTable {
  id: Generated<number>;
  contact_id: number;
  label: string;
  value: string;
  is_primary: number;
  position: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface DB {
  contacts: ContactsTable;
  contact_phones: ContactPhonesTable;
  contact_emails: ContactEmailsTable;
  settings: SettingsTable;
}
