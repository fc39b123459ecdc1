import type { Handlers } from '../rpc/handler.types';
import { createGroup, deleteGroup, listGroups, updateGroup } from './groups.service';

export const groupsHandlers = {
  'groups.list': (ctx) => listGroups(ctx),
  'groups.create': (ctx, draft) => createGroup(ctx, draft),
  'groups.update': (ctx, { id, draft }) => updateGroup(ctx, id, draft),
  'groups.delete': (ctx, { id }) => deleteGroup(ctx, id),
} satisfies Handlers<'groups.'>;
