import { z } from 'zod';
import { customSheet, type CustomSheetDraft } from '../../../shared/documents/custom-sheet';
import { LabelSheet } from '../../../shared/documents/catalogue.types';
import { labelCatalogue } from '../documents/catalogue';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';

const KEY = 'mailings.customSheets';
const Stored = z.array(LabelSheet);

/** Sheets the office defined itself, in the order they were made. */
export async function listCustomSheets(ctx: ServiceContext): Promise<LabelSheet[]> {
  const row = await ctx.db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return [];
  const parsed = Stored.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : [];
}

async function store(ctx: ServiceContext, sheets: LabelSheet[]): Promise<void> {
  const value = JSON.stringify(sheets);
  await ctx.db
    .insertInto('settings')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * Adds a custom sheet, or replaces the one with `id`. The draft is already validated (labels
 * on the paper, none overlapping) by its schema.
 * @example await saveCustomSheet(ctx, undefined, { name: 'Shop labels', paper: PAPERS.A4, ... })
 */
export async function saveCustomSheet(ctx: ServiceContext, id: string | undefined, draft: CustomSheetDraft): Promise<LabelSheet> {
  const sheets = await listCustomSheets(ctx);
  if (id !== undefined && !sheets.some((s) => s.id === id)) throw notFound('sheet', id);
  const newId = id ?? `custom-${Math.max(0, ...sheets.map((s) => Number(s.id.replace('custom-', '')) || 0)) + 1}`;
  const sheet = customSheet(newId, draft);
  await store(ctx, id === undefined ? [...sheets, sheet] : sheets.map((s) => (s.id === id ? sheet : s)));
  return sheet;
}

export async function deleteCustomSheet(ctx: ServiceContext, id: string): Promise<{ count: number }> {
  const sheets = await listCustomSheets(ctx);
  const rest = sheets.filter((s) => s.id !== id);
  if (rest.length === sheets.length) throw notFound('sheet', id);
  await store(ctx, rest);
  return { count: 1 };
}

/** A sheet by id from the catalogue or the office's own sheets. */
export async function resolveSheet(ctx: ServiceContext, id: string): Promise<LabelSheet> {
  const sheet = labelCatalogue().labels.find((s) => s.id === id) ?? (await listCustomSheets(ctx)).find((s) => s.id === id);
  if (!sheet) throw notFound('sheet', id);
  return sheet;
}
