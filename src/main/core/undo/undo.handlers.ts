import type { Handlers } from '../rpc/handler.types';
import { applyUndo, listUndo } from './undo.service';

export const undoHandlers = {
  'undo.list': (ctx, { limit }) => listUndo(ctx, limit),
  'undo.apply': (ctx, { batchId }) => applyUndo(ctx, batchId),
} satisfies Handlers<'undo.'>;
