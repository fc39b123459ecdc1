import type { Handlers } from '../rpc/handler.types';
import {
  archiveCustomField,
  createCustomField,
  listCustomFields,
  reorderCustomFields,
  updateCustomField,
} from './custom-fields.service';

export const customFieldsHandlers = {
  'customFields.list': (ctx, { includeArchived }) => listCustomFields(ctx, includeArchived),
  'customFields.create': (ctx, draft) => createCustomField(ctx, draft),
  'customFields.update': (ctx, { id, draft }) => updateCustomField(ctx, id, draft),
  'customFields.archive': (ctx, { id, archived }) => archiveCustomField(ctx, id, archived),
  'customFields.reorder': (ctx, { ids }) => reorderCustomFields(ctx, ids),
} satisfies Handlers<'customFields.'>;
