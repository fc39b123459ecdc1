const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** True when a name is written in Chinese characters, which put the family name first. */
export const isCjkName = (...parts: string[]) => parts.some((p) => CJK.test(p));

/**
 * The name as a list shows it: "王小明" family-first without a space for Chinese names,
 * "Anna Weber" given-first otherwise; a company shows its own name.
 */
export function displayName(kind: 'person' | 'company', given: string, family: string, company: string): string {
  if (kind === 'company') return company;
  if (isCjkName(given, family)) return `${family}${given}`;
  return [given, family].filter(Boolean).join(' ') || company;
}

/** The key a list sorts by: family name first, lower-cased, so "Weber, Anna" sorts under W. */
export function sortName(kind: 'person' | 'company', given: string, family: string, company: string): string {
  const key = kind === 'company' ? company : [family, given].filter(Boolean).join(' ');
  return key.toLocaleLowerCase('en');
}
