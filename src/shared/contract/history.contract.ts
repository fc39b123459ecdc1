import { z } from 'zod';
import { method } from './define';
import { HistoryDraft, HistoryItem, HistoryListQuery, HistoryPage } from '../contacts/history.schema';

const Id = z.number().int().positive();

export const historyContract = {
  'history.list': method(HistoryListQuery, HistoryPage),
  /** Adds a note, logs a call, visit, email or letter: one method for every kind. */
  'history.add': method(HistoryDraft, HistoryItem),
  'history.update': method(z.object({ id: Id, draft: HistoryDraft }), HistoryItem),
  'history.delete': method(z.object({ id: Id }), z.object({ count: z.number().int() })),
};
