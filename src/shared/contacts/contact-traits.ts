import { z } from 'zod';

/** Customer tier, in rank order (key first). Chinese: 主客户 / 大客户 / 普通客户 / 小客户. */
export const Tier = z.enum(['key', 'major', 'regular', 'small']);
export type Tier = z.infer<typeof Tier>;

/** Lifecycle stage, in the order a customer moves through them. */
export const Lifecycle = z.enum(['lead', 'prospect', 'customer', 'repeat', 'lapsed']);
export type Lifecycle = z.infer<typeof Lifecycle>;

/** How a customer likes to be talked to; the contact page shows it as a hint. */
export const RelationshipStyle = z.enum(['expressive', 'driver', 'analytical', 'amiable']);
export type RelationshipStyle = z.infer<typeof RelationshipStyle>;

/** Which order a person's name is shown in; auto = family first for Chinese names. */
export const NameOrder = z.enum(['auto', 'given_first', 'family_first']);
export type NameOrder = z.infer<typeof NameOrder>;

/** What the office may do to reach this contact; doNotContact overrides all of them. */
export const CommPrefs = z.object({
  phone: z.boolean().default(true),
  email: z.boolean().default(true),
  letter: z.boolean().default(true),
  marketing: z.boolean().default(true),
  doNotContact: z.boolean().default(false),
});
export type CommPrefs = z.output<typeof CommPrefs>;
