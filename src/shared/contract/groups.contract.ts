import { z } from 'zod';
import { method } from './define';
import { Group, GroupDraft } from '../contacts/organising.schema';

const Id = z.number().int().positive();

export const groupsContract = {
  'groups.list': method(z.object({}), z.array(Group)),
  'groups.create': method(GroupDraft, Group),
  'groups.update': method(z.object({ id: Id, draft: GroupDraft }), Group),
  /** Deletes the list; its contacts stay. */
  'groups.delete': method(z.object({ id: Id }), z.object({ count: z.number().int() })),
};
