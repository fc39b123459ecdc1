import { z } from 'zod';
import { isCountryCode } from '../geo/country-codes';

/** Labels a phone, email or address can carry. */
export const ChannelLabel = z.enum(['work', 'home', 'mobile', 'billing', 'shipping', 'other']);
export type ChannelLabel = z.infer<typeof ChannelLabel>;

/** Labels a phone can carry: those of every channel, and a fax's, which no email or address has. */
export const PhoneLabel = z.enum([...ChannelLabel.options.filter((l) => l !== 'other'), 'fax', 'other']);
export type PhoneLabel = z.infer<typeof PhoneLabel>;

const Line = z.string().trim().max(200).default('');

/** A postal address as stored: structured parts; formatting per country happens when shown. */
export const AddressDraft = z.object({
  label: ChannelLabel.default('work'),
  /** Street lines, one per line, as they go on the envelope. */
  street: z.string().trim().max(500).default(''),
  city: Line,
  region: Line,
  postcode: z.string().trim().max(20).default(''),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((value, ctx) => {
      if (!isCountryCode(value)) ctx.addIssue({ code: 'custom', message: 'Unknown country', params: { key: 'unknownCountry' } });
    }),
  primary: z.boolean().default(false),
});
export type AddressDraftInput = z.input<typeof AddressDraft>;
export type AddressDraft = z.output<typeof AddressDraft>;

export const Address = z.object({
  id: z.number().int(),
  label: ChannelLabel,
  street: z.string(),
  city: z.string(),
  region: z.string(),
  postcode: z.string(),
  country: z.string(),
  primary: z.boolean(),
});
export type Address = z.infer<typeof Address>;
