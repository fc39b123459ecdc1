import type { RequiredTarget } from '../contract/imports.contract';

const KEYS: Record<RequiredTarget, string> = { name: 'name', 'sale.date': 'date', 'sale.amount': 'amount', 'sale.customer': 'customer' };

/**
 * The columns an import still needs, worded as one list in the person's language:
 * "the date and the amount", "日期和金额".
 */
export function requiredWords(targets: readonly RequiredTarget[], t: (key: string) => string, language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(targets.map((k) => t(`imports.required.${KEYS[k]}`)));
}
