import { afterAll, describe, expect, it } from 'vitest';
import { findEnvelope, findSheet, windowFor } from '../../../src/main/core/documents/catalogue';
import { printLabels } from '../../../src/main/core/documents/print-runs';
import { chromiumPdfRenderer } from '../../../src/main/core/documents/chromium-pdf';
import { planRun } from '../../../src/shared/documents/label-run';
import { layoutLabels, returnAddressLabels } from '../../../src/shared/documents/label-layout';
import { layoutEnvelopes } from '../../../src/shared/documents/envelope-run';
import { envelopeZones } from '../../../src/shared/documents/envelope-layout';
import { calibrationSheet, CALIBRATION_MARK_MM } from '../../../src/shared/documents/calibration-sheet';
import { CustomSheetDraft } from '../../../src/shared/documents/custom-sheet';
import { PAPERS } from '../../../src/shared/documents/catalogue.types';
import { smith, weber } from './support/fixtures';
import { lineText, linesIn, readPdfWords, wordsIn } from './support/pdf-words';
import { pdfSession } from './support/pdf-session';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const session = pdfSession();
afterAll(() => session.close());

describe('printing options', () => {
  it('moves everything by the printer calibration', async () => {
    const sheet = findSheet('Avery L7160')!;
    const pieces = planRun([weber], { senderCountry: 'DE' }).pieces;
    const plain = await session.print(layoutLabels(pieces, sheet).document);
    const shifted = await session.print(layoutLabels(pieces, sheet, { shiftMm: { x: 1.5, y: -0.8 } }).document);
    const a = plain.words[0]!;
    const b = shifted.words[0]!;
    expect(b.x - a.x).toBeCloseTo(1.5, 1);
    expect(b.y - a.y).toBeCloseTo(-0.8, 1);
  });

  it('fills a sheet of return-address labels from label N', async () => {
    const sheet = findSheet('Avery L7160')!;
    const layout = layoutLabels(returnAddressLabels(['Desk Handel GmbH', 'Ringstraße 1', '20095 Hamburg'], sheet, { startAt: 4 }), sheet, { startAt: 4 });
    expect(layout.slots.map((s) => s.position)).toEqual(Array.from({ length: 18 }, (_, i) => i + 4));
    const pdf = await session.print(layout.document);
    expect(linesIn(pdf, 1, layout.slots[17]!.rect).map(lineText)).toEqual(['Desk Handel GmbH', 'Ringstraße 1', '20095 Hamburg']);
  });

  it('turns an envelope a quarter for printers fed short edge first', async () => {
    const envelope = findEnvelope('iso-dl')!;
    const window = windowFor('iso-dl')!;
    const layout = layoutEnvelopes(planRun([weber], { senderCountry: 'DE' }).pieces, envelope, { window, feed: 'short-edge' });
    const pdf = await session.print(layout.document);
    expect(pdf.pages[0]!.widthMm).toBeCloseTo(110, 0);
    expect(pdf.pages[0]!.heightMm).toBeCloseTo(220, 0);
    // Turned clockwise: a point (x, y) of the face lands at (110 − y, x) on the sheet.
    const r = envelopeZones(envelope, { window }).recipient;
    const turned = { x: 110 - (r.y + r.h), y: r.x, w: r.h, h: r.w };
    const words = pdf.words.filter((w) => w.page === 1);
    expect(words.map((w) => w.text).join(' ')).toBe('Herrn Dr. Hans Weber Hauptstraße 5 10115 Berlin');
    for (const w of words) {
      expect(w.x).toBeGreaterThanOrEqual(turned.x - 0.5);
      expect(w.x2).toBeLessThanOrEqual(turned.x + turned.w + 0.5);
      expect(w.y).toBeGreaterThanOrEqual(turned.y - 0.5);
      expect(w.y2).toBeLessThanOrEqual(turned.y + turned.h + 0.5);
    }
  });

  it('prints a calibration page with its crosses 30 mm from the corner', async () => {
    const pdf = await session.print(calibrationSheet(PAPERS.A4, ['Print at 100 %.']));
    expect(CALIBRATION_MARK_MM).toBe(30);
    expect(pdf.words.map((w) => w.text)).toEqual(expect.arrayContaining(['10', '200', 'Print', '100', '%.']));
    const ten = wordsIn(pdf, 1, { x: 10, y: 0, w: 5, h: 10 }).find((w) => w.text === '10')!;
    expect(ten.x).toBeCloseTo(10.5, 0);
  });

  it('explains why a custom sheet is refused, in the person’s terms', () => {
    const result = CustomSheetDraft.safeParse({
      name: 'Too wide',
      paper: PAPERS.A4,
      widthMm: 80,
      heightMm: 30,
      layout: { nx: 3, ny: 9, x0: 0, y0: 10, dx: 80, dy: 30 },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => (i as { params?: { key?: string } }).params?.key)).toEqual(['sheet.offPaperRight']);
  });

  it('prints a run to PDF and reports whom it reached and whom it skipped', async () => {
    const renderer = chromiumPdfRenderer();
    try {
      const run = await printLabels(renderer, [weber, smith, { ...smith, id: 5, address: null }], findSheet('avery-5160')!, { senderCountry: 'US' });
      expect(run.recipientIds).toEqual([1, 2]);
      expect(run.skipped.map((s) => [s.id, s.reason])).toEqual([[5, 'noAddress']]);
      const pdf = readPdfWords(run.pdf, join(tmpdir(), `crm-run-${process.pid}.pdf`));
      expect(pdf.words.map((w) => w.text)).toContain('GERMANY');
    } finally {
      await renderer.close();
    }
  });
});
