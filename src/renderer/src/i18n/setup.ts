import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLocale, resources } from '../../../shared/i18n';
import { regionalNumbers } from '../../../shared/i18n/regional-numbers';
import { formatsFor } from './formats';

/**
 * i18next for the screens, on the same catalogue the services word their errors from; its
 * numbers are written as the office's country writes them (formatsFor).
 */
export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: pickLocale(navigator.languages),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  regionalNumbers(i18next, formatsFor);
  return i18next;
}
