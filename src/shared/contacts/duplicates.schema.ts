import { z } from 'zod';
import { ContactRow } from './contact.schema';

export const DuplicateReason = z.enum(['email', 'phone', 'nameCity', 'nameCompany']);
export type DuplicateReason = z.infer<typeof DuplicateReason>;

export const DuplicateCandidate = z.object({ contact: ContactRow, reasons: z.array(DuplicateReason) });
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

export const DuplicateGroup = z.object({ reason: DuplicateReason, contacts: z.array(ContactRow) });
export type DuplicateGroup = z.infer<typeof DuplicateGroup>;

/** Fields a merge lets the person pick from one of the records. */
export const MergeField = z.enum([
  'kind',
  'names',
  'salutation',
  'phoneticName',
  'birthday',
  'anniversary',
  'tier',
  'lifecycle',
  'source',
  'owner',
  'comm',
  'relationship',
  'notes',
]);
export type MergeField = z.infer<typeof MergeField>;

export const MergeInput = z.object({
  /** The record that stays. */
  targetId: z.number().int().positive(),
  /** The records merged into it; they go to the trash, marked as merged. */
  sourceIds: z.array(z.number().int().positive()).min(1).max(20),
  /** For each field, the record whose value wins; fields left out keep the target's value. */
  pick: z.partialRecord(MergeField, z.number().int().positive()).default({}),
});
export type MergeInput = z.output<typeof MergeInput>;
