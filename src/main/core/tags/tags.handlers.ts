import type { Handlers } from '../rpc/handler.types';
import { createTag, deleteTag, listTags, updateTag } from './tags.service';

export const tagsHandlers = {
  'tags.list': (ctx) => listTags(ctx),
  'tags.create': (ctx, draft) => createTag(ctx, draft),
  'tags.update': (ctx, { id, draft }) => updateTag(ctx, id, draft),
  'tags.delete': (ctx, { id }) => deleteTag(ctx, id),
} satisfies Handlers<'tags.'>;
