import { plainWidth } from './full-width';

/**
 * Countries whose postcodes are all digits of one length, some beginning with 0, which a
 * spreadsheet drops when the column holds numbers: 01067 Dresden, 02134 Boston, 01000 Bourg-en-Bresse,
 * 010000 Hohhot.
 */
const DIGITS: Readonly<Record<string, number>> = { DE: 5, US: 5, FR: 5, IT: 5, ES: 5, FI: 5, MX: 5, MY: 5, CN: 6, SG: 6 };

/**
 * Countries with neighbours whose postcodes are four digits (Austria, Switzerland, Belgium,
 * Denmark, Norway, Portugal): "1010 Wien" in a German office's list is no Dresden postcode short
 * of its 0, so there the zero is put back only where the address names its country.
 */
const FOUR_DIGITS_NEXT_DOOR = new Set(['DE', 'FR', 'IT', 'ES', 'FI']);

/**
 * A postcode as its country writes it: typed full-width read as plain digits, a decimal a
 * program wrote (518000.0) as its digits, and the leading zeros a spreadsheet dropped put back.
 * `named`: the address says its country, rather than being taken to be in the office's.
 * @example postcodeIn('1067', 'DE', true) // '01067'
 * @example postcodeIn('５１８０００', 'CN', false) // '518000'
 */
export function postcodeIn(text: string, country: string, named: boolean): string {
  const code = plainWidth(text.trim()).replace(/^(\d+)\.0+$/, '$1');
  const length = DIGITS[country];
  if (!length || !/^\d+$/.test(code) || code.length >= length || code.length < length - 2) return code;
  return named || !FOUR_DIGITS_NEXT_DOOR.has(country) ? code.padStart(length, '0') : code;
}
