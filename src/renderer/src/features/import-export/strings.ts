import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { importsEn, importsErrorsEn } from '../../../../shared/i18n/imports.en';
import { importsErrorsZhCN, importsZhCN } from '../../../../shared/i18n/imports.zh-CN';

/**
 * Makes sure the `imports` strings are in the catalogue. Once merged into en.ts / zh-CN.ts they
 * are there already; adding them here as well (never overwriting) keeps these screens worded in
 * a build where that merge has not happened.
 */
export function ensureImportStrings(i18n: I18n): void {
  if (i18n.exists('imports.title', { lng: 'en', fallbackLng: false })) return;
  i18n.addResourceBundle('en', 'translation', { imports: importsEn, errors: { imports: importsErrorsEn } }, true, false);
  i18n.addResourceBundle('zh-CN', 'translation', { imports: importsZhCN, errors: { imports: importsErrorsZhCN } }, true, false);
}

/** `useTranslation()` for the import and export screens, with their strings loaded. */
export function useImportsTranslation(): ReturnType<typeof useTranslation> {
  const result = useTranslation();
  ensureImportStrings(result.i18n);
  return result;
}
