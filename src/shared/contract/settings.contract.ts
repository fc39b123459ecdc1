import { z } from 'zod';
import { method } from './define';
import { isCountryCode } from '../geo/country-codes';

export const Locale = z.enum(['en', 'zh-CN']);
export type Locale = z.infer<typeof Locale>;

export const ThemeChoice = z.enum(['light', 'dark', 'auto']);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** Office-wide preferences stored in the database; null means "follow the system". */
export const Settings = z.object({
  locale: Locale.nullable(),
  theme: ThemeChoice,
  /** ISO 3166-1 alpha-2 country used to read phone numbers typed without a country code. */
  defaultCountry: z.string().refine(isCountryCode, { params: { key: 'unknownCountry' } }),
});
export type Settings = z.infer<typeof Settings>;

export const AppInfo = z.object({
  version: z.string(),
  dataFile: z.string(),
  schemaVersion: z.string(),
  mode: z.enum(['desktop', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const settingsContract = {
  'settings.get': method(z.object({}), Settings),
  'settings.update': method(Settings.partial(), Settings),
  'app.info': method(z.object({}), AppInfo),
};
