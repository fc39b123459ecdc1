import { plainWidth } from './full-width';

/** The order of day, month and year in a column of dates written with numbers only. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/**
 * What a column's dates look like: a known order, `ambiguous` when every value reads both as
 * day-first and month-first (the UI asks), `mixed` when rows disagree, `none` when no value
 * looks like a date.
 */
export type DateColumnOrder = DateOrder | 'ambiguous' | 'mixed' | 'none';

/** A date read, or why not; a date without a year (--04-01) gives its month and day, MM-DD. */
export type DateParse = { ok: true; iso: string } | { ok: false; reason: 'notADate' | 'ambiguousDate' } | { ok: false; reason: 'dateWithoutYear'; monthDay: string };

export interface DateOptions {
  /** The year two-digit years are read relative to: they land in the 100 years up to it. */
  currentYear?: number;
  /** Read plain numbers as Excel serial dates (days since 1899-12-30). */
  excelSerial?: boolean;
}

/**
 * Month names and their abbreviations as ICU writes them in English and in the languages of the
 * spreadsheets offices in Europe bring (German, French, Spanish, Italian, Dutch, Portuguese),
 * lower case, with and without accents: "15 Mar 1980", "5. März 2024", "5 févr. 2024". No name
 * means two different months among them.
 */
const MONTHS: Record<string, number> = (() => {
  const out = Object.create(null) as Record<string, number>;
  for (const locale of ['en', 'en-GB', 'de', 'fr', 'es', 'it', 'nl', 'pt']) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let i = 0; i < 12; i++) {
        const name = format.format(Date.UTC(2024, i, 15)).toLowerCase().replace(/\.$/, '');
        out[name] = i + 1;
        out[name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')] = i + 1;
      }
    }
  }
  return out;
})();
const monthOf = (name: string): number | undefined => MONTHS[name.toLowerCase()];

/** The days of the week in the same languages, lower case, as a long date starts with them: "Monday, March 9, 2026", "Montag, 9. März 2026". */
const WEEKDAYS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const locale of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']) {
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      for (let i = 0; i < 7; i++) out.add(format.format(Date.UTC(2024, 0, 1 + i)).toLowerCase().replace(/\.$/, ''));
    }
  }
  return out;
})();
/** A day of the week after a Chinese date, as Excel's and WPS's long date writes it: "2026年3月9日星期一", "2026/3/9（周一）". */
const HAN_WEEKDAY_AFTER = /\s*[(（]?(?:星期|周|礼拜|禮拜)[一二三四五六日天][)）]?$/;
/** A word and comma before a date, which is its day of the week when WEEKDAYS has it. */
const WORD_BEFORE = /^(\p{L}{2,12})\.?,?\s+/u;

/** A date without the day of the week written with it: "2026年3月9日星期一" → "2026年3月9日", "Monday, March 9, 2026" → "March 9, 2026". */
function withoutWeekday(text: string): string {
  const han = text.replace(HAN_WEEKDAY_AFTER, '');
  if (han !== text) return han;
  const word = WORD_BEFORE.exec(text);
  return word && WEEKDAYS.has(word[1]!.toLowerCase()) ? text.slice(word[0].length) : text;
}

type Shape =
  | { kind: 'full'; y: number; m: number; d: number; twoDigitYear: boolean }
  | { kind: 'numeric'; a: number; b: number; c: number; cDigits: number; dotted: boolean }
  | { kind: 'serial'; n: number }
  | { kind: 'monthDay'; m: number; d: number }
  | null;

const isDigit = (c: number) => c >= 48 && c <= 57;
const digitsAt = (t: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (!isDigit(c)) return -1;
    n = n * 10 + c - 48;
  }
  return n;
};

/** YYYY-MM-DD read without a regular expression: most files write dates so, and a preview reads 200,000 of them. */
function isoShape(t: string): Shape {
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return null;
  const y = digitsAt(t, 0, 4);
  const m = digitsAt(t, 5, 7);
  const d = digitsAt(t, 8, 10);
  return y < 0 || m < 0 || d < 0 ? null : { kind: 'full', y, m, d, twoDigitYear: false };
}

