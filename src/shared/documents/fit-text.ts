import { PT_TO_MM, textWidthMm } from './text-measure';

export interface FitOptions {
  /** Size to print at when the text fits. */
  fontSizePt: number;
  /** Smallest size the text may shrink to; below it the text overflows and is flagged. */
  minFontSizePt: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Print the first line bold. */
  boldFirstLine?: boolean;
}

export interface FitResult {
  fontSizePt: number;
  /** The size is below the requested one. */
  shrunk: boolean;
  /** Even at the minimum size the text runs past the box (it is printed whole, never cut). */
  overflows: boolean;
}

/**
 * The largest size, from the requested one down to the minimum, at which every line fits the
 * box's width and all lines its height. The text is never cut: if it does not fit at the
 * minimum, the result says so and the caller flags it.
 * @example fitText(['Musterstraße 1', '10115 Berlin'], 60, 20, { fontSizePt: 10, minFontSizePt: 6, lineHeight: 1.15 })
 */
export function fitText(lines: readonly string[], widthMm: number, heightMm: number, o: FitOptions): FitResult {
  const widthAt = (size: number) =>
    Math.max(0, ...lines.map((l, i) => textWidthMm(l, size, o.boldFirstLine === true && i === 0)));
  const heightAt = (size: number) => lines.length * size * PT_TO_MM * o.lineHeight;
  const fits = (size: number) => widthAt(size) <= widthMm && heightAt(size) <= heightMm;
  if (fits(o.fontSizePt)) return { fontSizePt: o.fontSizePt, shrunk: false, overflows: false };
  // Widths and heights scale linearly with the size, so the fitting size is a ratio; round down
  // to a quarter point so the printed size is a tidy number.
  const ratio = Math.min(widthMm / Math.max(widthAt(o.fontSizePt), 1e-9), heightMm / Math.max(heightAt(o.fontSizePt), 1e-9));
  const size = Math.max(o.minFontSizePt, Math.floor(o.fontSizePt * ratio * 4) / 4);
  return { fontSizePt: size, shrunk: true, overflows: !fits(size) };
}
