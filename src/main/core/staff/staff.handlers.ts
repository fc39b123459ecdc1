import type { Handlers } from '../rpc/handler.types';
import { createStaff, listStaff, updateStaff } from './staff.service';

export const staffHandlers = {
  'staff.list': (ctx, { includeInactive }) => listStaff(ctx, includeInactive),
  'staff.create': (ctx, draft) => createStaff(ctx, draft),
  'staff.update': (ctx, { id, draft }) => updateStaff(ctx, id, draft),
} satisfies Handlers<'staff.'>;
