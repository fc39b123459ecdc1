import { z } from 'zod';
import { method } from './define';
import {
  ContactDetail,
  ContactDraft,
  ContactListQuery,
  ContactPage,
  ContactRow,
  IdList,
} from '../contacts/contact.schema';
import { BulkInput, UndoableResult } from '../contacts/bulk.schema';
import { DuplicateCandidate, DuplicateGroup, MergeInput } from '../contacts/duplicates.schema';
import { ContactFacets, SearchHit } from '../contacts/facets.schema';

const Id = z.object({ id: z.number().int().positive() });

export const contactsContract = {
  'contacts.create': method(ContactDraft, ContactDetail),
  'contacts.update': method(z.object({ id: z.number().int().positive(), draft: ContactDraft }), ContactDetail),
  'contacts.get': method(Id, ContactDetail),
  'contacts.list': method(ContactListQuery, ContactPage),
  /** Counts per tier, lifecycle, owner, tag and group of what the list query matches. */
  'contacts.facets': method(ContactListQuery, ContactFacets),
  /** Quick search for the Ctrl/Cmd+K box: best matches with a line saying why they matched. */
  'contacts.search': method(
    z.object({ q: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(50).default(10) }),
    z.array(SearchHit),
  ),
  'contacts.trash': method(IdList, UndoableResult),
  'contacts.restore': method(IdList, UndoableResult),
  /** Deletes trashed contacts for good, with their history (all of the trash when ids is left out). */
  'contacts.emptyTrash': method(
    z.object({ ids: z.array(z.number().int().positive()).max(100_000).optional() }),
    z.object({ count: z.number().int() }),
  ),
  'contacts.bulk': method(BulkInput, UndoableResult),
  /** Likely duplicates of a record being typed (create) or of a stored one (excludeId). */
  'contacts.duplicatesOf': method(
    z.object({ draft: ContactDraft, excludeId: z.number().int().positive().optional() }),
    z.array(DuplicateCandidate),
  ),
  /** Every group of likely duplicates in the file. */
  'contacts.duplicates': method(z.object({ limit: z.number().int().min(1).max(1000).default(100) }), z.array(DuplicateGroup)),
  'contacts.merge': method(MergeInput, z.object({ contact: ContactDetail, batchId: z.number().int() })),
  /** Contacts by id, as list rows (e.g. to show merge candidates side by side). */
  'contacts.rows': method(IdList, z.array(ContactRow)),
};
