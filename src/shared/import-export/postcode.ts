import { plainWidth } from './full-width';

/**
 * Countries whose postcodes are all digits of one length, some beginning with 0, which a
 * spreadsheet drops when the column holds numbers: 01067 Dresden, 02134 Boston, 01000 Bourg-en-Bresse,
 * 010000 Hohhot.
 */
const DIGITS: Readonly<Record<string, number>> = { DE: 5, US: 5, FR: 5, IT: 5, ES: 5, FI: 5, MX: 5, MY: 5, CN: 6, SG: 6 };

/**
 * A postcode as its country writes it: typed full-width read as plain digits, a decimal a
 * program wrote (518000.0) as its digits, and the leading zeros a spreadsheet dropped put back.
 * @example postcodeIn('1067', 'DE') // '01067'
 * @example postcodeIn('５１８０００', 'CN') // '518000'
 */
export function postcodeIn(text: string, country: string): string {
  const code = plainWidth(text.trim()).replace(/^(\d+)\.0+$/, '$1');
  const length = DIGITS[country];
  return length && /^\d+$/.test(code) && code.length < length && code.length >= length - 2 ? code.padStart(length, '0') : code;
}
