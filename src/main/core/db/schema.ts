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
  // Added by 2026-11-23-002-contacts-file.
  middle_name: Generated<string>;
  name_prefix: Generated<string>;
  name_suffix: Generated<string>;
  salutation: Generated<string>;
  phonetic_name: Generated<string>;
  name_order: Generated<string>;
  birthday: string | null;
  anniversary: string | null;
  tier: string | null;
  lifecycle: string | null;
  source: Generated<string>;
  owner_id: number | null;
  may_phone: Generated<number>;
  may_email: Generated<number>;
  may_letter: Generated<number>;
  may_marketing: Generated<number>;
  do_not_contact: Generated<number>;
  relationship_style: string | null;
  relationship_note: Generated<string>;
  notes: Generated<string>;
  /** Denormalised from the primary address, email and phone, for sorting and filtering. */
  city: Generated<string>;
  country: Generated<string>;
  postcode: Generated<string>;
  primary_email: Generated<string>;
  primary_phone: Generated<string>;
  /** Normalised name (letters, pinyin, parts sorted) that likely duplicates share. */
  name_key: Generated<string>;
  /** Latest call, visit, email, letter or appointment in the history. */
  last_contact_at: string | null;
  merged_into: number | null;
}

export interface ContactAddressesTable {
  id: Generated<number>;
  contact_id: number;
  label: string;
  street: string;
  city: string;
  region: string;
  postcode: string;
  country: string;
  is_primary: number;
  position: number;
}

export interface ContactLinksTable {
  id: Generated<number>;
  person_id: number;
  company_id: number;
  role: string;
  title: string;
  position: number;
}

export interface StaffTable {
  id: Generated<number>;
  name: string;
  email: string;
  active: number;
  created_at: string;
}

export interface TagsTable {
  id: Generated<number>;
  name: string;
  color: string;
  created_at: string;
}

export interface ContactTagsTable {
  tag_id: number;
  contact_id: number;
}

export interface ContactGroupsTable {
  id: Generated<number>;
  name: string;
  description: string;
  created_at: string;
}

export interface ContactGroupMembersTable {
  group_id: number;
  contact_id: number;
}

export interface CustomFieldsTable {
  id: Generated<number>;
  label: string;
  type: 'text' | 'number' | 'date' | 'yesno' | 'choice';
  /** JSON array of option strings. */
  choices: string;
  applies_to: 'all' | 'person' | 'company';
  position: number;
  archived: number;
  created_at: string;
}

export interface ContactCustomValuesTable {
  field_id: number;
  contact_id: number;
  value_text: string | null;
  value_num: number | null;
}

export interface HistoryTable {
  id: Generated<number>;
  contact_id: number;
  /** note, call, visit, email, letter, appointment, complaint; later areas add their own. */
  kind: string;
  occurred_at: string;
  summary: string;
  body: string;
  /** JSON object: the kind's own data. */
  payload: string;
  staff_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface SavedViewsTable {
  id: Generated<number>;
  name: string;
  /** JSON of ViewState. */
  state: string;
  created_at: string;
  updated_at: string;
}

export interface UndoBatchesTable {
  id: Generated<number>;
  kind: string;
  label: string;
  count: number;
  created_at: string;
  undone_at: string | null;
}

export interface UndoEntriesTable {
  batch_id: number;
  seq: number;
  tbl: string;
  /** JSON object of the key columns. */
  row_key: string;
  /** JSON of the whole row before the change; null when the change inserted it. */
  before: string | null;
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

export interface ImportBatchesTable {
  id: Generated<number>;
  kind: 'contacts' | 'sales';
  name: string;
  file_name: string;
  undo_batch_id: number | null;
  tag_id: number | null;
  tag_created: Generated<number>;
  total: Generated<number>;
  created: Generated<number>;
  updated: Generated<number>;
  skipped: Generated<number>;
  invalid: Generated<number>;
  duration_ms: Generated<number>;
  created_at: string;
  undone_at: string | null;
  /** A sales import: the customers it added as contacts (added by 012). */
  contacts_added: Generated<number>;
  /** Rows that were no record, left out (added by 013). */
  ignored: Generated<number>;
}

export interface ImportMappingsTable {
  id: Generated<number>;
  kind: string;
  name: string;
  /** JSON of the saved mapping. */
  mapping: string;
  created_at: string;
  updated_at: string;
}

export interface SalesTable {
  id: Generated<number>;
  contact_id: number | null;
  /** YYYY-MM-DD. */
  sold_on: string;
  customer: string;
  product: string;
  quantity: number;
  /** Integer minor units (cents, fen) of `currency`. */
  amount_minor: number;
  currency: string;
  import_id: number | null;
  created_at: string;
  /** The order or invoice number as the file wrote it; '' when none (added by 012). */
  reference: Generated<string>;
}

export interface DB {
  contacts: ContactsTable;
  contact_phones: ContactPhonesTable;
  contact_emails: ContactEmailsTable;
  settings: SettingsTable;
  staff: StaffTable;
  contact_addresses: ContactAddressesTable;
  contact_links: ContactLinksTable;
  tags: TagsTable;
  contact_tags: ContactTagsTable;
  contact_groups: ContactGroupsTable;
  contact_group_members: ContactGroupMembersTable;
  custom_fields: CustomFieldsTable;
  contact_custom_values: ContactCustomValuesTable;
  history: HistoryTable;
  saved_views: SavedViewsTable;
  undo_batches: UndoBatchesTable;
  undo_entries: UndoEntriesTable;
  // Added by 2026-11-23-009-imports.
  import_batches: ImportBatchesTable;
  import_mappings: ImportMappingsTable;
  sales: SalesTable;
  // Added by 2026-11-23-010-mailings.
  letter_templates: LetterTemplatesTable;
  mailing_runs: MailingRunsTable;
}

/** A letter template: body HTML with `{{field}}` tokens (issue 6). */
export interface LetterTemplatesTable {
  id: Generated<number>;
  name: string;
  language: string;
  form: string;
  subject: string;
  html: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** One printed label, envelope or letter run; JSON columns keep what it takes to reprint it exactly. */
export interface MailingRunsTable {
  id: Generated<number>;
  kind: 'labels' | 'returnLabels' | 'envelopes' | 'letters';
  name: string;
  target: string;
  /** JSON: the RunRequest. */
  request: string;
  /** JSON: the Recipient snapshot, in the order given. */
  recipients: string;
  /** JSON: settings and date the document was made with (letterhead, calibration, sender country). */
  context: string;
  /** JSON: SkippedContact[]. */
  skipped: string;
  contact_count: number;
  piece_count: number;
  page_count: number;
  staff_id: number | null;
  reprint_of: number | null;
  created_at: string;
}
