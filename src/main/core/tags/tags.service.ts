import { sql } from 'kysely';
import type { z } from 'zod';
import type { Tag, TagDraft } from '../../../shared/contacts/organising.schema';
import { isoNow, type ServiceContext } from '../context';
import { notFound } from '../errors';
import { invalid } from '../contacts/field-issue';

type Draft = z.output<typeof TagDraft>;

/** Every tag with how many live contacts carry it, alphabetical. */
export async function listTags(ctx: ServiceContext): Promise<Tag[]> {
  const rows = await ctx.db
    .selectFrom('tags as t')
    .select([
      't.id',
      't.name',
      't.color',
      sql<number>`(select count(*) from contact_tags ct join contacts c on c.id = ct.contact_id and c.deleted_at is null where ct.tag_id = t.id)`.as('count'),
    ])
    .orderBy(sql`t.name collate nocase`)
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

async function getTag(ctx: ServiceContext, id: number): Promise<Tag> {
  const tag = (await listTags(ctx)).find((t) => t.id === id);
  if (!tag) throw notFound('tag', id);
  return tag;
}

async function ensureUnique(ctx: ServiceContext, name: string, except?: number): Promise<void> {
  let q = ctx.db.selectFrom('tags').select('id').where(sql<boolean>`name = ${name} collate nocase`);
  if (except) q = q.where('id', '<>', except);
  if (await q.executeTakeFirst()) throw invalid(ctx, [{ path: ['name'], key: 'tagExists', params: { name } }]);
}

export async function createTag(ctx: ServiceContext, draft: Draft): Promise<Tag> {
  await ensureUnique(ctx, draft.name);
  const res = await ctx.db.insertInto('tags').values({ ...draft, created_at: isoNow(ctx) }).executeTakeFirstOrThrow();
  return getTag(ctx, Number(res.insertId));
}

export async function updateTag(ctx: ServiceContext, id: number, draft: Draft): Promise<Tag> {
  await getTag(ctx, id);
  await ensureUnique(ctx, draft.name, id);
  await ctx.db.updateTable('tags').set(draft).where('id', '=', id).execute();
  return getTag(ctx, id);
}

/** Removes a tag from every contact and deletes it; returns how many contacts carried it. */
export async function deleteTag(ctx: ServiceContext, id: number): Promise<{ count: number }> {
  const tag = await getTag(ctx, id);
  await ctx.db.deleteFrom('tags').where('id', '=', id).execute();
  return { count: tag.count };
}
