import { z } from 'zod';

/**
 * True when `text` is a calendar date written YYYY-MM-DD that exists (1980-02-29 no, 1984-02-29 yes).
 * @example isRealDate('1980-02-31') // false
 */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A date field: YYYY-MM-DD of a real day; the error names the value so the person sees the typo. */
export const IsoDate = z.string().trim().superRefine((value, ctx) => {
  if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'Not a real date', params: { key: 'invalidDate', value } });
});
