import type { Handlers } from '../rpc/handler.types';
import { exportEverything } from './everything-export';
import { discardExport, exportContacts } from './exports.service';

export const exportsHandlers = {
  'exports.contacts': (ctx, input) => exportContacts(ctx, input),
  'exports.everything': (ctx) => exportEverything(ctx),
  'exports.discard': async (ctx, { fileId }) => discardExport(ctx, fileId),
} satisfies Handlers<'exports.'>;
