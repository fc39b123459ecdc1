import { labelSlots } from './label-slots';
import type { LabelSheet } from './catalogue.types';

/** How far labels may run over the paper or into each other: a few published sheets touch or overlap by a fraction of a millimetre. */
export const SHEET_TOLERANCE_MM = 1;

export interface SheetIssue {
  /** i18n key under `documents.sheetIssues`. */
  key: 'offPaperRight' | 'offPaperBottom' | 'offPaperLeft' | 'offPaperTop' | 'overlap' | 'empty';
  params: Record<string, number>;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Checks a sheet's geometry: every label on the paper and no two labels overlapping, each
 * within {@link SHEET_TOLERANCE_MM}. Returns nothing for a usable sheet.
 * @example validateSheet({ ...custom, widthMm: 120 }) // [{ key: 'overlap', params: { label: 1, other: 2, mm: 50 } }]
 */
export function validateSheet(sheet: Pick<LabelSheet, 'paper' | 'layouts' | 'widthMm' | 'heightMm'>): SheetIssue[] {
  const slots = labelSlots(sheet);
  if (slots.length === 0) return [{ key: 'empty', params: {} }];
  const issues: SheetIssue[] = [];
  const t = SHEET_TOLERANCE_MM;
  const right = Math.max(...slots.map((s) => s.x + s.w));
  const bottom = Math.max(...slots.map((s) => s.y + s.h));
  const left = Math.min(...slots.map((s) => s.x));
  const top = Math.min(...slots.map((s) => s.y));
  if (right > sheet.paper.widthMm + t) issues.push({ key: 'offPaperRight', params: { mm: round(right - sheet.paper.widthMm) } });
  if (bottom > sheet.paper.heightMm + t) issues.push({ key: 'offPaperBottom', params: { mm: round(bottom - sheet.paper.heightMm) } });
  if (left < -t) issues.push({ key: 'offPaperLeft', params: { mm: round(-left) } });
  if (top < -t) issues.push({ key: 'offPaperTop', params: { mm: round(-top) } });
  // One overlap is enough to tell the person; a 10×10 sheet would otherwise list hundreds.
  outer: for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j < slots.length; j++) {
      const a = slots[i]!;
      const b = slots[j]!;
      const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (ox > t && oy > t) {
        issues.push({ key: 'overlap', params: { label: i + 1, other: j + 1, mm: round(Math.min(ox, oy)) } });
        break outer;
      }
    }
  }
  return issues;
}
