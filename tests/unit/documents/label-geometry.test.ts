import { afterAll, describe, expect, it } from 'vitest';
import { findSheet } from '../../../src/main/core/documents/catalogue';
import { planRun } from '../../../src/shared/documents/label-run';
import { layoutLabels } from '../../../src/shared/documents/label-layout';
import { labelSlots } from '../../../src/shared/documents/label-slots';
import type { LabelSheet } from '../../../src/shared/documents/catalogue.types';
import type { Recipient } from '../../../src/shared/documents/recipient';
import { smith, wang, weber } from './support/fixtures';
import { lineText, linesIn, wordsIn, type PdfWord } from './support/pdf-words';
import { pdfSession } from './support/pdf-session';

const session = pdfSession();
afterAll(() => session.close());

const customSheet: LabelSheet = {
  id: 'custom-office',
  brand: 'Custom',
  part: 'Office 2x6',
  description: 'Our own sheet',
  paper: { name: 'A4', widthMm: 210, heightMm: 297 },
  shape: 'rectangle',
  widthMm: 95,
  heightMm: 45,
  cornerRadiusMm: 0,
  layouts: [{ nx: 2, ny: 6, x0: 8, y0: 13.5, dx: 99, dy: 45 }],
  perSheet: 12,
  mail: true,
  custom: true,
};

const sheets: [string, LabelSheet][] = [
  ['Avery 5160 (Letter)', findSheet('avery-5160')!],
  ['Avery L7160 (A4)', findSheet('Avery L7160')!],
  ['Zweckform 3475 (A4)', findSheet('zweckform-3475')!],
  ['a custom sheet', customSheet],
];

/** A German, a US and a Chinese customer, round and round. */
const mixed = (n: number): Recipient[] =>
  Array.from({ length: n }, (_, i) => ({ ...[weber, smith, wang][i % 3]!, id: i + 1 }));

