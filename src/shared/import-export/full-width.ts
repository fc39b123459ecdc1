/** Digits, letters and marks typed full-width, as a Chinese input method writes them: １２８０, ＠, ／, ￥. */
const FULL_WIDTH = /[\uff01-\uff5e\uffe0-\uffe6]/;

/**
 * The text with its full-width forms read as the plain ones; a cell without any (nearly all)
 * is returned as it is, unnormalised.
 * @example plainWidth('￥１，２８０') // '¥1,280'
 */
export function plainWidth(text: string): string {
  // A character at a time up to the first that could be one: a text of letters and digits needs no expression run.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xff01) return FULL_WIDTH.test(text) ? text.normalize('NFKC') : text;
  return text;
}

/**
 * An email address typed with a Chinese input method still on, its marks as plain ones: the
 * full-width forms and the ideographic full stop, as domain names map them (UTS #46).
 * @example plainEmail('wang＠example。cn') // 'wang@example.cn'
 */
export const plainEmail = (text: string): string => plainWidth(text).replace(/[。｡]/g, '.');
