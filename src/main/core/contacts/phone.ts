// The library's modern build (native spread and classes, not babel's helpers) through its core
// entry, the max metadata passed in: the same code and data as 'libphonenumber-js/max', and
// 400,000 phones of an import parse in 2.2-2.5 s of CPU instead of 3.2 (babel's _objectSpread
// and the argument shuffling of the max entry were the difference).
import { Metadata, parsePhoneNumberFromString, type CountryCode, type NumberType, type PhoneNumber } from 'libphonenumber-js/core/es6';
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import type { PhoneLabel } from '../../../shared/contacts/contact.schema';
import type { Locale } from '../../../shared/contract/settings.contract';
import { translator } from '../../../shared/i18n/translate';

/** What kind of line a number is, where its country's plan tells: a mobile, or a line that is none (an office's). */
export type LineKind = 'mobile' | 'fixed' | null;

export interface NormalizedPhone {
  /** E.164 when valid (with ";ext=12" for an extension, as in a tel: URI), otherwise the text as typed. */
  readonly value: string;
  readonly digits: string;
  /** Digits as dialled inside the country (trunk prefix included), for search; '' when unparsed. */
  readonly nationalDigits: string;
  readonly valid: boolean;
  /** null where the plan does not part them (a US number can be either) or the number is not valid. */
  readonly kind?: LineKind;
}

/** The part of libphonenumber's numbering plan it does not declare in its types. */
interface PlanWithTrunk {
  nationalPrefix(): string | undefined;
}

const metadata = new Metadata(maxMetadata);
const trunks = new Map<string, string>();

/** The trunk prefix dialled before a national number ("0" in Germany, "8" in Russia, "" in the US). */
function trunkPrefix(country: CountryCode | undefined): string {
  if (!country) return '';
  let trunk = trunks.get(country);
  if (trunk === undefined) {
    metadata.selectNumberingPlan(country);
    trunk = (metadata.numberingPlan as unknown as PlanWithTrunk | undefined)?.nationalPrefix() ?? '';
    trunks.set(country, trunk);
  }
  return trunk;
}

/**
 * National digits for search: the trunk prefix and the national number. Cheaper than formatting
 * (a fifth of a bulk import went to formatNational), and a superset of the formatted digits
 * where a format drops the prefix (Chinese mobiles), which a substring search treats alike.
 */
const nationalDigitsOfParsed = (parsed: PhoneNumber) => trunkPrefix(parsed.country) + parsed.nationalNumber;

/** Types of number that are no mobile: a landline, and the business numbers (400 and 800 numbers in China). */
const NOT_MOBILE = new Set<NumberType>(['FIXED_LINE', 'TOLL_FREE', 'SHARED_COST', 'UAN']);

class ValidPhone implements NormalizedPhone {
  readonly valid = true;
  readonly value: string;
  readonly digits: string;
  readonly nationalDigits: string;
  readonly kind: LineKind;

  // The parsed number is not kept: a cache of thousands of them would hold libphonenumber's
  // objects (a kilobyte each) for the length of a large import. Shown by parsing E.164 again.
  constructor({ parsed, type }: Valid) {
    this.value = parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number;
    // With the extension's: two people on one switchboard are not one contact twice.
    this.digits = parsed.ext ? parsed.number.slice(1) + parsed.ext : parsed.number.slice(1);
    this.nationalDigits = nationalDigitsOfParsed(parsed);
    this.kind = type === 'MOBILE' ? 'mobile' : NOT_MOBILE.has(type) ? 'fixed' : null;
  }
}

/** Extension words libphonenumber does not know ("转808", "分机 808", "Durchwahl 12", "DW 12"), at the end. */
const EXTENSION_WORD = /\s*(?:转|轉|分机号?|分機號?|内线|內線|durchwahl|dw\.?|apparat|app\.)\s*[:：]?\s*(\d{1,7})$/i;

/** Anything but digits and the marks a plain number is written with: only then can there be a word. */
const NOT_PLAIN = /[^\d\s+()./-]/;

/** The number with an extension word it does not know put as one it does: "0755-26881234转808" → "… ext. 808". */
const withExtensionMark = (typed: string): string => (NOT_PLAIN.test(typed) ? typed.replace(EXTENSION_WORD, ' ext. $1') : typed);

/** Whether a stored value is a parsed number (E.164, perhaps with an extension) rather than text as typed. */
export const isParsedPhone = (value: string): boolean => /^\+\d+(;ext=\d+)?$/.test(value);

/** A switchboard's number with the extension after a dash, as Chinese offices write it: "0755-26881234-808". */
const DASHED_EXTENSION = /^(.*\d)\s*[-－]\s*(\d{1,6})$/;

/**
 * A number that is no valid one with its last dashed digits, read with them as its extension.
 * Only then: where the whole is a valid number ("030 1234567-12" in Germany dials the -12
 * straight through), it is read as the whole.
 */
function withDashedExtension(typed: string, country: string): Valid | undefined {
  const m = DASHED_EXTENSION.exec(typed);
  return m ? validIn(`${m[1]} ext. ${m[2]}`, country) : undefined;
}

/** A valid number and its type. */
interface Valid {
  parsed: PhoneNumber;
  type: NumberType;
}

