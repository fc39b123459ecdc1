import type { Locale } from '../contract/settings.contract';

const cache = new Map<string, string>();

/**
 * The locale dates and numbers are written in: the person's language as it is written in the
 * office's country, so an English screen in Britain shows 06/12/2026 and in Germany 1.234,5,
 * and a Chinese one in Singapore 06/12/26. Where Intl knows no such pairing (English in China)
 * the language's own formats are used.
 * @example formatLocale('en', 'GB') // 'en-GB'
 * @example formatLocale('zh-CN', 'CN') // 'zh-CN'
 */
export function formatLocale(language: Locale, country: string | null | undefined): string {
  const region = (country ?? '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(region)) return language;
  const key = `${language}|${region}`;
  let found = cache.get(key);
  if (found === undefined) {
    const tag = language === 'zh-CN' ? (region === 'CN' ? 'zh-CN' : `zh-Hans-${region}`) : `en-${region}`;
    // Intl falls back quietly (en-CN is formatted as en): only a tag it keeps has the region's formats.
    found = new Intl.DateTimeFormat(tag).resolvedOptions().locale === tag ? tag : language;
    cache.set(key, found);
  }
  return found;
}
