import i18next, { type TFunction } from 'i18next';
import { resources } from './index';
import type { Locale } from '../contract/settings.contract';
import { regionalNumbers } from './regional-numbers';

const cache = new Map<string, TFunction>();

/**
 * A synchronous translate function for one locale, for messages built outside React
 * (service errors, documents). `formats` is the locale its numbers are written in (formatLocale);
 * the language's own when not given.
 * @example translator('zh-CN')('nav.contacts') // '联系人'
 */
export function translator(locale: Locale, formats: string = locale): TFunction {
  const key = `${locale}|${formats}`;
  let t = cache.get(key);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({ lng: locale, fallbackLng: 'en', resources, initAsync: false, showSupportNotice: false, interpolation: { escapeValue: false } });
    if (formats !== locale) regionalNumbers(instance, () => formats);
    t = instance.t.bind(instance) as TFunction;
    cache.set(key, t);
  }
  return t;
}