function shapeOf(raw: string): Shape {
  // １９９０／５／１２, typed with a Chinese input method on, is 1990/5/12.
  const trimmed = plainWidth(raw).trim();
  const iso = isoShape(trimmed);
  if (iso) return iso;
  // A time of day always has a colon; only then is there one to cut off ("14:30", "下午 3:00", "3:00 PM").
  const dated = trimmed.includes(':') ? trimmed.replace(/[T\s](?:[上下]午\s*)?\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[AP]M|[+-]\d{2}:?\d{2})?$/i, '').trim() : trimmed;
  const text = withoutWeekday(dated);
  if (!text) return null;
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return { kind: 'full', y: +m[1]!, m: +m[2]!, d: +m[3]!, twoDigitYear: false };
  m = /^(\d{1,2})([-/. ])(\d{1,2})([-/. ])(\d{2}|\d{4})$/.exec(text);
  if (m) return { kind: 'numeric', a: +m[1]!, b: +m[3]!, c: +m[5]!, cDigits: m[5]!.length, dotted: m[2] === '.' && m[4] === '.' };
  // 15 Mar 1980, 15-Mar-80, 15. März 1980, 15 de marzo de 1980; March 15, 1980, Mar 15 1980
  m = /^(\d{1,2})[-\s.]*(?:de\s+)?(\p{L}{3,10})\.?(?:\s+de)?[-\s,.]*(\d{2}|\d{4})$/u.exec(text);
  if (m && monthOf(m[2]!)) {
    return { kind: 'full', y: +m[3]!, m: monthOf(m[2]!)!, d: +m[1]!, twoDigitYear: m[3]!.length === 2 };
  }
  m = /^(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2}|\d{4})$/u.exec(text);
  if (m && monthOf(m[1]!)) {
    return { kind: 'full', y: +m[3]!, m: monthOf(m[1]!)!, d: +m[2]!, twoDigitYear: m[3]!.length === 2 };
  }
  m = /^(\d{4,7})(\.\d+)?$/.exec(text);
  if (m) return { kind: 'serial', n: Number(text) };
  return monthDayShape(text);
}

/**
 * A day of a month without a year, as birthdays are often kept: 4月1日, April 1, 1. April,
 * 1 avril, 01.04., and 04/01 (whose order the column decides, as for full dates).
 */
