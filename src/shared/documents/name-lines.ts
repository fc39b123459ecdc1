import type { Recipient } from './recipient';
import { hasCjk } from '../contacts/cjk';

/** Languages a name line or household line is worded in. */
export type NameLanguage = 'en' | 'de' | 'zh';

const GERMAN_COUNTRIES = new Set(['DE', 'AT', 'CH', 'LI']);
const CHINESE_COUNTRIES = new Set(['CN', 'TW', 'HK', 'MO']);

/** The language in which a recipient's name is written on the envelope: the destination's, or Chinese for a Chinese name. */
export function nameLanguage(r: Pick<Recipient, 'givenName' | 'familyName' | 'address'>): NameLanguage {
  if (hasCjk(r.givenName + r.familyName)) return 'zh';
  const country = r.address?.countryCode ?? '';
  if (CHINESE_COUNTRIES.has(country) && hasCjk(r.address?.lines.join('') ?? '')) return 'zh';
  return GERMAN_COUNTRIES.has(country) ? 'de' : 'en';
}

// German addresses use the accusative "Herrn"; Chinese courtesy titles follow the name.
const SALUTATIONS: Record<NameLanguage, Record<'mr' | 'ms' | 'mx', string>> = {
  en: { mr: 'Mr', ms: 'Ms', mx: 'Mx' },
  de: { mr: 'Herrn', ms: 'Frau', mx: '' },
  zh: { mr: '先生', ms: '女士', mx: '' },
};

/**
 * A person's whole name: in Chinese characters family name first, no space between ("王建国");
 * in letters given name first ("Jianguo Wang"), wherever the person lives.
 * @example wholeName({ givenName: '建国', familyName: '王' }) // '王建国'
 */
export function wholeName(r: Pick<Recipient, 'givenName' | 'familyName'>): string {
  const given = r.givenName.trim();
  const family = r.familyName.trim();
  return hasCjk(given + family) ? `${family}${given}` : [given, family].filter(Boolean).join(' ');
}

/**
 * The name as it is addressed: "Mr Dr. John Smith" style for Western names ("Herrn Dr. Hans
 * Weber" for German addresses), "王小明 先生" and "王小明 教授" for Chinese names; a company has its own name.
 * @example nameLine({ kind: 'person', givenName: 'Hans', familyName: 'Weber', salutation: 'mr', title: 'Dr.', address: de }) // 'Herrn Dr. Hans Weber'
 */
export function nameLine(r: Recipient): string {
  if (r.kind === 'company') return (r.company ?? '').trim();
  const lang = nameLanguage(r);
  const sal = r.salutation && r.salutation !== 'none' ? SALUTATIONS[lang][r.salutation] : '';
  const title = (r.title ?? '').trim();
  // A title in Chinese characters follows the name, as 先生 does ("王小明 教授"); "Dr." goes before it.
  // A Chinese family name alone runs into it, as it is said: 张先生, 王总 (but Smith 先生).
  const runsIn = !r.givenName.trim() && hasCjk(r.familyName);
  if (lang === 'zh') return (hasCjk(title) ? [wholeName(r), title, sal] : [title + wholeName(r), sal]).filter(Boolean).join(runsIn ? '' : ' ');
  return [sal, title, r.givenName.trim(), r.familyName.trim()].filter(Boolean).join(' ');
}

/** The name lines of one recipient: a person's company goes with the name (first in German and Chinese usage). */
export function recipientNameLines(r: Recipient): string[] {
  const name = nameLine(r);
  const company = r.kind === 'person' ? (r.company ?? '').trim() : '';
  if (!company) return [name].filter(Boolean);
  return nameLanguage(r) === 'en' ? [name, company] : [company, name];
}
