import type { LabelSheet } from './catalogue.types';

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9\u3400-\u9fff]+/g, '');

function haystack(sheet: LabelSheet): string[] {
  const names = [`${sheet.brand} ${sheet.part}`, sheet.part, ...(sheet.sameAs ?? [])];
  return [...names.map(norm), norm(sheet.description), norm(sheet.paper.name)];
}

/**
 * Sheets matching what a person types: brand, product number (also any `sameAs` number, so
 * "L7160" finds Avery 7160), description or paper. Every word must match; exact product
 * numbers come first.
 * @example searchSheets(catalogue, 'L7160')[0].id // 'avery-7160'
 */
export function searchSheets(sheets: readonly LabelSheet[], query: string): LabelSheet[] {
  const words = query.split(/\s+/).map(norm).filter(Boolean);
  if (words.length === 0) return [...sheets];
  const scored: { sheet: LabelSheet; score: number }[] = [];
  for (const sheet of sheets) {
    const hay = haystack(sheet);
    if (!words.every((w) => hay.some((h) => h.includes(w)))) continue;
    const whole = norm(query);
    const exact = hay.slice(0, -2).some((h) => h === whole || h.endsWith(whole)) ? 0 : 1;
    scored.push({ sheet, score: exact });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.sheet);
}
