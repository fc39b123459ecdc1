import type { Handlers } from '../rpc/handler.types';
import { createView, deleteView, listViews, updateView } from './views.service';

export const viewsHandlers = {
  'views.list': (ctx) => listViews(ctx),
  'views.create': (ctx, draft) => createView(ctx, draft),
  'views.update': (ctx, { id, draft }) => updateView(ctx, id, draft),
  'views.delete': (ctx, { id }) => deleteView(ctx, id),
} satisfies Handlers<'views.'>;
