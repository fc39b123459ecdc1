import type { CustomValue } from '../../../shared/contacts/contact.schema';
import { isRealDate } from '../../../shared/contacts/iso-date';

/** A custom field as the writer needs it. */
export interface FieldDef {
  id: number;
  label: string;
  type: 'text' | 'number' | 'date' | 'yesno' | 'choice';
  choices: string[];
}

export type StoredValue = { value_text: string | null; value_num: number | null };

/** A problem with one value: an i18n key under errors. and its parameters. */
export interface ValueProblem {
  key: string;
  params: Record<string, unknown>;
}

/**
 * Turns a value typed into a custom field into its stored columns, or names what is wrong.
 * @example storedValue({ type: 'number', ... }, '12.5') // { value_text: null, value_num: 12.5 }
 */
export function storedValue(field: FieldDef, value: Exclude<CustomValue, null>): StoredValue | ValueProblem {
  switch (field.type) {
    case 'text':
      return { value_text: String(value), value_num: null };
    case 'number': {
      const n = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
      if (typeof value === 'boolean' || !Number.isFinite(n) || String(value).trim() === '') return { key: 'notANumber', params: { value } };
      return { value_text: null, value_num: n };
    }
    case 'date':
      if (typeof value !== 'string' || !isRealDate(value.trim())) return { key: 'invalidDate', params: { value } };
      return { value_text: value.trim(), value_num: null };
    case 'yesno':
      if (typeof value !== 'boolean') return { key: 'notYesNo', params: { value } };
      return { value_text: null, value_num: value ? 1 : 0 };
    case 'choice':
      if (typeof value !== 'string' || !field.choices.includes(value)) return { key: 'notAChoice', params: { value, choices: field.choices.join(', ') } };
      return { value_text: value, value_num: null };
  }
}

export const isProblem = (v: StoredValue | ValueProblem): v is ValueProblem => 'key' in v;

/** Reads a stored value back in the field's type. */
export function readValue(type: FieldDef['type'], v: StoredValue): CustomValue {
  if (type === 'number') return v.value_num;
  if (type === 'yesno') return v.value_num == null ? null : v.value_num === 1;
  return v.value_text;
}