describe('labels print exactly on the sheet', () => {
  it.each(sheets)('every label on %s starts at its inset, inside its label', async (_name, sheet) => {
    const pieces = planRun(mixed(sheet.perSheet), { senderCountry: 'DE' }).pieces;
    const layout = layoutLabels(pieces, sheet, { valign: 'top' });
    const pdf = await session.print(layout.document);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.widthMm).toBeCloseTo(sheet.paper.widthMm, 0);
    expect(layout.slots).toHaveLength(sheet.perSheet);
    for (const [i, slot] of layout.slots.entries()) {
      const lines = linesIn(pdf, 1, slot.rect);
      const first = lines[0]?.[0];
      expect(first, `label ${i + 1} has text`).toBeDefined();
      expect(lineText(lines[0]!)).toBe(pieces[i]!.lines[0]);
      // The intended inset: the text block's top-left, a fixed distance inside the label.
      expect(Math.abs(first!.x - slot.text.x), `label ${i + 1} left inset`).toBeLessThanOrEqual(0.5);
      expect(Math.abs(first!.y - slot.text.y), `label ${i + 1} top inset`).toBeLessThanOrEqual(0.5);
      expect(slot.text.x - slot.rect.x).toBeGreaterThan(1);
      for (const w of lines.flat()) {
        expect(w.x2, `label ${i + 1}: "${w.text}" stays inside`).toBeLessThanOrEqual(slot.rect.x + slot.rect.w);
        expect(w.y2, `label ${i + 1}: "${w.text}" stays inside`).toBeLessThanOrEqual(slot.rect.y + slot.rect.h);
      }
    }
  });

  it('prints German, US and Chinese addresses each in their country’s format', async () => {
    const sheet = findSheet('Avery L7160')!;
    const layout = layoutLabels(planRun([weber, smith, wang], { senderCountry: 'DE' }).pieces, sheet);
    const pdf = await session.print(layout.document);
    const text = (n: number) => linesIn(pdf, 1, layout.slots[n]!.rect).map(lineText);
    expect(text(0)).toEqual(['Herrn Dr. Hans Weber', 'Hauptstraße 5', '10115 Berlin']);
    expect(text(1)).toEqual(['Mr John Smith', '301 Hamilton Avenue', 'Palo Alto, CA 94301', 'UNITED STATES']);
    expect(text(2)).toEqual(['100080', '北京市海淀区', '中关村大街1号', '王小明 先生', 'CHINA']);
  });

  it('renders Chinese text with real glyphs', async () => {
    const layout = layoutLabels(planRun([wang], { senderCountry: 'CN' }).pieces, findSheet('avery-5160')!);
    const pdf = await session.print(layout.document);
    const words = wordsIn(pdf, 1, layout.slots[0]!.rect);
    expect(linesIn(pdf, 1, layout.slots[0]!.rect).map(lineText)).toEqual(['100080', '北京市海淀区', '中关村大街1号', '王小明 先生']);
    // Square CJK glyphs: six characters at 10 pt are about six ems wide.
    const place = words.find((w) => w.text === '北京市海淀区')!;
    expect(place.x2 - place.x).toBeCloseTo(6 * 10 * (25.4 / 72), 0);
  });

  it('starts at label N on a part-used sheet, leaving the first N−1 labels blank', async () => {
    const sheet = findSheet('Avery L7160')!;
    const layout = layoutLabels(planRun(mixed(3), { senderCountry: 'DE' }).pieces, sheet, { startAt: 5 });
    const pdf = await session.print(layout.document);
    const rects = labelSlots(sheet);
    for (const r of rects.slice(0, 4)) expect(wordsIn(pdf, 1, r)).toEqual([]);
    expect(linesIn(pdf, 1, rects[4]!).map(lineText)[0]).toBe('Herrn Dr. Hans Weber');
    expect(layout.slots.map((s) => s.position)).toEqual([5, 6, 7]);
  });

  it('shrinks a 40-character street to fit the label and flags it, printing it whole', async () => {
    const street = 'Bürgermeister-Smidt-Straße 118, Hof West';
    expect(street).toHaveLength(40);
    const long: Recipient = { ...weber, id: 99, address: { ...weber.address!, lines: [street] } };
    const sheet = findSheet('avery-5160')!;
    const layout = layoutLabels(planRun([weber, long], { senderCountry: 'DE' }).pieces, sheet);
    expect(layout.flagged).toEqual([
      expect.objectContaining({ page: 1, position: 2, recipientIds: [99], reason: 'shrunk', longestLine: street }),
    ]);
    expect(layout.flagged[0]!.fontSizePt).toBeLessThan(10);
    const pdf = await session.print(layout.document);
    const normal = linesIn(pdf, 1, layout.slots[0]!.rect);
    const shrunk = linesIn(pdf, 1, layout.slots[1]!.rect);
    expect(shrunk.map(lineText)).toContain(street);
    const streetLine = shrunk.find((l) => lineText(l) === street)!;
    expect(streetLine.at(-1)!.x2).toBeLessThanOrEqual(layout.slots[1]!.rect.x + layout.slots[1]!.rect.w);
    const height = (l: PdfWord[]) => l[0]!.y2 - l[0]!.y;
    expect(height(streetLine)).toBeLessThan(height(normal[1]!));
  });

  it('flags an address that does not fit even at the smallest size, still printing every word', async () => {
    const street = 'Sehr lange Anschrift mit vielen Worten die nie auf ein Etikett passt 1';
    const long: Recipient = { ...weber, id: 98, address: { ...weber.address!, lines: [street] } };
    const layout = layoutLabels(planRun([long], { senderCountry: 'DE' }).pieces, findSheet('avery-5160')!);
    expect(layout.flagged.map((f) => [f.reason, f.fontSizePt])).toEqual([['overflow', 6.5]]);
    const pdf = await session.print(layout.document);
    expect(pdf.words.map((w) => w.text).join(' ')).toContain(street);
  });
});

describe('long runs', () => {
  it.each([
    ['Avery 5160 (Letter)', 'avery-5160', 95, 4],
    ['Avery L7160 (A4)', 'Avery L7160', 64, 4],
    ['Zweckform 3475 (A4)', 'zweckform-3475', 49, 3],
  ])('prints as many sheets as the run needs on %s, every label on every sheet in place', async (_name, id, count, sheets) => {
    const sheet = findSheet(id)!;
    const pieces = planRun(mixed(count), { senderCountry: 'DE' }).pieces;
    const layout = layoutLabels(pieces, sheet, { startAt: 2 });
    expect(layout.pageCount).toBe(sheets);
    const pdf = await session.print(layout.document);
    expect(pdf.pages).toHaveLength(sheets);
    expect(layout.slots).toHaveLength(count);
    for (const [i, slot] of layout.slots.entries()) {
      const first = linesIn(pdf, slot.page, slot.rect)[0]!;
      expect(lineText(first)).toBe(pieces[i]!.lines[0]);
      expect(Math.abs(first[0]!.x - slot.text.x), `sheet ${slot.page} label ${slot.position}`).toBeLessThanOrEqual(0.5);
      expect(Math.abs(first[0]!.y - slot.text.y), `sheet ${slot.page} label ${slot.position}`).toBeLessThanOrEqual(0.5);
    }
  });
});
