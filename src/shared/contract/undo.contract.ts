import { z } from 'zod';
import { method } from './define';
import { UndoBatch } from '../contacts/bulk.schema';

export const undoContract = {
  /** The latest changes that can be undone (bulk actions, merges, trash), newest first. */
  'undo.list': method(z.object({ limit: z.number().int().min(1).max(100).default(20) }), z.array(UndoBatch)),
  /** Puts back every row a batch changed, in one transaction. */
  'undo.apply': method(z.object({ batchId: z.number().int().positive() }), UndoBatch),
};
