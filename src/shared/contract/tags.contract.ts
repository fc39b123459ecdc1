import { z } from 'zod';
import { method } from './define';
import { Tag, TagDraft } from '../contacts/organising.schema';

const Id = z.number().int().positive();

export const tagsContract = {
  'tags.list': method(z.object({}), z.array(Tag)),
  'tags.create': method(TagDraft, Tag),
  'tags.update': method(z.object({ id: Id, draft: TagDraft }), Tag),
  /** Removes the tag from every contact and deletes it. */
  'tags.delete': method(z.object({ id: Id }), z.object({ count: z.number().int() })),
};
