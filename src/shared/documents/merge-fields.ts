import { documentsEn } from '../i18n/documents.en';
import { documentsZhCN } from '../i18n/documents.zh-CN';
import { escapeHtml } from './html-escape';
import { wholeName } from './name-lines';
import { hasCjk } from '../contacts/cjk';
import { formatLocale } from '../i18n/format-locale';
import type { Recipient } from './recipient';

/** Languages a letter can be written in. */
export type LetterLanguage = 'en' | 'zh-CN';

/** Merge fields a letter template may use, as `{{name}}`; custom fields as `{{field.key}}`. */
export const MERGE_FIELDS = [
  'salutation',
  'title',
  'givenName',
  'familyName',
  'fullName',
  'company',
  'addressBlock',
  'date',
  'ownerName',
  'signature',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export interface MergeContext {
  recipient: Recipient;
  /** The address block as printed in the window, one entry per line. */
  addressLines: string[];
  language: LetterLanguage;
  date: Date;
  /** Time zone the date is read in (the office's). */
  timeZone?: string;
  /** The sender's country: the date is written as there. */
  country?: string;
  ownerName?: string;
  /** Safe HTML: an <img> of the signature, or the name set in a script font. */
  signatureHtml?: string;
}

const greetings = { en: documentsEn.greeting, 'zh-CN': documentsZhCN.greeting };

/**
 * The opening line: "Dear Mr Smith," / "尊敬的王先生：", the neutral form for companies and
 * people without a form of address. A title greets in place of Mr or Ms ("Dear Dr. Weber,",
 * a household's "Dear Mr & Mrs Smith,"); one in Chinese characters follows the family name
 * as it is said ("尊敬的王教授：").
 */
export function greeting(r: Recipient, language: LetterLanguage): string {
  const g = greetings[language];
  if (r.kind === 'company' || !r.familyName.trim()) return g.neutral;
  const family = r.familyName.trim();
  const title = (r.title ?? '').trim();
  const sal = r.salutation ?? 'none';
  if (hasCjk(title)) return g.name.replace('{{name}}', hasCjk(family) ? family + title : `${family} ${title}`);
  // A Chinese letter says 先生 or 女士 after the name, and an untranslated "Dr." before it would say it twice.
  if (title && (language === 'en' || sal === 'none')) return g.name.replace('{{name}}', `${title} ${family}`);
  if (sal === 'mr') return g.mr.replace('{{name}}', family);
  if (sal === 'ms') return g.ms.replace('{{name}}', family);
  return g.name.replace('{{name}}', wholeName(r));
}

/**
 * The locale a letter's date is written in: its language as the sender's country writes it
 * (formatLocale: "December 6, 2026" from the US), else "6 December 2026" in English.
 */
function dateTag(language: LetterLanguage, country: string | undefined): string {
  const tag = formatLocale(language, country);
  return tag === 'en' ? 'en-GB' : tag;
}

/** Today's date written out in the letter's language: "23 November 2026", "2026年11月23日". */
export const letterDate = (date: Date, language: LetterLanguage, timeZone?: string, country?: string) =>
  new Intl.DateTimeFormat(dateTag(language, country), { dateStyle: 'long', timeZone }).format(date);

/** The plain-text value of each field for one recipient (HTML fields are escaped later). */
export function mergeValues(ctx: MergeContext): Record<string, string> {
  const r = ctx.recipient;
  const values: Record<string, string> = {
    salutation: greeting(r, ctx.language),
    title: r.title ?? '',
    givenName: r.givenName,
    familyName: r.familyName,
    fullName: wholeName(r),
    company: r.company ?? '',
    date: letterDate(ctx.date, ctx.language, ctx.timeZone, ctx.country),
    ownerName: ctx.ownerName ?? '',
  };
  for (const [key, value] of Object.entries(r.fields ?? {})) values[`field.${key}`] = value;
  return values;
}

/**
 * Fills a letter template's `{{field}}` tokens for one recipient. Values are escaped; the
 * address block keeps its lines; an unknown field is left visible as typed, so a person sees
 * the mistake in the preview instead of a silent gap.
 * @example mergeTemplate('<p>{{salutation}}</p>', ctx) // '<p>Dear Mr Smith,</p>'
 */
export function mergeTemplate(templateHtml: string, ctx: MergeContext): string {
  const values = mergeValues(ctx);
  return templateHtml.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (token, name: string) => {
    if (name === 'addressBlock') return ctx.addressLines.map(escapeHtml).join('<br>');
    if (name === 'signature') return ctx.signatureHtml ?? escapeHtml(ctx.ownerName ?? '');
    const value = values[name];
    return value === undefined ? token : escapeHtml(value);
  });
}
