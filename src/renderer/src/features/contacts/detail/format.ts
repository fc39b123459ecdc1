/**
 * A stored calendar date (YYYY-MM-DD) in the reader's language, e.g. "12 March 1980" / "1980年3月12日".
 * Read as UTC so the day never shifts with the time zone.
 */
export function formatDay(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

/** A stored moment (ISO timestamp) in the reader's language and time zone. */
export function formatMoment(iso: string, locale: string): string {
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(parsed);
}

/** A number in the reader's language (e.g. a custom number field). */
export const formatNumber = (value: number, locale: string): string => new Intl.NumberFormat(locale).format(value);
