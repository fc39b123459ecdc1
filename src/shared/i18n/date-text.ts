import { parseDate, type DateOrder } from '../import-export/dates';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const numeric = (formats: string) => new Intl.DateTimeFormat(formats, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const SAMPLE = new Date(Date.UTC(1980, 11, 31));

/** The order `formats` writes a date's parts in: 'dmy' in Britain, 'mdy' in the US, 'ymd' in China. */
export function dateOrderOf(formats: string): DateOrder {
  const order = numeric(formats)
    .formatToParts(SAMPLE)
    .map((p) => p.type[0])
    .filter((c) => c === 'd' || c === 'm' || c === 'y')
    .join('');
  return order === 'dmy' || order === 'mdy' ? order : 'ymd';
}

/**
 * How a date is typed in `formats`, spelled with the language's words for its parts:
 * "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", or "年/月/日".
 */
export function datePattern(formats: string, words: { day: string; month: string; year: string }): string {
  return numeric(formats)
    .formatToParts(SAMPLE)
    .map((p) => (p.type === 'day' ? words.day : p.type === 'month' ? words.month : p.type === 'year' ? words.year : p.value))
    .join('');
}

/** A stored YYYY-MM-DD date as typed in `formats` ("31/12/1980"); anything else as it is. */
export function showDate(value: string, formats: string): string {
  if (!ISO_DAY.test(value)) return value;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : numeric(formats).format(date);
}

/**
 * What the person typed, read in `formats`' order (ISO, "31 Dec 1980" and "1980年12月31日" read
 * anywhere; two-digit years land in the last hundred years): YYYY-MM-DD, '' when blank, or the
 * text as typed when it is no date, for the service to say so.
 */
export function readDate(text: string, formats: string): string {
  const typed = text.trim();
  if (!typed) return '';
  const parsed = parseDate(typed, dateOrderOf(formats), { excelSerial: false, currentYear: new Date().getFullYear() });
  return parsed.ok ? parsed.iso : typed;
}
