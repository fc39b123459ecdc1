import type { RectMm } from './catalogue.types';
import { fitText } from './fit-text';
import type { TextBlock } from './print-document';
import { PT_TO_MM, textWidthMm } from './text-measure';
import type { TextStyle } from './text-style';

export interface PlacedText {
  block: TextBlock;
  flag?: 'shrunk' | 'overflow';
  longestLine: string;
}

/**
 * Sets lines into a box: shrunk to fit if needed (down to the style's minimum), top-aligned
 * or centred vertically. The block's top-left is where the first line starts.
 */
export function placeText(lines: string[], box: RectMm, style: TextStyle, valign: 'top' | 'middle' = 'top'): PlacedText {
  const fit = fitText(lines, box.w, box.h, style);
  const textHeight = lines.length * fit.fontSizePt * PT_TO_MM * style.lineHeight;
  const y = valign === 'middle' && textHeight < box.h ? box.y + (box.h - textHeight) / 2 : box.y;
  const flag = fit.overflows ? 'overflow' : fit.shrunk ? 'shrunk' : undefined;
  const longestLine = lines.reduce((a, b) => (textWidthMm(b, 10) > textWidthMm(a, 10) ? b : a), '');
  return {
    block: {
      x: box.x,
      y,
      w: box.w,
      h: Math.max(textHeight, box.h - (y - box.y)),
      lines,
      fontSizePt: fit.fontSizePt,
      lineHeight: style.lineHeight,
      font: style.font,
      boldFirstLine: style.boldFirstLine,
      flag,
    },
    flag,
    longestLine,
  };
}
