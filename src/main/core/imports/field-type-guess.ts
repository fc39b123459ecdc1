import type { NewFieldType } from '../../../shared/contract/imports.contract';
import { detectDateOrder, isNoDate, parseDate } from '../../../shared/import-export/dates';
import { readNumber, type DecimalMark } from '../../../shared/import-export/numbers';
import { yesNoOf } from '../../../shared/import-export/yes-no';
import { saysNothing } from '../../../shared/import-export/no-value';

/** A number written as a code: with a leading zero (postcodes, "007"). */
const LEADING_ZERO = /^[-+]?0\d/;
/** What shows a value is a quantity rather than a code: a decimal or thousands mark, a minus, a currency or percent sign. */
const QUANTITY_MARK = /[.,¥￥€$£元%]|^-/;
/** A year and month ("1985.12", "2023-05"), which reads as a number but is none. */
const YEAR_MONTH = /^(?:19|20)\d{2}[./-]\d{1,2}$/;

/** The share of a column's values that must be of a type for the column to be: the rest are listed as invalid. */
const MOSTLY = 0.9;

/**
 * The type a new custom field for a column of `values` would best have:
 * - a date when nearly every value (MOSTLY) is a date with its year;
 * - yes/no when nearly every value is a yes or no word ("Yes", "x", "是", "FALSE"), not only 1 and 0;
 * - a number when nearly every value is one and some show a decimal or thousands mark, a minus, a
 *   currency or percent sign ("¥1,200.00", "15%");
 * - otherwise text. Plain whole numbers stay text: customer numbers (10001) and postcodes are
 *   no amounts, and a number field would show them grouped (10,001).
 * A typo among many dates (32.01.2024) leaves it a date column: the preview lists that row, as
 * for a birthday. Values written as no date (Outlook's 0/0/00) are left out, as the import leaves them.
 * @example guessFieldType(['1.250,00', '80'], ',') // 'number'
 * @example guessFieldType(['10001', '10002'], '.') // 'text'
 */
export function guessFieldType(values: readonly string[], decimalMark: DecimalMark): NewFieldType {
  // A yes-or-no column answers 有 or 无; "无" or "/" elsewhere says nothing.
  const trimmed = values.map((v) => v.trim()).filter((v) => v && !isNoDate(v));
  const answers = trimmed.filter((v) => yesNoOf(v) !== null).length >= trimmed.length * MOSTLY;
  const filled = answers ? trimmed : trimmed.filter((v) => !saysNothing(v));
  if (!filled.length) return 'text';
  const mostly = (fits: (v: string) => boolean) => filled.filter(fits).length >= filled.length * MOSTLY;
  if (mostly((v) => yesNoOf(v) !== null) && !filled.every((v) => /^\d$/.test(v))) return 'yesno';
  const detected = detectDateOrder(filled);
  const order = detected === 'dmy' || detected === 'mdy' || detected === 'ymd' ? detected : null;
  const isDate = (v: string) => {
    const parsed = parseDate(v, order);
    return parsed.ok || parsed.reason === 'ambiguousDate';
  };
  if (mostly(isDate)) return 'date';
  const isNumber = (v: string) => !LEADING_ZERO.test(v) && !YEAR_MONTH.test(v) && readNumber(v, decimalMark) !== null;
  if (mostly(isNumber) && filled.some((v) => isNumber(v) && QUANTITY_MARK.test(v))) return 'number';
  return 'text';
}

/**
 * For each column of `rows`, by index, the type a new field for it would best have, where not
 * text (guessFieldType). `decimalMark` is the one the file's text numbers are written with.
 */
export function guessFieldTypes(columnCount: number, rows: readonly (readonly string[])[], decimalMark: DecimalMark): Record<string, NewFieldType> {
  const types: Record<string, NewFieldType> = {};
  for (let index = 0; index < columnCount; index++) {
    const type = guessFieldType(rows.map((r) => r[index] ?? ''), decimalMark);
    if (type !== 'text') types[String(index)] = type;
  }
  return types;
}
