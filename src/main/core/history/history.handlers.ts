import type { Handlers } from '../rpc/handler.types';
import { addHistory, deleteHistory, listHistory, updateHistory } from './history.service';

export const historyHandlers = {
  'history.list': (ctx, q) => listHistory(ctx, q),
  'history.add': (ctx, draft) => addHistory(ctx, draft),
  'history.update': (ctx, { id, draft }) => updateHistory(ctx, id, draft),
  'history.delete': (ctx, { id }) => deleteHistory(ctx, id),
} satisfies Handlers<'history.'>;
