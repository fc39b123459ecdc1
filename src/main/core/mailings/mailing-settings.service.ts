import type { z } from 'zod';
import { DEFAULT_CN_POSTCODE_BOXES } from '../../../shared/documents/envelope-layout';
import { DEFAULT_HOUSEHOLD_TEMPLATES } from '../../../shared/documents/households';
import { Letterhead, MailingSettings, type MailingSettingsPatch } from '../../../shared/contract/mailings.contract';
import type { ServiceContext } from '../context';

type Patch = z.output<typeof MailingSettingsPatch>;

// Stored as rows of the settings table, one key per part, so a patch touches only its part.
const PREFIX = 'mailings.';
const PARTS = ['letterhead', 'calibrations', 'householdTemplates', 'letterPaper', 'postcodeBoxes'] as const;

const DEFAULTS: MailingSettings = {
  letterhead: Letterhead.parse({}),
  calibrations: [],
  householdTemplates: { ...DEFAULT_HOUSEHOLD_TEMPLATES },
  letterPaper: null,
  postcodeBoxes: { ...DEFAULT_CN_POSTCODE_BOXES },
};

/** The office's letterhead, printer calibrations and mailing defaults. */
export async function getMailingSettings(ctx: ServiceContext): Promise<MailingSettings> {
  const rows = await ctx.db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', PARTS.map((p) => PREFIX + p))
    .execute();
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key.slice(PREFIX.length)] = JSON.parse(row.value);
  const merged = MailingSettings.safeParse({ ...DEFAULTS, ...stored });
  // A part saved by an older build that no longer parses falls back to its default, never blocks printing.
  if (merged.success) return merged.data;
  const out: Record<string, unknown> = { ...DEFAULTS };
  for (const part of PARTS) {
    const one = MailingSettings.shape[part].safeParse(stored[part]);
    if (one.success) out[part] = one.data;
  }
  return MailingSettings.parse(out);
}

/** Saves the given parts in one transaction and returns the whole set. */
export async function updateMailingSettings(ctx: ServiceContext, patch: Patch): Promise<MailingSettings> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const part of PARTS) {
      const value = patch[part];
      if (value === undefined) continue;
      const json = JSON.stringify(value);
      await trx
        .insertInto('settings')
        .values({ key: PREFIX + part, value: json })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
        .execute();
    }
  });
  return getMailingSettings(ctx);
}

/** The calibration shift of a printer; none when the printer was never calibrated. */
export function shiftFor(settings: MailingSettings, printer: string): { x: number; y: number } | undefined {
  const c = settings.calibrations.find((k) => k.printer === printer.trim());
  return c && (c.xMm || c.yMm) ? { x: c.xMm, y: c.yMm } : undefined;
}
