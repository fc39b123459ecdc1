import { COUNTRY_CODES, isCountryCode } from '../../../shared/geo/country-codes';

let byName: Map<string, string> | null = null;

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s.()'’-]+/g, '');

/** Country names in the languages files come in, from the runtime's own CLDR data. */
function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const extra: Record<string, string> = { usa: 'US', america: 'US', uk: 'GB', england: 'GB', britain: 'GB', 中国大陆: 'CN', 大陆: 'CN', 台湾: 'TW', 香港: 'HK', 澳门: 'MO', prc: 'CN' };
  for (const [k, v] of Object.entries(extra)) byName.set(fold(k), v);
  for (const locale of ['en', 'zh-Hans', 'zh-Hant', 'de', 'fr', 'es', 'ja', 'ru']) {
    const dn = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of COUNTRY_CODES) {
      const name = dn.of(code);
      if (name && name !== code) byName.set(fold(name), code);
    }
  }
  return byName;
}

/**
 * The ISO code of a country as a file writes it ("DE", "Germany", "德国", "United States of
 * America"); `fallback` (the office's country) when the cell is empty or names no known country.
 * @example resolveCountry('中国', 'DE') // 'CN'
 */
export function resolveCountry(text: string, fallback: string, address = ''): string {
  const t = text.trim();
  if (!t) return countryOfScript(address) ?? fallback;
  const upper = t.toUpperCase();
  if (upper.length === 2 && isCountryCode(upper)) return upper;
  return names().get(fold(t)) ?? fallback;
}

const HAN_COUNTRIES = new Set(['CN', 'TW', 'HK', 'MO', 'SG', 'JP']);

/**
 * The country an address without one is most likely in, from its script: kana → Japan,
 * hangul → Korea, Chinese characters → China (unless the office is in a place that writes them
 * too). Null for Latin and other scripts: the office's own country is the better guess there.
 * @example countryOfScript('洛龙区开元大道1号 洛阳市') // 'CN'
 */
export function countryOfScript(address: string): string | null {
  if (/[\u3040-\u30ff]/.test(address)) return 'JP';
  if (/[\uac00-\ud7af]/.test(address)) return 'KR';
  if (/[\u4e00-\u9fff]/.test(address)) return 'CN';
  return null;
}

/** Like countryOfScript, but keeps the office's country when it writes Chinese characters itself. */
export function countryFor(text: string, fallback: string, address: string): string {
  const resolved = resolveCountry(text, fallback, address);
  return !text.trim() && HAN_COUNTRIES.has(fallback) && resolved === 'CN' ? fallback : resolved;
}
