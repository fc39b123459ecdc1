import type { ContactDraft, CustomValue } from '../../../shared/contacts/contact.schema';
import type { Sqlite } from '../db/connection';
import { phoneKey } from './duplicate-index';

interface StoredRow {
  kind: 'person' | 'company';
  given_name: string;
  family_name: string;
  company_name: string;
  middle_name: string;
  name_prefix: string;
  name_suffix: string;
  salutation: string;
  phonetic_name: string;
  birthday: string | null;
  anniversary: string | null;
  tier: string | null;
  lifecycle: string | null;
  source: string;
  notes: string;
  owner_id: number | null;
  may_phone: number;
  may_email: number;
  may_letter: number;
  may_marketing: number;
  do_not_contact: number;
}

type Optional = 'middleName' | 'namePrefix' | 'nameSuffix' | 'salutation' | 'phoneticName' | 'birthday' | 'anniversary' | 'tier' | 'lifecycle' | 'source' | 'notes' | 'ownerId';
const OPTIONAL: [Optional, keyof StoredRow][] = [
  ['middleName', 'middle_name'], ['namePrefix', 'name_prefix'], ['nameSuffix', 'name_suffix'], ['salutation', 'salutation'], ['phoneticName', 'phonetic_name'], ['birthday', 'birthday'],
  ['anniversary', 'anniversary'], ['tier', 'tier'], ['lifecycle', 'lifecycle'], ['source', 'source'], ['notes', 'notes'],
  ['ownerId', 'owner_id'],
];

/**
 * The stored phones or emails with the file's that are none of them after them (by `key`), the
 * stored primary still first: what "update empty fields" does to a list, which a second number
 * fills as a second line of a form would.
 */
function withNew<T extends { value: string; primary?: boolean }>(stored: T[], file: readonly T[], key: (value: string) => string): T[] {
  const have = new Set(stored.map((e) => key(e.value)));
  const added = file.filter((e) => !have.has(key(e.value)) && have.add(key(e.value)));
  if (!stored.length) return added;
  return added.length ? [...stored, ...added.map((e) => ({ ...e, primary: false }))].slice(0, 50) : stored;
}

/**
 * Builds the update of a stored contact a duplicate row asks for. `fillEmpty` takes the file's
 * value only where the stored one is empty, the phones and emails the contact lacks, and the
 * addresses of a kind (home, work…) it has none of; `overwrite` takes every value the file has
 * and keeps stored values the file leaves empty. The kind never changes.
 */
export class ExistingContacts {
  private readonly row;
  private readonly phones;
  private readonly emails;
  private readonly addresses;
  private readonly customKeys;

  constructor(sqlite: Sqlite) {
    this.row = sqlite.prepare(
      `select kind, given_name, family_name, company_name, middle_name, name_prefix, name_suffix, salutation, phonetic_name, birthday, anniversary, tier,
       lifecycle, source, notes, owner_id, may_phone, may_email, may_letter, may_marketing, do_not_contact from contacts where id = ?`,
    );
    this.phones = sqlite.prepare('select label, raw, is_primary from contact_phones where contact_id = ? order by position');
    this.emails = sqlite.prepare('select label, value, is_primary from contact_emails where contact_id = ? order by position');
    this.addresses = sqlite.prepare('select label, street, city, region, postcode, country, is_primary from contact_addresses where contact_id = ? order by position');
    this.customKeys = sqlite.prepare('select field_id from contact_custom_values where contact_id = ?').pluck();
  }

  /** The draft to pass to ContactWriter.replace, or null when the contact is gone. */
  update(id: number, file: ContactDraft, mode: 'fillEmpty' | 'overwrite'): ContactDraft | null {
    const s = this.row.get(id) as StoredRow | undefined;
    if (!s) return null;
    const phones = (this.phones.all(id) as { label: ContactDraft['phones'][number]['label']; raw: string; is_primary: number }[]).map((p) => ({
      label: p.label,
      value: p.raw,
      primary: p.is_primary === 1,
    }));
    const emails = (this.emails.all(id) as { label: ContactDraft['emails'][number]['label']; value: string; is_primary: number }[]).map((e) => ({
      label: e.label,
      value: e.value,
      primary: e.is_primary === 1,
    }));
    const fill = mode === 'fillEmpty';
    const pick = (stored: string, incoming: string) => (fill ? stored || incoming : incoming || stored);
    const draft: ContactDraft = {
      kind: s.kind,
      givenName: pick(s.given_name, s.kind === 'person' ? file.givenName : ''),
      familyName: pick(s.family_name, s.kind === 'person' ? file.familyName : ''),
      companyName: pick(s.company_name, file.companyName),
      phones: fill ? withNew(phones, file.phones, (v) => phoneKey(v) ?? v) : file.phones.length ? file.phones : phones,
      emails: fill ? withNew(emails, file.emails, (v) => v.trim().toLowerCase()) : file.emails.length ? file.emails : emails,
    };
    const target = draft as unknown as Record<string, unknown>;
    for (const [key, col] of OPTIONAL) {
      const incoming = file[key];
      if (incoming === undefined || incoming === null || incoming === '') continue;
      const stored = s[col];
      if (!fill || stored === null || stored === '') target[key] = incoming;
    }
    if (file.addresses?.length) {
      if (!fill) draft.addresses = file.addresses;
      else {
        const stored = (this.addresses.all(id) as (Omit<NonNullable<ContactDraft['addresses']>[number], 'primary'> & { is_primary: number })[]).map(({ is_primary, ...a }) => ({ ...a, primary: is_primary === 1 }));
        // An address of a kind the contact has none of (a home address beside the work one); one of its kinds is filled already.
        const added = file.addresses.filter((a) => !stored.some((s) => s.label === a.label));
        if (added.length) draft.addresses = stored.length ? [...stored, ...added.map((a) => ({ ...a, primary: false }))] : added;
      }
    }
    // Preferences are "empty" while the contact has asked for nothing.
    const askedForNothing = s.may_phone && s.may_email && s.may_letter && s.may_marketing && !s.do_not_contact;
    if (file.comm && (!fill || askedForNothing)) draft.comm = file.comm;
    if (file.custom) {
      const have = new Set(this.customKeys.all(id) as number[]);
      const custom: Record<string, CustomValue> = {};
      for (const [k, v] of Object.entries(file.custom)) if (!fill || !have.has(Number(k))) custom[k] = v;
      if (Object.keys(custom).length) draft.custom = custom;
    }
    return draft;
  }
}
