import { z } from 'zod';
import { method } from './define';
import {
  ContactDetail,
  ContactDraft,
  ContactKind,
  ContactListQuery,
  ContactPage,
  ContactRow,
  IdList,
} from '../contacts/contact.schema';
import { BulkInput, UndoableResult } from '../contacts/bulk.schema';
import { DuplicateCandidate, DuplicateGroup, MergeInput } from '../contacts/duplicates.schema';
import { ContactFacets, SearchHit } from '../contacts/facets.schema';

const Id = z.object({ id: z.number().int().positive() });

const NamePart = z.string().trim().max(200).default('');
const isEmail = (v: string) => z.email().safeParse(v).success;

/**
 * What the form sends to look for duplicates while a record is still being typed: every part
 * may be missing or half-typed. Phones and emails are loose text; an email that is not (yet)
 * valid and an empty phone are left out rather than refused. Read as a draft of those parts.
 */
export const DuplicateProbe = z
  .object({
    kind: ContactKind.default('person'),
    givenName: NamePart,
    familyName: NamePart,
    companyName: NamePart,
    phones: z.array(z.object({ value: z.string().max(64) })).max(50).default([]),
    emails: z.array(z.object({ value: z.string().max(254) })).max(50).default([]),
    /** Only the city counts (same name + same city); the country is accepted and ignored. */
    addresses: z
      .array(z.object({ city: z.string().trim().max(200).default(''), country: z.string().max(200).optional() }))
      .max(50)
      .default([]),
  })
  .transform(
    (p): ContactDraft => ({
      kind: p.kind,
      givenName: p.givenName,
      familyName: p.familyName,
      companyName: p.companyName,
      phones: p.phones
        .map((ph) => ph.value.trim())
        .filter(Boolean)
        .map((value) => ({ label: 'mobile', value, primary: false })),
      emails: p.emails
        .map((e) => e.value.trim().toLowerCase())
        .filter(isEmail)
        .map((value) => ({ label: 'work', value, primary: false })),
      addresses: p.addresses
        .filter((a) => a.city)
        .map((a) => ({ label: 'work', street: '', city: a.city, region: '', postcode: '', country: '', primary: false })),
    }),
  );

/** A list query without its page: which contacts, not which rows to show. */
const MatchQuery = ContactListQuery.omit({ offset: true, limit: true, customColumns: true });

export const contactsContract = {
  'contacts.create': method(ContactDraft, ContactDetail),
  'contacts.update': method(z.object({ id: z.number().int().positive(), draft: ContactDraft }), ContactDetail),
  'contacts.get': method(Id, ContactDetail),
  'contacts.list': method(ContactListQuery, ContactPage),
  /** The ids of every contact a list query matches, e.g. to select all of them at once. */
  'contacts.ids': method(MatchQuery, z.object({ ids: z.array(z.number().int()) })),
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
    z.object({ draft: DuplicateProbe, excludeId: z.number().int().positive().optional() }),
    z.array(DuplicateCandidate),
  ),
  /** Every group of likely duplicates in the file. */
  'contacts.duplicates': method(z.object({ limit: z.number().int().min(1).max(1000).default(100) }), z.array(DuplicateGroup)),
  'contacts.merge': method(MergeInput, z.object({ contact: ContactDetail, batchId: z.number().int() })),
  /** Contacts by id, as list rows (e.g. to show merge candidates side by side). */
  'contacts.rows': method(IdList, z.array(ContactRow)),
};
