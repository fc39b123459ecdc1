import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import { contactColumns, primaryIndex, type ContactRowValues } from './contacts.repository';
import { isProblem, storedValue, type FieldDef } from './custom-values';
import { lineLabel, normalizePhone } from './phone';
import { searchEntry, type SearchEntry } from './search-document';

/** The contact columns a writer binds, in this order (positional parameters bind fastest). */
export const CONTACT_COLUMNS: readonly (keyof ContactRowValues)[] = [
  'name_key',
  'kind', 'given_name', 'family_name', 'company_name', 'display_name', 'sort_name', 'middle_name', 'name_prefix',
  'name_suffix', 'salutation', 'phonetic_name', 'name_order', 'birthday', 'anniversary', 'tier', 'lifecycle', 'source',
  'owner_id', 'may_phone', 'may_email', 'may_letter', 'may_marketing', 'do_not_contact', 'relationship_style',
  'relationship_note', 'notes', 'city', 'country', 'postcode', 'primary_email', 'primary_phone',
];

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
 * A new contact worked out down to the values its inserts bind: phones parsed, names and search
 * entry built, custom values checked. Plain data, so an import can prepare contacts in one
 * thread and write them in another.
 */
export interface PreparedContact {
  /** CONTACT_COLUMNS' values, in order. */
  row: unknown[];
  /** label, value, raw, digits, valid, is_primary, position */
  phones: unknown[][];
  /** label, value, is_primary, position */
  emails: unknown[][];
  /** label, street, city, region, postcode, country, is_primary, position */
  addresses: unknown[][];
  /** field id, value_text, value_num; a null text and number clear the value. */
  custom: [number, string | null, number | null][];
  search: SearchEntry;
}

/** The country of a draft's primary address (its first when none is marked), where its phones are read first. */
export const homeCountry = (draft: Pick<ContactDraft, 'addresses'>): string | undefined => (draft.addresses?.find((a) => a.primary) ?? draft.addresses?.[0])?.country || undefined;

/**
 * Prepares a draft for insertion. `companyNames` are the names of the companies the draft links
 * the person to (their search entry carries them). The phones `labelByLine` names (an import's
 * whose label is their column's, not one a person chose) are stored as their line is: a landline
 * filed as a mobile as a work number, a mobile filed as a work number as a mobile (lineLabel). Throws CustomValueError for a custom value that
 * does not fit its field.
 */
export function prepareContact(draft: ContactDraft, country: string, fields: ReadonlyMap<number, FieldDef>, companyNames: readonly string[] = [], labelByLine?: (phone: number) => boolean): PreparedContact {
  const home = homeCountry(draft);
  const phones = draft.phones.map((p) => normalizePhone(p.value, country, home));
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
    linkedCompanies: companyNames,
  });
  // Added to the object contactColumns just made, not spread into a copy: a spread copy of 32
  // columns per contact survived young collections (V8 kept it to the next full one), and it
  // was most of what grew the planning thread of a 100,000-row import by 75 MB.
  const values: ContactRowValues = Object.assign(columns, { name_key: entry.nameKey });
  const firstPhone = primaryIndex(draft.phones);
  const firstEmail = primaryIndex(draft.emails);
  const firstAddress = primaryIndex(draft.addresses ?? []);
  return {
    row: CONTACT_COLUMNS.map((c) => values[c]),
    phones: draft.phones.map((p, i) => {
      const n = phones[i]!;
      return [labelByLine?.(i) ? lineLabel(p.label, n) : p.label, n.value, p.value, n.digits, n.valid ? 1 : 0, i === firstPhone ? 1 : 0, i];
    }),
    emails: draft.emails.map((e, i) => [e.label, e.value, i === firstEmail ? 1 : 0, i]),
    addresses: (draft.addresses ?? []).map((a, i) => [a.label, a.street, a.city, a.region, a.postcode, a.country, i === firstAddress ? 1 : 0, i]),
    custom: customValues(draft, fields),
    search: entry,
  };
}

/** The draft's custom values as stored, checked against their fields. */
export function customValues(draft: ContactDraft, fields: ReadonlyMap<number, FieldDef>): PreparedContact['custom'] {
  const out: PreparedContact['custom'] = [];
  for (const [key, value] of Object.entries(draft.custom ?? {})) {
    const field = fields.get(Number(key));
    if (!field) throw new CustomValueError({ id: Number(key), label: key, type: 'text', choices: [] }, 'unknownField', { id: key });
    if (value === null || value === '') {
      out.push([field.id, null, null]);
      continue;
    }
    const stored = storedValue(field, value);
    if (isProblem(stored)) throw new CustomValueError(field, stored.key, stored.params);
    out.push([field.id, stored.value_text, stored.value_num]);
  }
  return out;
}
