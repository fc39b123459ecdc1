import { en } from './en';
import { zhCN } from './zh-CN';
import type { Locale } from '../contract/settings.contract';

export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;
export const SUPPORTED_LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/**
 * Picks the supported locale closest to what the OS or browser reports.
 * @example pickLocale(['zh-Hans-CN', 'en-US']) // 'zh-CN'
 */
export function pickLocale(preferred: readonly string[] | string | undefined | null): Locale {
  const list = typeof preferred === 'string' ? [preferred] : (preferred ?? []);
  for (const tag of list) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export type { Messages } from './en';
export { en, zhCN };
