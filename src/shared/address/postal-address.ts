/**
 * A postal address as the app stores it, before it is laid out for a country.
 * `lines` hold the street part (street and number, building, PO box) in the order typed.
 */
export interface PostalAddress {
  lines: string[];
  /** City or town; for Chinese addresses also the district, e.g. "海淀区". */
  city: string;
  /** State, province or county: "CA", "California", "北京市", "Bayern". */
  region?: string;
  postcode?: string;
  /** ISO 3166-1 alpha-2, upper case: "DE", "US", "CN". */
  countryCode: string;
}

/** True when the address has what a postman needs: a street line and a city or postcode. */
export function isUsableAddress(address: PostalAddress | null | undefined): address is PostalAddress {
  if (!address) return false;
  const hasStreet = address.lines.some((l) => l.trim() !== '');
  const hasPlace = address.city.trim() !== '' || (address.postcode ?? '').trim() !== '';
  return hasStreet && hasPlace && /^[A-Z]{2}$/.test(address.countryCode);
}

/** An address as the contacts store it: the street lines in one text, the country as an ISO code. */
export interface StoredAddress {
  street: string;
  city: string;
  region: string;
  postcode: string;
  country: string;
}

/**
 * The postal address of a stored one, ready to format.
 * @example toPostalAddress({ street: 'Hauptstraße 5\nHinterhaus', city: 'Berlin', region: '', postcode: '10115', country: 'de' })
 * // { lines: ['Hauptstraße 5', 'Hinterhaus'], city: 'Berlin', postcode: '10115', countryCode: 'DE' }
 */
export function toPostalAddress(a: StoredAddress): PostalAddress {
  const lines = a.street.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const region = a.region.trim();
  const postcode = a.postcode.trim();
  return {
    lines,
    city: a.city.trim(),
    ...(region ? { region } : {}),
    ...(postcode ? { postcode } : {}),
    countryCode: a.country.trim().toUpperCase(),
  };
}
