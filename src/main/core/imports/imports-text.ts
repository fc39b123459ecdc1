import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../../../shared/contract/settings.contract';
import { resources } from '../../../shared/i18n';
import { regionalNumbers } from '../../../shared/i18n/regional-numbers';
import { importsEn, importsErrorsEn } from '../../../shared/i18n/imports.en';
import { importsErrorsZhCN, importsZhCN } from '../../../shared/i18n/imports.zh-CN';

const cache = new Map<string, TFunction>();

/**
 * A translate function over the whole catalogue plus this area's own strings (imports.*,
 * errors.imports.*), so headers, labels and messages the services write are worded whether or
 * not the area file is merged into the catalogue yet. Numbers as `formats` writes them (translator).
 */
export function importsText(locale: Locale, formats: string = locale): TFunction {
  const key = `${locale}|${formats}`;
  let t = cache.get(key);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({ lng: locale, fallbackLng: 'en', resources, initAsync: false, showSupportNotice: false, interpolation: { escapeValue: false } });
    instance.addResourceBundle('en', 'translation', { imports: importsEn, errors: { imports: importsErrorsEn } }, true, false);
    instance.addResourceBundle('zh-CN', 'translation', { imports: importsZhCN, errors: { imports: importsErrorsZhCN } }, true, false);
    if (formats !== locale) regionalNumbers(instance, () => formats);
    t = instance.t.bind(instance) as TFunction;
    cache.set(key, t);
  }
  return t;
}
