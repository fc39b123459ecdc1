import { z } from 'zod';
import { Address, AddressDraft, ChannelLabel, PhoneLabel } from './address.schema';
import { CommPrefs, Lifecycle, NameOrder, RelationshipStyle, Tier } from './contact-traits';
import { IsoDate } from './iso-date';
import { plainEmail } from '../import-export/full-width';

export { ChannelLabel, PhoneLabel };

export const ContactKind = z.enum(['person', 'company']);
export type ContactKind = z.infer<typeof ContactKind>;

/** A name part: trimmed; an all-space value counts as empty. */
const NamePart = z.string().trim().max(200).default('');

/** A person's link to a company: what they do there. */
export const CompanyLinkDraft = z.object({
  companyId: z.number().int().positive(),
  role: z.string().trim().max(200).default(''),
  title: z.string().trim().max(200).default(''),
});
export type CompanyLinkDraft = z.output<typeof CompanyLinkDraft>;

/** A custom field's value: text/choice/date as text, number, yes/no as boolean; null = empty. */
export const CustomValue = z.union([z.string().max(5000), z.number(), z.boolean(), z.null()]);
export type CustomValue = z.infer<typeof CustomValue>;

export const PhoneDraft = z.object({
  label: PhoneLabel.default('mobile'),
  value: z.string().trim().min(1).max(64),
  primary: z.boolean().default(false),
});
export type PhoneDraft = z.input<typeof PhoneDraft>;

export const EmailDraft = z.object({
  label: ChannelLabel.default('work'),
  // wang＠example。cn, typed with a Chinese input method still on, is wang@example.cn.
  value: z.string().transform(plainEmail).pipe(z.string().trim().toLowerCase().pipe(z.email().max(254))),
  primary: z.boolean().default(false),
});
export type EmailDraft = z.input<typeof EmailDraft>;

export const ContactDraft = z
  .object({
    kind: ContactKind.default('person'),
    givenName: NamePart,
    familyName: NamePart,
    /** Companies are named here; people may leave it empty. */
    companyName: NamePart,
    phones: z.array(PhoneDraft).max(50).default([]),
    emails: z.array(EmailDraft).max(50).default([]),
    // Everything below is optional: left out on update, the stored value is kept (so a form that
    // edits only names and channels never wipes the rest); left out on create, the default applies.
    middleName: z.string().trim().max(200).optional(),
    namePrefix: z.string().trim().max(50).optional(),
    nameSuffix: z.string().trim().max(50).optional(),
    /** How a letter greets them, e.g. "Dear Dr. Weber", "尊敬的王经理". */
    salutation: z.string().trim().max(200).optional(),
    /** Phonetic or latin spelling, e.g. "Wang Xiaoming". */
    phoneticName: z.string().trim().max(200).optional(),
    nameOrder: NameOrder.optional(),
    birthday: IsoDate.nullable().optional(),
    anniversary: IsoDate.nullable().optional(),
    tier: Tier.nullable().optional(),
    lifecycle: Lifecycle.nullable().optional(),
    source: z.string().trim().max(200).optional(),
    ownerId: z.number().int().positive().nullable().optional(),
    comm: CommPrefs.optional(),
    relationshipStyle: RelationshipStyle.nullable().optional(),
    relationshipNote: z.string().trim().max(2000).optional(),
    /** Background notes about the contact (timeline entries go to history instead). */
    notes: z.string().max(20_000).optional(),
    addresses: z.array(AddressDraft).max(50).optional(),
    /** For a person: the companies they work for. Replaces all links when given. */
    companies: z.array(CompanyLinkDraft).max(50).optional(),
    tagIds: z.array(z.number().int().positive()).max(500).optional(),
    groupIds: z.array(z.number().int().positive()).max(500).optional(),
    /** Custom field values by field id; null clears one. Only the given fields change. */
    custom: z.record(z.string().regex(/^\d+$/), CustomValue).optional(),
  })
  .superRefine((draft, ctx) => {
    const named = draft.kind === 'company' ? draft.companyName : draft.givenName + draft.familyName;
    if (!named) {
      ctx.addIssue({
        code: 'custom',
        path: [draft.kind === 'company' ? 'companyName' : 'givenName'],
        message: 'A name is required',
        params: { key: 'nameRequired' },
      });
    }
  });
export type ContactDraftInput = z.input<typeof ContactDraft>;
export type ContactDraft = z.output<typeof ContactDraft>;

export const Phone = z.object({
  id: z.number().int(),
  label: PhoneLabel,
  /** E.164 when the number could be parsed, otherwise as typed. */
  value: z.string(),
  /** How the number is shown: national format when parsed. */
  display: z.string(),
  valid: z.boolean(),
  primary: z.boolean(),
});
export type Phone = z.infer<typeof Phone>;

export const Email = z.object({
  id: z.number().int(),
  label: ChannelLabel,
  value: z.string(),
  primary: z.boolean(),
});
export type Email = z.infer<typeof Email>;

const Ref = z.object({ id: z.number().int(), name: z.string() });

