import type { TFunction } from 'i18next';
import type { CustomValue } from '../../../../../shared/contacts/contact.schema';
import type { CustomField } from '../../../../../shared/contacts/organising.schema';
import { formatDay, formatNumber } from './format';

/** A custom field's value as text for the reader, or null when it is empty. */
export function showCustomValue(field: CustomField, value: CustomValue | undefined, t: TFunction, locale: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field.type === 'yesno') return t(value ? 'contactPage.values.yes' : 'contactPage.values.no');
  if (field.type === 'number' && typeof value === 'number') return formatNumber(value, locale);
  if (field.type === 'date' && typeof value === 'string') return formatDay(value, locale);
  return String(value);
}
