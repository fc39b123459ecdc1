import type { LabelSheet, RectMm } from './catalogue.types';

/**
 * Every label rectangle on one sheet, in the order labels are filled: row by row, left to
 * right, layout after layout (a few sheets combine two grids).
 * @example labelSlots(avery5160).length // 30
 */
export function labelSlots(sheet: Pick<LabelSheet, 'layouts' | 'widthMm' | 'heightMm'>): RectMm[] {
  const slots: RectMm[] = [];
  for (const l of sheet.layouts) {
    for (let row = 0; row < l.ny; row++) {
      for (let col = 0; col < l.nx; col++) {
        slots.push({ x: l.x0 + col * l.dx, y: l.y0 + row * l.dy, w: sheet.widthMm, h: sheet.heightMm });
      }
    }
  }
  return slots;
}
