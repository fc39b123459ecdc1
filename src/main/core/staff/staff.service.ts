import type { z } from 'zod';
import type { Staff, StaffDraft } from '../../../shared/contacts/organising.schema';
import { isoNow, type ServiceContext } from '../context';
import { notFound } from '../errors';

type Draft = z.output<typeof StaffDraft>;

/** The office's staff, who own contacts and log history; alphabetical. */
export async function listStaff(ctx: ServiceContext, includeInactive: boolean): Promise<Staff[]> {
  let q = ctx.db.selectFrom('staff').selectAll().orderBy('name');
  if (!includeInactive) q = q.where('active', '=', 1);
  return (await q.execute()).map((r) => ({ id: r.id, name: r.name, email: r.email, active: r.active === 1 }));
}

async function getStaff(ctx: ServiceContext, id: number): Promise<Staff> {
  const s = (await listStaff(ctx, true)).find((r) => r.id === id);
  if (!s) throw notFound('staff', id);
  return s;
}

export async function createStaff(ctx: ServiceContext, d: Draft): Promise<Staff> {
  const res = await ctx.db
    .insertInto('staff')
    .values({ name: d.name, email: d.email, active: d.active ? 1 : 0, created_at: isoNow(ctx) })
    .executeTakeFirstOrThrow();
  return getStaff(ctx, Number(res.insertId));
}

export async function updateStaff(ctx: ServiceContext, id: number, d: Draft): Promise<Staff> {
  await getStaff(ctx, id);
  await ctx.db.updateTable('staff').set({ name: d.name, email: d.email, active: d.active ? 1 : 0 }).where('id', '=', id).execute();
  return getStaff(ctx, id);
}
