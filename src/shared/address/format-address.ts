import addressFormatter from '@fragaria/address-formatter';
import { countryLine } from './country-name';
import type { PostalAddress } from './postal-address';
import { hasCjk } from '../contacts/cjk';

export interface AddressFormatOptions {
  /** ISO code of the country the mail leaves from: its own name is never printed. */
  senderCountry: string;
  /** Language of the destination country line for mail abroad; English by default. */
  countryNameLocale?: string;
}

// A stand-in the formatter passes through untouched, replaced afterwards by the real street lines
// (the formatter knows one "road" field; our addresses carry several free lines).
const STREET_TOKEN = 'QQSTREETQQ';

/** True for a Chinese address written in Chinese: printed postcode first, largest place first. */
export function usesChineseOrder(address: PostalAddress): boolean {
  return address.countryCode === 'CN' && hasCjk([address.region, address.city, ...address.lines].join(''));
}

const nonEmpty = (lines: readonly (string | undefined)[]) =>
  lines.map((l) => (l ?? '').trim()).filter((l) => l !== '');

function chineseLines(address: PostalAddress): string[] {
  const region = (address.region ?? '').trim();
  const city = address.city.trim();
  // Municipalities repeat themselves ("北京市" province and city): print the name once.
  const place = region && city.startsWith(region) ? city : region + city;
  return nonEmpty([address.postcode, place, ...address.lines]);
}

// The formatter is slow (~0.1 ms a call) and, with the street as a token, its output depends
// only on the place: a mailing list repeats places, so their skeletons are kept (bounded).
const skeletons = new Map<string, string[]>();
const SKELETON_LIMIT = 20_000;

function placeSkeleton(address: PostalAddress): string[] {
  const key = [address.countryCode, address.city, address.region ?? '', address.postcode ?? ''].join('\u0000');
  let lines = skeletons.get(key);
  if (!lines) {
    lines = addressFormatter.format(
      { road: STREET_TOKEN, city: address.city, state: address.region, postcode: address.postcode, countryCode: address.countryCode },
      { output: 'array', appendCountry: false },
    );
    if (skeletons.size >= SKELETON_LIMIT) skeletons.clear();
    skeletons.set(key, lines);
  }
  return lines;
}

function libraryLines(address: PostalAddress): string[] {
  const formatted = placeSkeleton(address);
  const street = nonEmpty(address.lines);
  const out: string[] = [];
  for (const line of formatted) {
    if (!line.includes(STREET_TOKEN)) out.push(line);
    else if (line.trim() === STREET_TOKEN) out.push(...street);
    else out.push(line.replace(STREET_TOKEN, street[0] ?? '').trim(), ...street.slice(1));
  }
  return nonEmpty(out);
}

/**
 * The address lines (without the name) in the destination country's order. Domestic mail has
 * no country line; mail abroad ends with the destination country in capitals.
 * @example formatAddressLines({ lines: ['Hauptstraße 5'], city: 'Berlin', postcode: '10115', countryCode: 'DE' }, { senderCountry: 'US' })
 * // ['Hauptstraße 5', '10115 Berlin', 'GERMANY']
 */
export function formatAddressLines(address: PostalAddress, options: AddressFormatOptions): string[] {
  const lines = usesChineseOrder(address) ? chineseLines(address) : libraryLines(address);
  if (address.countryCode !== options.senderCountry.toUpperCase()) {
    lines.push(countryLine(address.countryCode, options.countryNameLocale));
  }
  return lines;
}

/**
 * The full block for an envelope or label: the name lines where the destination country puts
 * them (first in most countries; after the street in Chinese order, before the country line).
 * @example formatAddressBlock(['王小明'], { lines: ['中关村大街1号'], city: '海淀区', region: '北京市', postcode: '100080', countryCode: 'CN' }, { senderCountry: 'CN' })
 * // ['100080', '北京市海淀区', '中关村大街1号', '王小明']
 */
export function formatAddressBlock(nameLines: readonly string[], address: PostalAddress, options: AddressFormatOptions): string[] {
  const names = nonEmpty(nameLines);
  const lines = formatAddressLines(address, options);
  if (!usesChineseOrder(address)) return [...names, ...lines];
  const abroad = address.countryCode !== options.senderCountry.toUpperCase();
  const body = abroad ? lines.slice(0, -1) : lines;
  return [...body, ...names, ...(abroad ? lines.slice(-1) : [])];
}