function monthDayShape(text: string): Shape {
  let m = /^(\d{1,2})月(\d{1,2})[日号]?$/.exec(text);
  if (m) return { kind: 'monthDay', m: +m[1]!, d: +m[2]! };
  m = /^(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?$/u.exec(text);
  if (m && monthOf(m[1]!)) return { kind: 'monthDay', m: monthOf(m[1]!)!, d: +m[2]! };
  m = /^(\d{1,2})(?:er)?[-\s.]*(?:de\s+)?(\p{L}{3,10})\.?$/u.exec(text);
  if (m && monthOf(m[2]!)) return { kind: 'monthDay', m: monthOf(m[2]!)!, d: +m[1]! };
  m = /^(\d{1,2})([-/.])(\d{1,2})(\.?)$/.exec(text);
  if (m && (m[2] !== '.' || m[4] === '.')) return { kind: 'numeric', a: +m[1]!, b: +m[3]!, c: 0, cDigits: 0, dotted: m[2] === '.' };
  return null;
}

/**
 * Whether a cell is written as a date, with or without its year, whether or not it is on the
 * calendar: 31/02/1980 is, "1985.12" (a year and month) and "soon" are not.
 * @example looksLikeDate('1990年3月') // false
 */
export function looksLikeDate(value: string): boolean {
  const s = shapeOf(value);
  // A number is a day of Excel's calendar from 1908 on (3000), not a year with a month ("1985.12").
  if (s?.kind === 'serial') return s.n >= 3000;
  return s !== null || /^--\d{2}-?\d{2}$/.test(value.trim());
}

/** An all-zero date such as Outlook writes for a contact without one: "0/0/00", "00.00.0000", "0000-00-00". */
const ZERO_DATE = /^0{1,4}[-/. ]0{1,2}[-/. ]0{1,4}$/;

/**
 * Whether a cell holds no date, though it is not blank: Outlook's CSV export writes 0/0/00 in
 * the Birthday and Anniversary of every contact that has none.
 * @example isNoDate('0/0/00') // true
 */
export const isNoDate = (value: string): boolean => ZERO_DATE.test(value.trim());

/** Which orders a numeric a/b/c value allows. */
function ordersFor(s: { a: number; b: number; c: number; cDigits: number }): DateOrder[] {
  const out: DateOrder[] = [];
  if (s.a <= 31 && s.b >= 1 && s.b <= 12 && s.a >= 1) out.push('dmy');
  if (s.a >= 1 && s.a <= 12 && s.b >= 1 && s.b <= 31) out.push('mdy');
  return out;
}

/**
 * Decides how a column's numeric dates are ordered from all its values. Dates written with dots
 * (05.01.2024) are day-first wherever they are written so, and count as such unless a value
 * shows the column is month-first.
 * @example detectDateOrder(['31/12/1980', '01/02/1990']) // 'dmy'
 * @example detectDateOrder(['01/02/1990', '03/04/1985']) // 'ambiguous'
 * @example detectDateOrder(['01.02.1990', '03.04.1985']) // 'dmy'
 */
export function detectDateOrder(values: Iterable<string>): DateColumnOrder {
  let dmy = 0;
  let mdy = 0;
  let both = 0;
  let dotted = 0;
  let other = 0;
  for (const value of values) {
    const s = shapeOf(value);
    if (!s) continue;
    if (s.kind !== 'numeric') {
      other++;
      continue;
    }
    const orders = ordersFor(s);
    if (orders.length === 2) {
      if (s.dotted) dotted++;
      else both++;
    } else if (orders[0] === 'dmy') dmy++;
    else if (orders[0] === 'mdy') mdy++;
  }
  if (dmy && mdy) return 'mixed';
  if (dmy) return 'dmy';
  if (mdy) return 'mdy';
  if (dotted) return 'dmy';
  if (both) return 'ambiguous';
  return other ? 'ymd' : 'none';
}

/** Days in each month of a leap year. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) return false;
  if (d > MONTH_DAYS[m - 1]!) return false;
  return !(m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A day of a month given without its year: kept as MM-DD when the month has that day (29 February does). */
const withoutYear = (m: number, d: number): DateParse =>
  isRealDate(2000, m, d) ? { ok: false, reason: 'dateWithoutYear', monthDay: `${pad(m)}-${pad(d)}` } : { ok: false, reason: 'notADate' };

/** Only two-digit years need today's year: reading the clock for every cell showed in a preview's profile. */
function widenYear(yy: number, currentYear: number): number {
  const century = Math.floor(currentYear / 100) * 100;
  return century + yy > currentYear ? century - 100 + yy : century + yy;
}

/** Days since 1899-12-30 (Excel's epoch, which absorbs its 1900 leap-year bug for later dates). */
export function excelSerialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Reads one date cell into YYYY-MM-DD. `order` is the column's order from detectDateOrder (or
 * the person's answer); numeric dates that need it and lack it are `ambiguousDate`.
 * @example parseDate('31/02/1980', 'dmy') // { ok: false, reason: 'notADate' }
 * @example parseDate('1980年3月15日', null) // { ok: true, iso: '1980-03-15' }
 */
export function parseDate(value: string, order: DateOrder | null, options: DateOptions = {}): DateParse {
  // Google and vCard 4 write a birthday without a year as --MM-DD; a date needs its year here.
  const noYear = value.includes('--') ? /^--(\d{2})-?(\d{2})$/.exec(value.trim()) : null;
  if (noYear) return withoutYear(+noYear[1]!, +noYear[2]!);
  const s = shapeOf(value);
  if (!s) return { ok: false, reason: 'notADate' };
  let y: number;
  let m: number;
  let d: number;
  if (s.kind === 'monthDay') return withoutYear(s.m, s.d);
  if (s.kind === 'serial') {
    // A lone four-digit year is a year, not day 1980 of Excel's calendar.
    const looksLikeYear = Number.isInteger(s.n) && s.n >= 1000 && s.n <= 2200;
    if (!options.excelSerial || looksLikeYear || s.n < 1 || s.n > 2_958_465) return { ok: false, reason: 'notADate' };
    return { ok: true, iso: excelSerialToIso(s.n) };
  }
  if (s.kind === 'full') {
    ({ y, m, d } = s);
    if (s.twoDigitYear) y = widenYear(y, options.currentYear ?? new Date().getFullYear());
  } else {
    const allowed = ordersFor(s);
    let use: DateOrder | undefined;
    if (order && order !== 'ymd' && allowed.includes(order)) use = order;
    else if (allowed.length === 1) use = allowed[0];
    else if (allowed.length === 2) return { ok: false, reason: 'ambiguousDate' };
    else if (order === 'dmy' || order === 'mdy') use = order; // lets the calendar check name the fault
    if (!use) return { ok: false, reason: 'notADate' };
    [d, m] = use === 'dmy' ? [s.a, s.b] : [s.b, s.a];
    if (s.cDigits === 0) return withoutYear(m, d);
    y = s.cDigits === 2 ? widenYear(s.c, options.currentYear ?? new Date().getFullYear()) : s.c;
  }
  if (!isRealDate(y, m, d)) return { ok: false, reason: 'notADate' };
  return { ok: true, iso: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}
