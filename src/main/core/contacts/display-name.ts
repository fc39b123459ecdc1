import { spellPinyin } from './pinyin-key';
import { hasCjk } from '../../../shared/contacts/cjk';

/** True when a name is written in Chinese characters, which put the family name first. */
export const isCjkName = (...parts: string[]) => parts.some(hasCjk);

/** The two parts, the empty ones left out: a list filtered and joined, without the arrays (it runs per imported row). */
const joinPresent = (a: string, b: string, separator: string): string => (a && b ? a + separator + b : a || b);

export type NameOrderChoice = 'auto' | 'given_first' | 'family_first';

/**
 * The name as a list shows it: "王小明" family-first without a space for Chinese names,
 * "Anna Weber" given-first otherwise; a company shows its own name. `order` overrides the
 * automatic choice (e.g. "WEBER Anna" for an office that files family-first). A Chinese family
 * name known without the given name shows with its form of address (`prefix`): "张先生".
 */
export function displayName(
  kind: 'person' | 'company',
  given: string,
  family: string,
  company: string,
  order: NameOrderChoice = 'auto',
  middle = '',
  prefix = '',
): string {
  if (kind === 'company') return company;
  const cjk = hasCjk(given) || hasCjk(family);
  if (cjk && family && !given && !middle && hasCjk(prefix)) return family + prefix;
  const familyFirst = order === 'family_first' || (order === 'auto' && cjk);
  const givenPart = joinPresent(given, middle, ' ');
  const separator = cjk ? '' : ' ';
  return (familyFirst ? joinPresent(family, givenPart, separator) : joinPresent(givenPart, family, separator)) || company;
}

/**
 * The key a list sorts by: family name first, lower-cased, so "Weber, Anna" sorts under W;
 * Chinese names in pinyin, so "陈伟" sorts under C among latin names.
 */
export function sortName(kind: 'person' | 'company', given: string, family: string, company: string): string {
  const key = kind === 'company' ? spellPinyin(company) : joinPresent(spellPinyin(family, true), spellPinyin(given), ' ');
  // Not toLocaleLowerCase('en'): V8 maps every character alike for 'en' and for no locale (only
  // tr, az and lt differ), and reading the locale argument made it three times slower per call.
  return key.toLowerCase();
}
