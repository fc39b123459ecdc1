import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import type { ContactsTable } from '../db/schema';
import { displayName, sortName, type NameOrderChoice } from './display-name';
import type { NormalizedPhone } from './phone';

/** The stored contact row fields a draft can set (everything but ids, timestamps, derived keys). */
export interface ContactColumns {
  kind: 'person' | 'company';
  given_name: string;
  family_name: string;
  company_name: string;
  display_name: string;
  sort_name: string;
  middle_name: string;
  name_prefix: string;
  name_suffix: string;
  salutation: string;
  phonetic_name: string;
  name_order: string;
  birthday: string | null;
  anniversary: string | null;
  tier: string | null;
  lifecycle: string | null;
  source: string;
  owner_id: number | null;
  may_phone: number;
  may_email: number;
  may_letter: number;
  may_marketing: number;
  do_not_contact: number;
  relationship_style: string | null;
  relationship_note: string;
  notes: string;
  city: string;
  country: string;
  postcode: string;
  primary_email: string;
  primary_phone: string;
}

/** What the writer stores: the draft's columns plus the derived duplicate key. */
export type ContactRowValues = ContactColumns & { name_key: string };

/** What a contact row holds before an update; fields the draft leaves out keep these values. */
export type StoredContact = Pick<ContactsTable, 'kind'> & Omit<ContactColumns, 'kind'> & { name_key: string };

const bit = (b: boolean) => (b ? 1 : 0);

/** Index of the first phone that is no fax (a fax is no number to call), else 0; of emails and addresses, 0. */
export const firstCallable = (items: readonly { label?: string }[]): number => Math.max(0, items.findIndex((i) => i.label !== 'fax'));

/** Index of the primary entry: the first marked, else the first (of phones, the first that is no fax). */
export const primaryIndex = (items: readonly { primary: boolean; label?: string }[]): number => {
  const marked = items.findIndex((i) => i.primary);
  return marked >= 0 ? marked : firstCallable(items);
};

/** The draft's value, else the stored one, else the default. At module level: it runs 20 times per imported row. */
const pick = <T>(v: T | undefined, keep: T | undefined, fallback: T): T => (v !== undefined ? v : keep !== undefined ? keep : fallback);

/**
 * The row columns for a draft. Optional draft fields left out take `current`'s value (update)
 * or the default (create). Phones are passed normalised so they are parsed only once.
 */
export function contactColumns(draft: ContactDraft, phones: readonly NormalizedPhone[], current?: StoredContact): ContactColumns {
  const nameOrder = pick(draft.nameOrder, current?.name_order as NameOrderChoice | undefined, 'auto');
  const middle = pick(draft.middleName, current?.middle_name, '');
  const prefix = pick(draft.namePrefix, current?.name_prefix, '');
  const comm = draft.comm;
  const addr = draft.addresses ? draft.addresses[primaryIndex(draft.addresses)] : undefined;
  const keepAddress = draft.addresses === undefined && current;
  return {
    kind: draft.kind,
    given_name: draft.givenName,
    family_name: draft.familyName,
    company_name: draft.companyName,
    display_name: displayName(draft.kind, draft.givenName, draft.familyName, draft.companyName, nameOrder, middle, prefix),
    sort_name: sortName(draft.kind, draft.givenName, draft.familyName, draft.companyName),
    middle_name: middle,
    name_prefix: prefix,
    name_suffix: pick(draft.nameSuffix, current?.name_suffix, ''),
    salutation: pick(draft.salutation, current?.salutation, ''),
    phonetic_name: pick(draft.phoneticName, current?.phonetic_name, ''),
    name_order: nameOrder,
    birthday: pick(draft.birthday, current?.birthday, null),
    anniversary: pick(draft.anniversary, current?.anniversary, null),
    tier: pick(draft.tier, current?.tier, null),
    lifecycle: pick(draft.lifecycle, current?.lifecycle, null),
    source: pick(draft.source, current?.source, ''),
    owner_id: pick(draft.ownerId, current?.owner_id, null),
    may_phone: comm ? bit(comm.phone) : (current?.may_phone ?? 1),
    may_email: comm ? bit(comm.email) : (current?.may_email ?? 1),
    may_letter: comm ? bit(comm.letter) : (current?.may_letter ?? 1),
    may_marketing: comm ? bit(comm.marketing) : (current?.may_marketing ?? 1),
    do_not_contact: comm ? bit(comm.doNotContact) : (current?.do_not_contact ?? 0),
    relationship_style: pick(draft.relationshipStyle, current?.relationship_style, null),
    relationship_note: pick(draft.relationshipNote, current?.relationship_note, ''),
    notes: pick(draft.notes, current?.notes, ''),
    city: keepAddress ? current.city : (addr?.city ?? ''),
    country: keepAddress ? current.country : (addr?.country ?? ''),
    postcode: keepAddress ? current.postcode : (addr?.postcode ?? ''),
    primary_email: draft.emails[primaryIndex(draft.emails)]?.value ?? '',
    primary_phone: phones[primaryIndex(draft.phones)]?.value ?? '',
  };
}
