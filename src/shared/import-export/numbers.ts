import { plainWidth } from './full-width';

/** The mark a locale writes before decimals: ',' for de-DE and fr-FR, '.' for en-US and zh-CN. */
export type DecimalMark = '.' | ',';

/** The decimal mark of the numbers the office writes (its format locale). */
export function decimalMarkOf(locale: string | undefined): DecimalMark {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
}

/**
 * The decimal mark a file's text numbers are written with: a workbook's number cells come as
 * JavaScript writes them ("1.25"), a text file's as the office writes numbers.
 */
export const fileDecimalMark = (workbook: boolean, locale: string | undefined): DecimalMark => (workbook ? '.' : decimalMarkOf(locale));

/** Spaces and apostrophes that group thousands: "1 234", "1 234" (no-break, narrow), "1'234" (Swiss). */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;
/** A currency sign before or after the number ("¥1,200.00", "12,50 €", "88元"), or a percent sign after it. */
const UNIT = /^[-+]?[¥￥€$£]|(?:[¥￥€$£元]|%)$/;
/** Digits with dots and commas between them, a sign in front. */
const DIGITS_AND_MARKS = /^[-+]?\d+(?:[.,]\d+)*$/;
/** What JavaScript writes for a very large or small number read from a workbook: 1.5e-7. */
const EXPONENT = /^[-+]?\d+(?:\.\d+)?e[-+]?\d+$/i;

/** Whether every group after the first mark has three digits: 1.234.567, not 1.23.4. */
const groupsOfThree = (parts: readonly string[]) => parts.slice(1).every((p) => p.length === 3);

/** The number without its currency or percent sign: "-€12" → "-12", "15%" → "15". */
function withoutUnit(t: string): string {
  const unit = UNIT.exec(t);
  if (!unit) return t;
  const sign = /^[-+]/.test(unit[0]) ? unit[0][0]! : '';
  return unit.index === 0 ? sign + t.slice(unit[0].length) : t.slice(0, unit.index);
}

/**
 * Reads a number as people and spreadsheets write it: "1234.5", "1,234.50", "1.234,50", "12,5",
 * "1 234,5", "1'234.5", "-3", with a currency or percent sign ("¥1,200.00", "12,50 €", "15%"). With both marks the later one is the decimal mark. A lone mark
 * before exactly three digits ("1.234", "1,234") is ambiguous: it is read as `decimalMark`, the
 * office's, says it is (1.234 in Germany is 1,234). null when the text is no number.
 * @example readNumber('1.234,50', '.') // 1234.5
 * @example readNumber('1,234', '.') // 1234
 * @example readNumber('1,234', ',') // 1.234
 */
export function readNumber(text: string, decimalMark: DecimalMark): number | null {
  const t = withoutUnit(plainWidth(text).trim().replace(GROUP_SPACES, ''));
  if (EXPONENT.test(t)) return Number(t);
  if (!DIGITS_AND_MARKS.test(t)) return null;
  const dot = t.indexOf('.');
  const comma = t.indexOf(',');
  let whole = t;
  let decimals = '';
  if (dot >= 0 && comma >= 0) {
    const mark = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
    const at = t.lastIndexOf(mark);
    whole = t.slice(0, at);
    decimals = t.slice(at + 1);
    const group = mark === '.' ? ',' : '.';
    if (whole.includes(mark) || !groupsOfThree(whole.replace(/^[-+]/, '').split(group))) return null;
    whole = whole.split(group).join('');
  } else if (dot >= 0 || comma >= 0) {
    const mark = dot >= 0 ? '.' : ',';
    const parts = t.split(mark);
    const lead = parts[0]!.replace(/^[-+]/, '');
    const grouping = parts.length > 2 || (mark !== decimalMark && parts[1]!.length === 3 && lead !== '0' && lead.length <= 3);
    if (grouping) {
      if (!groupsOfThree(parts) || lead.length > 3) return null;
      whole = parts.join('');
    } else {
      [whole, decimals] = parts as [string, string];
    }
  }
  const n = Number(decimals ? `${whole}.${decimals}` : whole);
  return Number.isFinite(n) ? n : null;
}
