import { getCountries } from 'libphonenumber-js/min';

/** ISO 3166-1 alpha-2 codes the app knows (those with telephone numbering metadata), sorted. */
export const COUNTRY_CODES: readonly string[] = [...getCountries()].sort();

const known = new Set(COUNTRY_CODES);

/** True for an ISO 3166-1 alpha-2 code such as "DE" or "CN". */
export const isCountryCode = (code: string): boolean => known.has(code);
