import { z } from 'zod';
import { ContactKind } from './contact.schema';

const Count = z.object({ key: z.string().nullable(), count: z.number().int() });
const IdCount = z.object({ id: z.number().int().nullable(), count: z.number().int() });

/** How many of the matching contacts fall in each tier, stage, owner, tag and group. */
export const ContactFacets = z.object({
  total: z.number().int(),
  tiers: z.array(Count),
  lifecycles: z.array(Count),
  owners: z.array(IdCount),
  tags: z.array(IdCount),
  groups: z.array(IdCount),
});
export type ContactFacets = z.infer<typeof ContactFacets>;

export const SearchHit = z.object({
  id: z.number().int(),
  kind: ContactKind,
  displayName: z.string(),
  /** Company, email or phone: a second line to tell two "Anna Weber"s apart. */
  detail: z.string(),
  deleted: z.boolean(),
});
export type SearchHit = z.infer<typeof SearchHit>;