/**
 * A number read in `country` when it is a valid one there, with its type. Every plan of the max
 * metadata has types, and then a number is valid exactly when its plan gives it one
 * (libphonenumber's isValid is getNumberType !== undefined): the type costs nothing more.
 */
function validIn(text: string, country: string): Valid | undefined {
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: country as CountryCode }, maxMetadata);
  const type = parsed?.getType();
  return parsed && type ? { parsed, type } : undefined;
}

/**
 * Reads a phone number as typed, in the office's default country when it has no country code.
 * `homeCountry`, the country of the contact's address when it is another, is where such a
 * number is read:
 * - first, when it is written as national numbers are written there, behind the trunk prefix:
 *   a customer in Shenzhen with "0755 8888 0001" has a Chinese number, which read in Germany
 *   would be a valid German one too (a US office's "(212) 555-0143" for a German address has no
 *   German "0" in front, and stays American);
 * - last, when it is no number in the office's country ("138 0013 8000" in Germany).
 * displayPhone shows it as the office shows numbers: a foreign one in its international form.
 * @example normalizePhone('030 1234567', 'DE') // { value: '+49301234567', digits: '49301234567', ... }
 * @example normalizePhone('0755-26881234转808', 'CN').value // '+8675526881234;ext=808'
 * @example normalizePhone('0755 8888 0001', 'DE', 'CN').value // '+8675588880001'
 */
export function normalizePhone(raw: string, defaultCountry: string, homeCountry?: string): NormalizedPhone {
  // Not cached: in a large import a cache of parsed numbers lives long enough for V8 to move
  // it to the old generation, whose garbage then grew the planning thread by 50 MB per 100,000
  // rows, and parsing a number again costs a few microseconds.
  const typed = raw.trim();
  const text = withExtensionMark(typed);
  const home = homeCountry && homeCountry !== defaultCountry ? homeCountry : null;
  const trunk = home ? trunkPrefix(home as CountryCode) : '';
  const parsed =
    (home && trunk && typed.replace(/[^\d+]/g, '').startsWith(trunk) ? validIn(text, home) : undefined) ??
    validIn(text, defaultCountry) ??
    (home ? validIn(text, home) : undefined) ??
    withDashedExtension(typed, home ?? defaultCountry);
  return parsed
    ? new ValidPhone(parsed)
    : { value: typed, digits: typed.replace(/\D/g, ''), nationalDigits: '', valid: false };
}

/** Writes an extension after the number it belongs to, in the words of the screen ("… ext. 808", "… 转808"). */
export type ExtensionWriter = (number: string, extension: string) => string;

/** Extensions as a screen in `locale` writes them: "ext. 808" in English, "转808" in Chinese. */
export function extensionWriter(locale: Locale): ExtensionWriter {
  const t = translator(locale);
  return (number, extension) => t('contacts.phoneExtension', { number, extension });
}

/**
 * How a stored value is shown: national format for the office's country, international otherwise,
 * an extension written by `extension` (extensionWriter gives the screen's).
 * @example displayPhone('+8675526881234;ext=808', true, 'CN', extensionWriter('zh-CN')) // '0755 2688 1234 转808'
 */
export function displayPhone(value: string, valid: boolean, defaultCountry: string, extension: ExtensionWriter): string {
  if (!valid) return value;
  const parsed = parsePhoneNumberFromString(value, maxMetadata);
  if (!parsed) return value;
  const options = { formatExtension: extension };
  return parsed.country === defaultCountry ? parsed.formatNational(options) : parsed.formatInternational(options);
}

/** The national digits of a stored number, for the search index of rows written before they were kept. */
export function nationalDigitsOf(value: string, valid: boolean): string {
  if (!valid) return '';
  const parsed = parsePhoneNumberFromString(value, maxMetadata);
  return parsed ? nationalDigitsOfParsed(parsed) : '';
}

/**
 * What kind of line a number typed in `defaultCountry` is, when its numbering plan tells:
 * 'mobile', or 'fixed' for a landline or a business number (400 and 800 numbers in China); null
 * when it is no valid number or the plan does not part them (in the US a number can be either).
 * @example phoneKind('138 0013 8000', 'CN') // 'mobile'
 * @example phoneKind('0755-26881234', 'CN') // 'fixed'
 */
export function phoneKind(raw: string, defaultCountry: string): LineKind {
  const valid = validIn(withExtensionMark(raw.trim()), defaultCountry);
  return valid ? new ValidPhone(valid).kind : null;
}

/**
 * The label an imported number is stored with when its column's name is all that labels it: one
 * filed as a mobile that its country's plan calls a landline ("0755 2688 1234" in a 手机 column)
 * is a work number, a mobile filed as a work number (138 0013 8000 in a 电话 column) a mobile;
 * any other keeps its own, as does a number whose plan does not tell (a US one).
 * @example lineLabel('mobile', normalizePhone('0755-26881234', 'CN')) // 'work'
 * @example lineLabel('work', normalizePhone('138 0013 8000', 'CN')) // 'mobile'
 */
export function lineLabel(label: PhoneLabel, phone: NormalizedPhone): PhoneLabel {
  if (label === 'mobile' && phone.kind === 'fixed') return 'work';
  if (label === 'work' && phone.kind === 'mobile') return 'mobile';
  return label;
}
