import { z } from 'zod';
import { Tier } from './contact-traits';

/** One action applied to many contacts at once; every one can be undone. */
export const BulkAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tag'), tagId: z.number().int().positive() }),
  z.object({ type: z.literal('untag'), tagId: z.number().int().positive() }),
  z.object({ type: z.literal('addToGroup'), groupId: z.number().int().positive() }),
  z.object({ type: z.literal('removeFromGroup'), groupId: z.number().int().positive() }),
  z.object({ type: z.literal('setOwner'), ownerId: z.number().int().positive().nullable() }),
  z.object({ type: z.literal('setTier'), tier: Tier.nullable() }),
  z.object({ type: z.literal('trash') }),
]);
export type BulkAction = z.infer<typeof BulkAction>;

export const BulkInput = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(100_000),
  action: BulkAction,
  /**
   * Tagging and adding to a group (the lists mailings are made from) skip contacts marked
   * "do not contact" unless the person explicitly overrides it.
   */
  overrideDoNotContact: z.boolean().default(false),
});

/** What a change that can be undone returns: how many rows it touched and its undo batch. */
export const UndoableResult = z.object({
  count: z.number().int(),
  batchId: z.number().int().nullable(),
  /** Contacts left out because they are marked "do not contact". */
  skippedDoNotContact: z.number().int().default(0),
});
export type UndoableResult = z.infer<typeof UndoableResult>;

export const UndoBatch = z.object({
  id: z.number().int(),
  kind: z.string(),
  /** Short words for the undo menu, e.g. "Tag 1,000 contacts". */
  label: z.string(),
  count: z.number().int(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});
export type UndoBatch = z.infer<typeof UndoBatch>;
