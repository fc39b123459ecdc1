import type { z } from 'zod';
import { ViewState, type SavedView, type ViewDraft } from '../../../shared/contacts/view.schema';
import { isoNow, type ServiceContext } from '../context';
import { notFound } from '../errors';

type Draft = z.output<typeof ViewDraft>;

const toView = (r: { id: number; name: string; state: string; updated_at: string }): SavedView => ({
  id: r.id,
  name: r.name,
  // Parsed again so a view saved by an older version gets today's defaults.
  state: ViewState.parse(JSON.parse(r.state)),
  updatedAt: r.updated_at,
});

/** Saved list views, alphabetical. */
export async function listViews(ctx: ServiceContext): Promise<SavedView[]> {
  return (await ctx.db.selectFrom('saved_views').selectAll().orderBy('name').execute()).map(toView);
}

async function getView(ctx: ServiceContext, id: number): Promise<SavedView> {
  const row = await ctx.db.selectFrom('saved_views').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('view', id);
  return toView(row);
}

export async function createView(ctx: ServiceContext, d: Draft): Promise<SavedView> {
  const now = isoNow(ctx);
  const res = await ctx.db
    .insertInto('saved_views')
    .values({ name: d.name, state: JSON.stringify(d.state), created_at: now, updated_at: now })
    .executeTakeFirstOrThrow();
  return getView(ctx, Number(res.insertId));
}

export async function updateView(ctx: ServiceContext, id: number, d: Draft): Promise<SavedView> {
  await getView(ctx, id);
  await ctx.db
    .updateTable('saved_views')
    .set({ name: d.name, state: JSON.stringify(d.state), updated_at: isoNow(ctx) })
    .where('id', '=', id)
    .execute();
  return getView(ctx, id);
}

export async function deleteView(ctx: ServiceContext, id: number): Promise<{ count: number }> {
  const res = await ctx.db.deleteFrom('saved_views').where('id', '=', id).executeTakeFirst();
  return { count: Number(res.numDeletedRows) };
}
