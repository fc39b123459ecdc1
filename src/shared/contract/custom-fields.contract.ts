import { z } from 'zod';
import { method } from './define';
import { CustomField, CustomFieldDraft } from '../contacts/organising.schema';

const Id = z.number().int().positive();

export const customFieldsContract = {
  'customFields.list': method(z.object({ includeArchived: z.boolean().default(false) }), z.array(CustomField)),
  'customFields.create': method(CustomFieldDraft, CustomField),
  /** The type of a field cannot change once created (stored values would no longer fit). */
  'customFields.update': method(z.object({ id: Id, draft: CustomFieldDraft }), CustomField),
  /** Hides the field; values stay and come back when it is restored. */
  'customFields.archive': method(z.object({ id: Id, archived: z.boolean() }), CustomField),
  'customFields.reorder': method(z.object({ ids: z.array(Id).max(500) }), z.array(CustomField)),
};
