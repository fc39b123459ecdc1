// Advance widths of Helvetica/Arial (and the metric-compatible Liberation Sans), in 1/1000 em,
// for ASCII 32..126. Labels print in that family, so a width estimated here matches the page.
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space .. /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 .. ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ .. O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P .. _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` .. o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p .. ~
];

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Width of one character in em: CJK and full-width forms are square, accented Latin as its base letter. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32]! / 1000;
  if (WIDE.test(ch)) return 1;
  const base = ch.normalize('NFD')[0] ?? ch;
  const baseCode = base.codePointAt(0) ?? 0;
  if (baseCode >= 32 && baseCode <= 126) return ASCII_WIDTHS[baseCode - 32]! / 1000;
  if (ch === 'ß') return 0.611;
  // Anything else (Cyrillic, Greek, symbols): a generous average so the estimate errs wide.
  return 0.7;
}

export const PT_TO_MM = 25.4 / 72;

/**
 * The printed width of a line in millimetres at a font size, for the label font; bold text
 * runs about 8 % wider.
 * @example textWidthMm('Berlin', 10) // ≈ 9.8
 */
export function textWidthMm(text: string, fontSizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSizePt * PT_TO_MM * (bold ? 1.08 : 1);
}
