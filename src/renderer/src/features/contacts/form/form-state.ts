import type { ChannelLabel, ContactDetail, PhoneLabel, ContactDraftInput, ContactKind, CustomValue } from '../../../../../shared/contacts/contact.schema';
import type { CommPrefs, Lifecycle, NameOrder, RelationshipStyle, Tier } from '../../../../../shared/contacts/contact-traits';

/** A phone or an email of the form: a phone's label may be a fax's, an email's not. */
export interface ChannelRow<Label extends PhoneLabel = PhoneLabel> {
  label: Label;
  value: string;
  primary: boolean;
}

export interface AddressRow {
  label: ChannelLabel;
  street: string;
  city: string;
  region: string;
  postcode: string;
  country: string;
  primary: boolean;
}

export interface CompanyRow {
  companyId: number | null;
  /** The company's name, so the picker can show it before any search. */
  name: string;
  role: string;
  title: string;
}

/** Everything the form edits, as the inputs hold it (text where the person types). */
export interface FormState {
  kind: ContactKind;
  namePrefix: string;
  givenName: string;
  middleName: string;
  familyName: string;
  nameSuffix: string;
  companyName: string;
  phoneticName: string;
  salutation: string;
  nameOrder: NameOrder;
  phones: ChannelRow[];
  emails: ChannelRow<ChannelLabel>[];
  addresses: AddressRow[];
  companies: CompanyRow[];
  birthday: string;
  anniversary: string;
  tier: Tier | null;
  lifecycle: Lifecycle | null;
  source: string;
  ownerId: number | null;
  comm: CommPrefs;
  relationshipStyle: RelationshipStyle | null;
  relationshipNote: string;
  notes: string;
  tagIds: number[];
  groupIds: number[];
  custom: Record<string, CustomValue>;
}

export const emptyAddress = (country: string, primary = false): AddressRow => ({
  label: 'work',
  street: '',
  city: '',
  region: '',
  postcode: '',
  country,
  primary,
});

/** The form's starting state: the stored contact, or a blank person/company. */
export function fromContact(c: ContactDetail | undefined, kind: ContactKind, company?: { id: number; name: string }): FormState {
  return {
    kind: c?.kind ?? kind,
    namePrefix: c?.namePrefix ?? '',
    givenName: c?.givenName ?? '',
    middleName: c?.middleName ?? '',
    familyName: c?.familyName ?? '',
    nameSuffix: c?.nameSuffix ?? '',
    companyName: c?.companyName ?? '',
    phoneticName: c?.phoneticName ?? '',
    salutation: c?.salutation ?? '',
    nameOrder: c?.nameOrder ?? 'auto',
    phones: c?.phones.length
      ? // As shown: national format only for the office's own country, so it reads back the same.
        c.phones.map((p) => ({ label: p.label, value: p.valid ? p.display : p.value, primary: p.primary }))
      : [{ label: 'mobile', value: '', primary: true }],
    emails: c?.emails.length
      ? c.emails.map((e) => ({ label: e.label, value: e.value, primary: e.primary }))
      : [{ label: 'work', value: '', primary: true }],
    addresses: (c?.addresses ?? []).map((a) => ({
      label: a.label,
      street: a.street,
      city: a.city,
      region: a.region,
      postcode: a.postcode,
      country: a.country,
      primary: a.primary,
    })),
    companies: c
      ? c.companies.map((l) => ({ companyId: l.companyId, name: l.name, role: l.role, title: l.title }))
      : company
        ? [{ companyId: company.id, name: company.name, role: '', title: '' }]
        : [],
    birthday: c?.birthday ?? '',
    anniversary: c?.anniversary ?? '',
    tier: c?.tier ?? null,
    lifecycle: c?.lifecycle ?? null,
    source: c?.source ?? '',
    ownerId: c?.owner?.id ?? null,
    comm: c?.comm ?? { phone: true, email: true, letter: true, marketing: true, doNotContact: false },
    relationshipStyle: c?.relationshipStyle ?? null,
    relationshipNote: c?.relationshipNote ?? '',
    notes: c?.notes ?? '',
    tagIds: c?.tags.map((x) => x.id) ?? [],
    groupIds: c?.groups.map((x) => x.id) ?? [],
    custom: { ...(c?.custom ?? {}) },
  };
}

/** Exactly one primary: the one marked, or the first when the marked row was left empty. */
function onePrimary<T extends { primary: boolean }>(rows: T[]): T[] {
  const marked = Math.max(0, rows.findIndex((r) => r.primary));
  return rows.map((r, i) => ({ ...r, primary: i === marked }));
}

const filledChannel = (p: ChannelRow) => p.value.trim() !== '';
const filledAddress = (a: AddressRow) => [a.street, a.city, a.region, a.postcode].some((v) => v.trim() !== '');

/**
 * The form as it will be sent: rows left empty are taken out (one blank phone and email row stays
 * to type into) and one row of each list is primary. Done on screen before saving, so "Phone 2" in
 * a message from the service is the second box the person sees.
 */
export function compact(f: FormState): FormState {
  const phones = onePrimary(f.phones.filter(filledChannel));
  const emails = onePrimary(f.emails.filter(filledChannel));
  return {
    ...f,
    phones: phones.length ? phones : [{ label: 'mobile', value: '', primary: true }],
    emails: emails.length ? emails : [{ label: 'work', value: '', primary: true }],
    addresses: onePrimary(f.addresses.filter(filledAddress)),
    companies: f.companies.filter((c) => c.companyId !== null),
  };
}

/** What the service is sent for a compacted form; dates are left for the service to check. */
export function toDraft(f: FormState): ContactDraftInput {
  const person = f.kind === 'person';
  return {
    kind: f.kind,
    givenName: person ? f.givenName : '',
    familyName: person ? f.familyName : '',
    middleName: person ? f.middleName : '',
    namePrefix: person ? f.namePrefix : '',
    nameSuffix: person ? f.nameSuffix : '',
    // A person's company as plain text (e.g. from an import) is kept; links are the structured form.
    companyName: f.companyName,
    phoneticName: f.phoneticName,
    salutation: f.salutation,
    nameOrder: f.nameOrder,
    phones: f.phones.filter(filledChannel),
    emails: f.emails.filter(filledChannel),
    addresses: f.addresses.filter(filledAddress),
    companies: person ? f.companies.flatMap((c) => (c.companyId ? [{ companyId: c.companyId, role: c.role, title: c.title }] : [])) : [],
    birthday: f.birthday.trim() === '' ? null : f.birthday,
    anniversary: f.anniversary.trim() === '' ? null : f.anniversary,
    tier: f.tier,
    lifecycle: f.lifecycle,
    source: f.source,
    ownerId: f.ownerId,
    comm: f.comm,
    relationshipStyle: f.relationshipStyle,
    relationshipNote: f.relationshipNote,
    notes: f.notes,
    tagIds: f.tagIds,
    groupIds: f.groupIds,
    custom: f.custom,
  };
}
