import { Settings, type Settings as SettingsT } from '../../../shared/contract/settings.contract';
import { isCountryCode } from '../../../shared/geo/country-codes';
import type { ServiceContext } from '../context';

/** The country part of a locale tag such as "de-DE", "en_GB" or "zh-Hans-CN", when it names one we know. */
function regionOf(tag: string): string | null {
  const match = /[-_]([A-Z]{2})\b/.exec(tag);
  return match && isCountryCode(match[1]!) ? match[1]! : null;
}

/**
 * Settings never chosen: the language follows the system, and the office's country (phone numbers,
 * date and number formats, paper) the system's regional format, else its language's region.
 */
export function defaultSettings(systemLocale: string, systemRegion?: string): SettingsT {
  const region = (systemRegion ? regionOf(systemRegion) : null) ?? regionOf(systemLocale) ?? (systemLocale.toLowerCase().startsWith('zh') ? 'CN' : 'US');
  return { locale: null, theme: 'auto', defaultCountry: region };
}

/** The office's settings, with defaults derived from the OS for anything never set. */
export async function getSettings(ctx: ServiceContext): Promise<SettingsT> {
  const rows = await ctx.db.selectFrom('settings').select(['key', 'value']).execute();
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value);
  return Settings.parse({ ...defaultSettings(ctx.systemLocale, ctx.systemRegion), ...stored });
}

/** Saves the given settings in one transaction and returns the whole set. */
export async function updateSettings(ctx: ServiceContext, patch: Partial<SettingsT>): Promise<SettingsT> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      await trx
        .insertInto('settings')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute();
    }
  });
  return getSettings(ctx);
}
