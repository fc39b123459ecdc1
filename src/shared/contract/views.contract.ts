import { z } from 'zod';
import { method } from './define';
import { SavedView, ViewDraft } from '../contacts/view.schema';

const Id = z.number().int().positive();

export const viewsContract = {
  'views.list': method(z.object({}), z.array(SavedView)),
  'views.create': method(ViewDraft, SavedView),
  'views.update': method(z.object({ id: Id, draft: ViewDraft }), SavedView),
  'views.delete': method(z.object({ id: Id }), z.object({ count: z.number().int() })),
};
