import type { TFunction } from 'i18next';
import type { CustomValue } from '../../../../../shared/contacts/contact.schema';
import type { CustomField } from '../../../../../shared/contacts/organising.schema';

/** Turns stored values into the words and numbers a list cell shows, in the user's locale. */
export interface RowFormat {
  /** A calendar date stored as YYYY-MM-DD. */
  day(value: string | null): string;
  /** A moment stored as an ISO timestamp. */
  moment(value: string | null): string;
  country(code: string): string;
  tier(value: string | null): string;
  lifecycle(value: string | null): string;
  custom(field: CustomField | undefined, value: CustomValue | undefined): string;
  number(value: number): string;
}

/**
 * Builds the formatters once per locale: Intl objects are costly to create per cell. Country
 * names are in the screen's `language`; dates and numbers as `formats` writes them (formatLocale).
 */
export function rowFormat(language: string, formats: string, t: TFunction): RowFormat {
  const dayFormat = new Intl.DateTimeFormat(formats, { dateStyle: 'medium', timeZone: 'UTC' });
  const momentFormat = new Intl.DateTimeFormat(formats, { dateStyle: 'medium' });
  const numberFormat = new Intl.NumberFormat(formats);
  const regions = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const countries = new Map<string, string>();
  const day = (value: string | null): string => {
    if (!value) return '';
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
  };
  return {
    day,
    moment: (value) => (value ? momentFormat.format(new Date(value)) : ''),
    country: (code) => {
      if (!code) return '';
      let name = countries.get(code);
      if (name === undefined) {
        name = regions.of(code) ?? code;
        countries.set(code, name);
      }
      return name;
    },
    tier: (value) => (value ? t(`contactsList.tier.${value}`) : ''),
    lifecycle: (value) => (value ? t(`contactsList.lifecycle.${value}`) : ''),
    number: (value) => numberFormat.format(value),
    custom: (field, value) => {
      if (value === null || value === undefined || value === '') return '';
      if (typeof value === 'boolean') return value ? t('contactsList.yes') : t('contactsList.no');
      if (typeof value === 'number') return numberFormat.format(value);
      return field?.type === 'date' ? day(value) : value;
    },
  };
}
