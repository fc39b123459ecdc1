import type { Paper } from './catalogue.types';
import type { DocumentPage, OutlineBox, PrintDocument, TextBlock } from './print-document';

/** Where the calibration crosses are drawn, in mm from the paper's top-left. */
export const CALIBRATION_MARK_MM = 30;

const tick = (x: number, y: number, w: number, h: number): OutlineBox => ({ x, y, w, h, strokeMm: 0.1, color: '#000' });
const label = (text: string, x: number, y: number): TextBlock => ({
  x,
  y,
  w: 10,
  h: 3,
  lines: [text],
  fontSizePt: 6,
  lineHeight: 1.1,
  font: 'sans',
});

/**
 * A test page for finding a printer's offset: millimetre rulers along the top and left edges
 * and two crosses at a known distance from the corners. The person reads on the rulers how far
 * the printout is shifted and saves that as the printer's calibration (x, y in mm).
 * @example calibrationSheet(PAPERS.A4, ['Measure where the cross printed…'])
 */
export function calibrationSheet(paper: Paper, instructions: string[]): PrintDocument {
  const page: DocumentPage = { blocks: [], outlines: [] };
  const m = CALIBRATION_MARK_MM;
  // Rulers starting at the paper edge: each tick's printed position shows the printer's shift.
  for (let x = 0; x <= paper.widthMm; x += 1) {
    const len = x % 10 === 0 ? 6 : x % 5 === 0 ? 4 : 2;
    page.outlines!.push(tick(x, 0, 0, len));
    if (x % 10 === 0 && x > 0) page.blocks.push(label(String(x), x + 0.5, 6));
  }
  for (let y = 0; y <= paper.heightMm; y += 1) {
    const len = y % 10 === 0 ? 6 : y % 5 === 0 ? 4 : 2;
    page.outlines!.push(tick(0, y, len, 0));
    if (y % 10 === 0 && y > 0) page.blocks.push(label(String(y), 7, y - 1.2));
  }
  for (const [cx, cy] of [
    [m, m],
    [paper.widthMm - m, paper.heightMm - m],
  ] as const) {
    page.outlines!.push(tick(cx - 5, cy, 10, 0), tick(cx, cy - 5, 0, 10));
  }
  page.blocks.push({ x: m + 10, y: m + 10, w: paper.widthMm - 2 * m - 10, h: 40, lines: instructions, fontSizePt: 10, lineHeight: 1.4, font: 'sans' });
  return { title: 'Calibration', lang: 'en', paper, pages: [page] };
}
