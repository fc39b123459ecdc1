import type { Handlers } from '../rpc/handler.types';
import { bulkAction } from './bulk.service';
import { contactFacets, contactIds, contactRows, quickSearch } from './contact-list';
import {
  createContact,
  emptyTrash,
  getContact,
  listContacts,
  restoreContacts,
  trashContacts,
  updateContact,
} from './contacts.service';
import { duplicatesOf, findDuplicates } from './duplicates.service';
import { mergeContacts } from './merge.service';

export const contactsHandlers = {
  'contacts.create': (ctx, draft) => createContact(ctx, draft),
  'contacts.update': (ctx, { id, draft }) => updateContact(ctx, id, draft),
  'contacts.get': (ctx, { id }) => getContact(ctx, id),
  'contacts.list': (ctx, query) => listContacts(ctx, query),
  'contacts.ids': async (ctx, query) => ({ ids: await contactIds(ctx, query) }),
  'contacts.facets': (ctx, query) => contactFacets(ctx, query),
  'contacts.search': (ctx, { q, limit }) => quickSearch(ctx, q, limit),
  'contacts.trash': (ctx, { ids }) => trashContacts(ctx, ids),
  'contacts.restore': (ctx, { ids }) => restoreContacts(ctx, ids),
  'contacts.emptyTrash': (ctx, { ids }) => emptyTrash(ctx, ids),
  'contacts.bulk': (ctx, { ids, action, overrideDoNotContact }) => bulkAction(ctx, ids, action, overrideDoNotContact),
  'contacts.duplicatesOf': (ctx, { draft, excludeId }) => duplicatesOf(ctx, draft, excludeId),
  'contacts.duplicates': (ctx, { limit }) => findDuplicates(ctx, limit),
  'contacts.merge': (ctx, input) => mergeContacts(ctx, input),
  'contacts.rows': (ctx, { ids }) => contactRows(ctx, ids),
} satisfies Handlers<'contacts.'>;
