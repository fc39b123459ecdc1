import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { contactsListEn } from '../../../../../shared/i18n/contactsList.en';
import { contactsListZhCN } from '../../../../../shared/i18n/contactsList.zh-CN';

/**
 * Makes sure the `contactsList` strings are in the catalogue. The app's catalogue carries them once
 * merged into en.ts / zh-CN.ts; adding them here as well (never overwriting) keeps these screens
 * worded even in a build where that merge has not happened.
 */
export function ensureListStrings(i18n: I18n): void {
  if (i18n.exists('contactsList.grid', { lng: 'en', fallbackLng: false })) return;
  i18n.addResourceBundle('en', 'translation', { contactsList: contactsListEn }, true, false);
  i18n.addResourceBundle('zh-CN', 'translation', { contactsList: contactsListZhCN }, true, false);
}

/** `useTranslation()` for the list, search and trash screens, with their strings loaded. */
export function useListTranslation(): ReturnType<typeof useTranslation> {
  const result = useTranslation();
  ensureListStrings(result.i18n);
  return result;
}