export const ContactDetail = z.object({
  id: z.number().int(),
  kind: ContactKind,
  givenName: z.string(),
  familyName: z.string(),
  companyName: z.string(),
  displayName: z.string(),
  phones: z.array(Phone),
  emails: z.array(Email),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  middleName: z.string(),
  namePrefix: z.string(),
  nameSuffix: z.string(),
  salutation: z.string(),
  phoneticName: z.string(),
  nameOrder: NameOrder,
  birthday: z.string().nullable(),
  anniversary: z.string().nullable(),
  tier: Tier.nullable(),
  lifecycle: Lifecycle.nullable(),
  source: z.string(),
  owner: Ref.nullable(),
  comm: z.object({ phone: z.boolean(), email: z.boolean(), letter: z.boolean(), marketing: z.boolean(), doNotContact: z.boolean() }),
  relationshipStyle: RelationshipStyle.nullable(),
  relationshipNote: z.string(),
  notes: z.string(),
  addresses: z.array(Address),
  /** A person's companies. */
  companies: z.array(z.object({ companyId: z.number().int(), name: z.string(), role: z.string(), title: z.string() })),
  /** A company's people. */
  people: z.array(z.object({ personId: z.number().int(), name: z.string(), role: z.string(), title: z.string() })),
  tags: z.array(Ref.extend({ color: z.string() })),
  groups: z.array(Ref),
  custom: z.record(z.string(), CustomValue),
  /** When the office last called, visited, wrote to or met them (ISO timestamp). */
  lastContactAt: z.string().nullable(),
  /** Set when this record was merged into another; it then sits in the trash. */
  mergedInto: z.number().int().nullable(),
});
export type ContactDetail = z.infer<typeof ContactDetail>;

export const ContactRow = z.object({
  id: z.number().int(),
  kind: ContactKind,
  displayName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  companyName: z.string(),
  city: z.string(),
  country: z.string(),
  postcode: z.string(),
  tier: Tier.nullable(),
  lifecycle: Lifecycle.nullable(),
  ownerId: z.number().int().nullable(),
  ownerName: z.string().nullable(),
  source: z.string(),
  birthday: z.string().nullable(),
  lastContactAt: z.string().nullable(),
  createdAt: z.string(),
  doNotContact: z.boolean(),
  /** Tag names, alphabetical. */
  tags: z.array(z.string()),
  /** Values of the custom fields asked for in `customColumns`, by field id. */
  custom: z.record(z.string(), CustomValue),
});
export type ContactRow = z.infer<typeof ContactRow>;

/** The built-in columns the list can sort by. */
export const BuiltInSort = z.enum([
  'name',
  'updated',
  'created',
  'company',
  'city',
  'country',
  'postcode',
  'tier',
  'lifecycle',
  'owner',
  'source',
  'email',
  'phone',
  'birthday',
  'lastContact',
  'tags',
]);
export type BuiltInSort = z.infer<typeof BuiltInSort>;

/** A custom field's column, by field id: the same key the list's chosen columns use. */
export const CustomSort = z.templateLiteral(['custom:', z.number().int().positive()]);
export type CustomSort = z.infer<typeof CustomSort>;

/** What the list is sorted by: a built-in column or `custom:<fieldId>`. */
export const ContactSort = z.union([BuiltInSort, CustomSort]);
export type ContactSort = z.infer<typeof ContactSort>;

/** A condition on one custom field; `value` is compared as the field's type. */
export const CustomFilter = z.object({
  fieldId: z.number().int().positive(),
  op: z.enum(['eq', 'contains', 'gte', 'lte', 'set', 'unset']),
  value: z.union([z.string().max(500), z.number(), z.boolean()]).optional(),
});
export type CustomFilter = z.infer<typeof CustomFilter>;

/** Filters of the list; every one given must hold (lists inside one filter mean "any of"). */
export const ContactFilters = z.object({
  kind: ContactKind.optional(),
  tiers: z.array(Tier.nullable()).max(10).optional(),
  lifecycles: z.array(Lifecycle.nullable()).max(10).optional(),
  /** Contacts carrying any of these tags (all of them with tagMode 'all'). */
  tagIds: z.array(z.number().int().positive()).max(100).optional(),
  tagMode: z.enum(['any', 'all']).default('any'),
  groupIds: z.array(z.number().int().positive()).max(100).optional(),
  /** Owner ids; null means "no owner". */
  ownerIds: z.array(z.number().int().positive().nullable()).max(100).optional(),
  cities: z.array(z.string().trim().min(1).max(200)).max(100).optional(),
  countries: z.array(z.string().trim().toUpperCase().length(2)).max(100).optional(),
  sources: z.array(z.string().trim().max(200)).max(100).optional(),
  custom: z.array(CustomFilter).max(20).optional(),
  /** No call, visit, letter, email or appointment for at least this many days (or never). */
  noContactDays: z.number().int().min(1).max(36_500).optional(),
  doNotContact: z.boolean().optional(),
  /** The people of one company. */
  companyId: z.number().int().positive().optional(),
});
export type ContactFilters = z.output<typeof ContactFilters>;
export type ContactFiltersInput = z.input<typeof ContactFilters>;

export const ContactListQuery = z.object({
  search: z.string().trim().max(200).default(''),
  trashed: z.boolean().default(false),
  sort: ContactSort.default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  filters: ContactFilters.default({ tagMode: 'any' }),
  /** Custom fields whose values each row should carry (chosen columns). */
  customColumns: z.array(z.number().int().positive()).max(50).default([]),
});
export type ContactListQueryInput = z.input<typeof ContactListQuery>;

export const ContactPage = z.object({ rows: z.array(ContactRow), total: z.number().int() });
export type ContactPage = z.infer<typeof ContactPage>;

export const IdList = z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000) });
