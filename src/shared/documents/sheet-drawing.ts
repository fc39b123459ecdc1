import type { LabelSheet } from './catalogue.types';
import { escapeHtml } from './html-escape';
import { labelSlots } from './label-slots';

const n = (v: number) => Math.round(v * 100) / 100;

/**
 * A drawing of a sheet for the picker and the custom-sheet editor: the paper and every label,
 * in millimetre units (the viewBox), so it scales to any size. Labels past the paper show as
 * they are, which is what the person needs to see while fixing a custom sheet.
 * @example sheetSvg(sheet, { highlight: 1, title: 'Avery 5160' }) // '<svg viewBox="0 0 215.9 279.4" …'
 */
export function sheetSvg(sheet: Pick<LabelSheet, 'paper' | 'layouts' | 'widthMm' | 'heightMm' | 'cornerRadiusMm'>, options: { highlight?: number; title?: string } = {}): string {
  const { widthMm: w, heightMm: h } = sheet.paper;
  const labels = labelSlots(sheet)
    .map(
      (r, i) =>
        `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" rx="${n(sheet.cornerRadiusMm)}" fill="${i + 1 === options.highlight ? '#d0ebff' : '#f8f9fa'}" stroke="#868e96" stroke-width="0.4"/>`,
    )
    .join('');
  const title = options.title ? `<title>${escapeHtml(options.title)}</title>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(w)} ${n(h)}" role="img">${title}<rect width="${n(w)}" height="${n(h)}" fill="#fff" stroke="#495057" stroke-width="0.6"/>${labels}</svg>`;
}
