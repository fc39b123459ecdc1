const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Whether a text holds Chinese characters (CJK ideographs): such a name puts the family name first
 * and its forms of address after it, and such an address runs place and street together.
 * @example hasCjk('王小明') // true
 */
export const hasCjk = (text: string): boolean => CJK.test(text);
