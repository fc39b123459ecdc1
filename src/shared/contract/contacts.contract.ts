import { z } from 'zod';
import { method } from './define';
import { ContactDetail, ContactDraft, ContactListQuery, ContactPage, IdList } from '../contacts/contact.schema';

const Id = z.object({ id: z.number().int().positive() });

export const contactsContract = {
  'contacts.create': method(ContactDraft, ContactDetail),
  'contacts.update': method(z.object({ id: z.number().int().positive(), draft: ContactDraft }), ContactDetail),
  'contacts.get': method(Id, ContactDetail),
  'contacts.list': method(ContactListQuery, ContactPage),
  'contacts.trash': method(IdList, z.object({ count: z.number().int() })),
  'contacts.restore': method(IdList, z.object({ count: z.number().int() })),
};
