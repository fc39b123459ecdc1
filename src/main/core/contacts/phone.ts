import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export interface NormalizedPhone {
  /** E.164 when valid, otherwise the text as typed. */
  value: string;
  display: string;
  digits: string;
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
    const display = parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational();
    return { value, display, digits: value.replace(/\D/g, ''), valid: true };
  }
  return { value: typed, display: typed, digits: typed.replace(/\D/g, ''), valid: false };
}

/** How a stored value is shown: national format for the office's country, international otherwise. */
export function displayPhone(value: string, valid: boolean, defaultCountry: string): string {
  if (!valid) return value;
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed) return value;
  return parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational();
}
