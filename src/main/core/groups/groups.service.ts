import { sql } from 'kysely';
import type { z } from 'zod';
import type { Group, GroupDraft } from '../../../shared/contacts/organising.schema';
import { isoNow, type ServiceContext } from '../context';
import { notFound } from '../errors';

type Draft = z.output<typeof GroupDraft>;

/** Every group (static list) with its number of live members, alphabetical. */
export async function listGroups(ctx: ServiceContext): Promise<Group[]> {
  const rows = await ctx.db
    .selectFrom('contact_groups as g')
    .select([
      'g.id',
      'g.name',
      'g.description',
      sql<number>`(select count(*) from contact_group_members m join contacts c on c.id = m.contact_id and c.deleted_at is null where m.group_id = g.id)`.as('count'),
    ])
    .orderBy(sql`g.name collate nocase`)
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

async function getGroup(ctx: ServiceContext, id: number): Promise<Group> {
  const group = (await listGroups(ctx)).find((g) => g.id === id);
  if (!group) throw notFound('group', id);
  return group;
}

export async function createGroup(ctx: ServiceContext, draft: Draft): Promise<Group> {
  const res = await ctx.db.insertInto('contact_groups').values({ ...draft, created_at: isoNow(ctx) }).executeTakeFirstOrThrow();
  return getGroup(ctx, Number(res.insertId));
}

export async function updateGroup(ctx: ServiceContext, id: number, draft: Draft): Promise<Group> {
  await getGroup(ctx, id);
  await ctx.db.updateTable('contact_groups').set(draft).where('id', '=', id).execute();
  return getGroup(ctx, id);
}

/** Deletes the list itself; its contacts are untouched. */
export async function deleteGroup(ctx: ServiceContext, id: number): Promise<{ count: number }> {
  await getGroup(ctx, id);
  const res = await ctx.db.deleteFrom('contact_groups').where('id', '=', id).executeTakeFirst();
  return { count: Number(res.numDeletedRows) };
}
