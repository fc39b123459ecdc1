import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export interface NormalizedPhone {
  /** E.164 when valid, otherwise the text as typed. */
  value: string;
  display: string;
  digits: string;
  /** Digits as dialled inside the country (trunk prefix included), for search; '' when unparsed. */
  nationalDigits: string;
  valid: boolean;
}

/**
 * Reads a phone number as typed, in the office's default country when it has no country code.
 * @example normalizePhone('030 1234567', 'DE') // { value: '+49301234567', display: '030 1234567', ... }
 */
export function normalizePhone(raw: string, defaultCountry: string): NormalizedPhone {
  const typed = raw.trim();
  const parsed = parsePhoneNumberFromString(typed, defaultCountry as CountryCode);
  if (parsed?.isValid()) {
    const value = parsed.number;
    // Formatting is the costly part of a bulk import: format nationally once and reuse it.
    const national = parsed.formatNational();
    const display = parsed.country === defaultCountry ? national : parsed.formatInternational();
    const nationalDigits = national.replace(/\D/g, '');
    return { value, display, digits: value.replace(/\D/g, ''), nationalDigits, valid: true };
  }
  return { value: typed, display: typed, digits: typed.replace(/\D/g, ''), nationalDigits: '', valid: false };
}

/** How a stored value is shown: national format for the office's country, international otherwise. */
export function displayPhone(value: string, valid: boolean, defaultCountry: string): string {
  if (!valid) return value;
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed) return value;
  return parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational();
}

/** The national digits of a stored number, for the search index of rows written before they were kept. */
export function nationalDigitsOf(value: string, valid: boolean): string {
  if (!valid) return '';
  const parsed = parsePhoneNumberFromString(value);
  return parsed ? parsed.formatNational().replace(/\D/g, '') : '';
}
