import type { ChannelLabel, PhoneLabel } from '../contacts/contact.schema';

const WORDS: [RegExp, ChannelLabel][] = [
  [/mobile|cell|iphone|handy|mobil|portable|móvil|celular|cellulare|手机|移动|携帯/i, 'mobile'],
  [/work|business|office|company|büro|arbeit|geschäft|firma|bureau|travail|trabajo|oficina|ufficio|工作|办公|单位|公司|商务/i, 'work'],
  [/home|personal|private|privat|zuhause|domicile|maison|casa|住宅|家庭|家|个人|私人/i, 'home'],
  [/billing|invoice|账单|发票/i, 'billing'],
  [/shipping|delivery|收货|送货|配送/i, 'shipping'],
];

/**
 * Reads a label a file writes next to a value (Google's "Phone 1 - Label", a vCard TYPE) into one
 * of ours; anything unknown is `other`.
 * @example labelFromWord('Mobile') // 'mobile'
 */
export function labelFromWord(word: string, fallback: ChannelLabel = 'other'): ChannelLabel {
  const text = word.trim();
  if (!text) return fallback;
  for (const [re, label] of WORDS) if (re.test(text)) return label;
  return 'other';
}

/** Words that name a fax: Google's "Work Fax", an iPhone's "home fax", 传真, Telefax. */
const FAX = /fax|传真|傳真|ファクス|팩스|факс|φαξ/i;

/**
 * Reads the label a file writes next to a phone: a fax's ("Work Fax", 传真) is a fax, any other
 * as labelFromWord reads it.
 * @example phoneLabelFromWord('Home Fax') // 'fax'
 */
export function phoneLabelFromWord(word: string, fallback: PhoneLabel = 'other'): PhoneLabel {
  return FAX.test(word) ? 'fax' : word.trim() ? labelFromWord(word) : fallback;
}
