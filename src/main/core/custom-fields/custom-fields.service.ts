import type { CustomField, CustomFieldDraft } from '../../../shared/contacts/organising.schema';
import type { z } from 'zod';
import { isoNow, type ServiceContext } from '../context';
import type { CustomFieldsTable } from '../db/schema';
import { notFound } from '../errors';
import { invalid } from '../contacts/field-issue';
import type { FieldDef } from '../contacts/custom-values';

type Draft = z.output<typeof CustomFieldDraft>;
type Row = Omit<CustomFieldsTable, 'id'> & { id: number };

const toField = (r: Row): CustomField => ({
  id: r.id,
  label: r.label,
  type: r.type,
  choices: JSON.parse(r.choices) as string[],
  appliesTo: r.applies_to,
  position: r.position,
  archived: r.archived === 1,
});

/** The custom fields by id, as writers and filters need them (archived ones included). */
export async function loadFieldDefs(ctx: ServiceContext): Promise<Map<number, FieldDef>> {
  const rows = await ctx.db.selectFrom('custom_fields').selectAll().execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, label: r.label, type: r.type, choices: JSON.parse(r.choices) as string[] }]));
}

export async function listCustomFields(ctx: ServiceContext, includeArchived: boolean): Promise<CustomField[]> {
  let q = ctx.db.selectFrom('custom_fields').selectAll().orderBy('position').orderBy('id');
  if (!includeArchived) q = q.where('archived', '=', 0);
  return (await q.execute()).map(toField);
}

async function getField(ctx: ServiceContext, id: number): Promise<CustomField> {
  const row = await ctx.db.selectFrom('custom_fields').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('customField', id);
  return toField(row);
}

/** Defines a new field, placed after the others. */
export async function createCustomField(ctx: ServiceContext, draft: Draft): Promise<CustomField> {
  const { max } = await ctx.db
    .selectFrom('custom_fields')
    .select((eb) => eb.fn.max('position').as('max'))
    .executeTakeFirstOrThrow();
  const res = await ctx.db
    .insertInto('custom_fields')
    .values({
      label: draft.label,
      type: draft.type,
      choices: JSON.stringify(draft.choices),
      applies_to: draft.appliesTo,
      position: (max ?? -1) + 1,
      archived: 0,
      created_at: isoNow(ctx),
    })
    .executeTakeFirstOrThrow();
  return getField(ctx, Number(res.insertId));
}

/** Renames a field or changes its options; its type is fixed once values exist. */
export async function updateCustomField(ctx: ServiceContext, id: number, draft: Draft): Promise<CustomField> {
  const current = await getField(ctx, id);
  if (current.type !== draft.type) throw invalid(ctx, [{ path: ['type'], key: 'fieldTypeFixed' }]);
  await ctx.db
    .updateTable('custom_fields')
    .set({ label: draft.label, choices: JSON.stringify(draft.choices), applies_to: draft.appliesTo })
    .where('id', '=', id)
    .execute();
  return getField(ctx, id);
}

export async function archiveCustomField(ctx: ServiceContext, id: number, archived: boolean): Promise<CustomField> {
  await getField(ctx, id);
  await ctx.db.updateTable('custom_fields').set({ archived: archived ? 1 : 0 }).where('id', '=', id).execute();
  return getField(ctx, id);
}

/** Puts the fields in the given order (ids left out keep their place after those given). */
export async function reorderCustomFields(ctx: ServiceContext, ids: number[]): Promise<CustomField[]> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const [i, id] of ids.entries()) await trx.updateTable('custom_fields').set({ position: i }).where('id', '=', id).execute();
  });
  return listCustomFields(ctx, true);
}
