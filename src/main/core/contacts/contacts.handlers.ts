import type { Handlers } from '../rpc/handler.types';
import {
  createContact,
  getContact,
  listContacts,
  restoreContacts,
  trashContacts,
  updateContact,
} from './contacts.service';

export const contactsHandlers = {
  'contacts.create': (ctx, draft) => createContact(ctx, draft),
  'contacts.update': (ctx, { id, draft }) => updateContact(ctx, id, draft),
  'contacts.get': (ctx, { id }) => getContact(ctx, id),
  'contacts.list': (ctx, query) => listContacts(ctx, query),
  'contacts.trash': (ctx, { ids }) => trashContacts(ctx, ids),
  'contacts.restore': (ctx, { ids }) => restoreContacts(ctx, ids),
} satisfies Handlers<'contacts.'>;
