const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A copy of the text that does not point into the XML chunk it was parsed from. V8 keeps
 * substrings of 13 characters or more as slices of their parent, so without this every cell
 * of a workbook would hold on to a 64 KB piece of the sheet's XML (218 MB instead of 99 MB
 * retained for 100,000 rows × 15 columns).
 */
export function detach(text: string): string {
  return text.length >= 13 ? (' ' + text).slice(1) : text;
}

/** A workbook date as text: YYYY-MM-DD, with the time only when there is one. */
export function dateText(date: Date): string {
  const day = date.toISOString().slice(0, 10);
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  return h || m ? `${day} ${pad(h)}:${pad(m)}` : day;
}

/**
 * Whether a number format shows a date: d, m or y outside quoted text, escapes and
 * [colour]/[$-locale] sections ("h:mm" counts too, as Excel stores times as day fractions).
 */
export function isDateFormat(fmt: string | undefined): boolean {
  const bare = fmt?.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '') ?? '';
  return !!bare && bare !== 'General' && /[dmy]/i.test(bare);
}

/** An Excel day number as date text, free of the local time zone; `date1904` for old Mac workbooks. */
export function serialDateText(serial: number, date1904 = false): string {
  // Excel's day numbers count from 1899-12-30 (absorbing its 1900 leap-year bug), or 1904-01-01.
  return dateText(new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25_569) * 86_400_000)));
}

/** A number as text; a format of only zeros ("00000" for postcodes) keeps its leading zeros. */
export function numberText(value: number, numFmt?: string): string {
  if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) return String(value).padStart(numFmt.length, '0');
  // Avoid 1.38e+21-style output for long digit strings typed as numbers.
  return Number.isInteger(value) && Math.abs(value) >= 1e21 ? BigInt(value).toString() : String(value);
}

/**
 * The text of one cell as exceljs gives it: rich text joined, formulas by their result,
 * hyperlinks by their text, errors as written (#N/A).
 */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((r: { text?: string }) => r.text ?? '').join('');
    if ('result' in v) return cellText(v.result, numFmt);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}
