import type { Handlers } from '../rpc/handler.types';
import { withSnapshot } from '../db/snapshot';
import { exportEverything } from './everything-export';
import { discardExport, exportContacts } from './exports.service';
import { exportSales } from './sales-export';

export const exportsHandlers = {
  // Read from a snapshot on a connection of their own, beside the app's other calls (see dispatch).
  'exports.contacts': (ctx, input) => withSnapshot(ctx, (snapshot) => exportContacts(snapshot, input)),
  'exports.sales': (ctx, input) => withSnapshot(ctx, (snapshot) => exportSales(snapshot, input)),
  'exports.everything': (ctx) => withSnapshot(ctx, (snapshot) => exportEverything(snapshot)),
  'exports.discard': async (ctx, { fileId }) => discardExport(ctx, fileId),
} satisfies Handlers<'exports.'>;
