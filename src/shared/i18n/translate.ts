import i18next, { type TFunction } from 'i18next';
import { resources } from './index';
import type { Locale } from '../contract/settings.contract';

const cache = new Map<Locale, TFunction>();

/**
 * A synchronous translate function for one locale, for messages built outside React
 * (service errors, documents).
 * @example translator('zh-CN')('nav.contacts') // '联系人'
 */
export function translator(locale: Locale): TFunction {
  let t = cache.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({ lng: locale, fallbackLng: 'en', resources, initAsync: false, showSupportNotice: false, interpolation: { escapeValue: false } });
    t = instance.t.bind(instance) as TFunction;
    cache.set(locale, t);
  }
  return t;
}
