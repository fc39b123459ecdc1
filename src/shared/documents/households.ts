import type { PostalAddress } from '../address/postal-address';
import { nameLanguage, nameLine, type NameLanguage } from './name-lines';
import type { Recipient } from './recipient';

/** How a household is named, per language; `{{family}}` is the shared family name. */
export type HouseholdTemplates = Record<NameLanguage, string>;

export const DEFAULT_HOUSEHOLD_TEMPLATES: HouseholdTemplates = {
  en: 'The {{family}} Family',
  de: 'Familie {{family}}',
  zh: '{{family}}先生全家',
};

const addressKey = (a: PostalAddress) =>
  [a.countryCode, a.postcode ?? '', a.city, ...a.lines].join('|').toLowerCase().replace(/\s+/g, '');

/** The key two recipients share when they live together: their household key, else family name and address. */
export function householdOf(r: Recipient): string {
  if (r.householdKey) return `k:${r.householdKey}`;
  if (!r.address || r.kind === 'company') return `r:${String(r.id)}`;
  return `a:${r.familyName.trim().toLowerCase()}|${addressKey(r.address)}`;
}

/**
 * The one name line for several people at one address: "Familie Weber", "The Smith Family",
 * "王先生全家" from the template of the address's language, or the names joined when the
 * family names differ.
 * @example householdName([anna, hans]) // 'Familie Weber'
 */
export function householdName(members: readonly Recipient[], templates: HouseholdTemplates = DEFAULT_HOUSEHOLD_TEMPLATES): string {
  const first = members[0];
  if (!first) return '';
  if (members.length === 1) return nameLine(first);
  const lang = nameLanguage(first);
  const families = new Set(members.map((m) => m.familyName.trim()));
  if (families.size === 1 && first.familyName.trim()) {
    return templates[lang].replace('{{family}}', first.familyName.trim());
  }
  const joiner = lang === 'zh' ? '、' : lang === 'de' ? ' und ' : ' and ';
  return members.map(nameLine).join(joiner);
}
