import type { i18n } from 'i18next';

/**
 * Makes an i18next instance write `{{count, number}}` in the locale `formatsOf` gives for its
 * language (see formatLocale) instead of in the bare language: "12.345 contacts" for an English
 * screen in a German office, as the screens' own numbers are written.
 */
export function regionalNumbers(instance: i18n, formatsOf: (language: string) => string): void {
  instance.services.formatter?.add('number', (value: unknown, language: string | undefined, options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(formatsOf(language ?? instance.language), options).format(value as number),
  );
}
