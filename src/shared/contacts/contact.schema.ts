import { z } from 'zod';

/** Labels a phone, email or address can carry. */
export const ChannelLabel = z.enum(['work', 'home', 'mobile', 'billing', 'shipping', 'other']);
export type ChannelLabel = z.infer<typeof ChannelLabel>;

export const ContactKind = z.enum(['person', 'company']);
export type ContactKind = z.infer<typeof ContactKind>;

/** A name part: trimmed; an all-space value counts as empty. */
const NamePart = z.string().trim().max(200).default('');

export const PhoneDraft = z.object({
  label: ChannelLabel.default('mobile'),
  value: z.string().trim().min(1).max(64),
  primary: z.boolean().default(false),
});
export type PhoneDraft = z.input<typeof PhoneDraft>;

export const EmailDraft = z.object({
  label: ChannelLabel.default('work'),
  value: z.string().trim().toLowerCase().pipe(z.email().max(254)),
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
  label: ChannelLabel,
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
});
export type ContactRow = z.infer<typeof ContactRow>;

export const ContactSort = z.enum(['name', 'updated', 'created']);
export type ContactSort = z.infer<typeof ContactSort>;

export const ContactListQuery = z.object({
  search: z.string().trim().max(200).default(''),
  trashed: z.boolean().default(false),
  sort: ContactSort.default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type ContactListQueryInput = z.input<typeof ContactListQuery>;

export const ContactPage = z.object({ rows: z.array(ContactRow), total: z.number().int() });
export type ContactPage = z.infer<typeof ContactPage>;

export const IdList = z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000) });
