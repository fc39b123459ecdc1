import { useTranslation } from 'react-i18next';
import { pickLocale } from '../../../shared/i18n';
import { formatLocale } from '../../../shared/i18n/format-locale';
import { useSettings } from '../app/settings-context';

/** The office's country as the settings last gave it: where the screens' formats come from. */
let officeCountry: string | undefined;

export function setOfficeCountry(country: string | undefined): void {
  officeCountry = country;
}

/** The locale the screens write dates and numbers in for a language (see formatLocale). */
export const formatsFor = (language: string): string => formatLocale(pickLocale(language), officeCountry);

/**
 * The locale to hand Intl.DateTimeFormat and Intl.NumberFormat: the screen's language as written
 * in the office's country ("en-GB": 06/12/2026). Names (countries, sorting) stay in the language.
 */
export function useFormatLocale(): string {
  const { i18n } = useTranslation();
  const { settings } = useSettings();
  return formatLocale(pickLocale(i18n.language), settings?.defaultCountry);
}
