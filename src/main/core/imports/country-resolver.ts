import { COUNTRY_CODES, isCountryCode } from '../../../shared/geo/country-codes';

let byName: Map<string, string> | null = null;

/** A name as compared: case, spaces, marks, a leading "the" and "Saint" as "St" aside ("The Netherlands", "Saint Lucia"). */
const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\bsaint\b/g, 'st')
    .replace(/[\s.()'’,&-]+/g, '');

/**
 * Names files still write that CLDR's current ones replaced or never had: the Czech Republic,
 * Turkey, Holland, Great Britain's nations, ISO's official names ("Russian Federation",
 * "Korea, Republic of"), and Chinese ones (中华人民共和国, 中国香港).
 */
const OLDER_NAMES: Record<string, string> = {
  usa: 'US', us: 'US', america: 'US', unitedstatesofamerica: 'US', uk: 'GB', england: 'GB', britain: 'GB', greatbritain: 'GB', scotland: 'GB', wales: 'GB', northernireland: 'GB',
  czechrepublic: 'CZ', turkey: 'TR', holland: 'NL', uae: 'AE', russianfederation: 'RU', russland: 'RU', korea: 'KR', republicofkorea: 'KR', korearepublicof: 'KR',
  taiwanprovinceofchina: 'TW', hongkong: 'HK', hongkongsar: 'HK', macau: 'MO', macao: 'MO', macaosar: 'MO', ivorycoast: 'CI', burma: 'MM', swaziland: 'SZ', easttimor: 'TL',
  mainlandchina: 'CN', prchina: 'CN', macausar: 'MO', republicofchina: 'TW', roc: 'TW', skorea: 'KR', ksa: 'SA', saudi: 'SA', czech: 'CZ', slovakrepublic: 'SK',
  greatbritainandnorthernireland: 'GB', unitedkingdomofgreatbritainandnorthernireland: 'GB',
  macedonia: 'MK', vatican: 'VA', holysee: 'VA', bosnia: 'BA', brd: 'DE', congothedemocraticrepublicofthe: 'CD', democraticrepublicofthecongo: 'CD', drc: 'CD',
  prc: 'CN', 中华人民共和国: 'CN', 中國大陸: 'CN', 中国大陆: 'CN', 大陆: 'CN', 台湾: 'TW', 臺灣: 'TW', 台湾省: 'TW',
  香港: 'HK', 中国香港: 'HK', 中國香港: 'HK', 香港特别行政区: 'HK', 香港特別行政區: 'HK', 澳门: 'MO', 澳門: 'MO', 中国澳门: 'MO', 中國澳門: 'MO', 澳门特别行政区: 'MO', 澳門特別行政區: 'MO',
};

/** Country names in the languages files come in, from the runtime's own CLDR data, long and short ("Hong Kong SAR China" and "Hong Kong"). */
function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const [k, v] of Object.entries(OLDER_NAMES)) byName.set(fold(k), v);
  for (const locale of ['en', 'zh-Hans', 'zh-Hant', 'de', 'fr', 'es', 'ja', 'ru']) {
    for (const style of ['long', 'short'] as const) {
      const dn = new Intl.DisplayNames([locale], { type: 'region', style });
      for (const code of COUNTRY_CODES) {
        const name = dn.of(code);
        if (name && name !== code && !byName.has(fold(name))) byName.set(fold(name), code);
      }
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
  return named(t) ?? fallback;
}

/** A country by its name, or by the name before a comma or a note in brackets: ISO's "Iran, Islamic Republic of", "Germany (DE)", "China (Mainland)". */
function named(t: string): string | undefined {
  const found = names().get(fold(t));
  if (found) return found;
  if (t.includes(',')) return names().get(fold(t.slice(0, t.indexOf(','))));
  const note = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(t);
  if (!note) return undefined;
  const code = note[2]!.trim().toUpperCase();
  return code.length === 2 && isCountryCode(code) ? code : names().get(fold(note[1]!));
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
