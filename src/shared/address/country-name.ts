const cache = new Map<string, Intl.DisplayNames>();

/**
 * The destination country's name as the last line of a foreign address: in capitals, as the
 * UPU asks, and in English unless another language is given (post offices of origin read it).
 * @example countryLine('DE') // 'GERMANY'
 * @example countryLine('DE', 'zh-CN') // '德国'
 */
export function countryLine(countryCode: string, locale = 'en'): string {
  return countryName(countryCode, locale).toLocaleUpperCase(locale);
}

/**
 * A country's name in a language, the code itself when it names none.
 * @example countryName('CN', 'zh-CN') // '中国'
 */
export function countryName(countryCode: string, locale = 'en'): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    cache.set(locale, names);
  }
  return names.of(countryCode.toUpperCase()) ?? countryCode;
}
