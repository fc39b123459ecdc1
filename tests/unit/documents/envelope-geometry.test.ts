import { afterAll, describe, expect, it } from 'vitest';
import { findEnvelope, windowFor } from '../../../src/main/core/documents/catalogue';
import { planRun } from '../../../src/shared/documents/label-run';
import { layoutEnvelopes } from '../../../src/shared/documents/envelope-run';
import { DEFAULT_CN_POSTCODE_BOXES, envelopeZones } from '../../../src/shared/documents/envelope-layout';
import { windowRect } from '../../../src/shared/documents/window-geometry';
import type { RectMm } from '../../../src/shared/documents/catalogue.types';
import { smith, wang, weber } from './support/fixtures';
import { lineText, linesIn, wordsIn, type PdfWord } from './support/pdf-words';
import { pdfSession } from './support/pdf-session';

const session = pdfSession();
afterAll(() => session.close());

const whole = (w: { widthMm: number; heightMm: number }): RectMm => ({ x: 0, y: 0, w: w.widthMm, h: w.heightMm });
const inside = (words: PdfWord[], r: RectMm) =>
  words.every((w) => w.x >= r.x && w.x2 <= r.x + r.w && w.y >= r.y && w.y2 <= r.y + r.h);

describe('envelopes', () => {
  it.each([
    ['DL', 'iso-dl', weber, 'DE', ['Herrn Dr. Hans Weber', 'Hauptstraße 5', '10115 Berlin']],
    ['#10', 'us-10', smith, 'US', ['Mr John Smith', '301 Hamilton Avenue', 'Palo Alto, CA 94301']],
  ] as const)('prints a %s envelope’s address block inside its window', async (_n, id, recipient, country, expected) => {
    const envelope = findEnvelope(id)!;
    const window = windowFor(id)!;
    const layout = layoutEnvelopes(planRun([recipient], { senderCountry: country }).pieces, envelope, {
      window,
      senderLines: ['Desk Office · 1 Ring Road · Springfield'],
    });
    const pdf = await session.print(layout.document);
    expect(pdf.pages[0]!.widthMm).toBeCloseTo(envelope.widthMm, 0);
    expect(pdf.pages[0]!.heightMm).toBeCloseTo(envelope.heightMm, 0);
    const win = windowRect(window, envelope);
    const block = linesIn(pdf, 1, win);
    expect(block.map(lineText)).toEqual(expected);
    expect(inside(block.flat(), win)).toBe(true);
    // The return address stays out of the window.
    const sender = wordsIn(pdf, 1, whole(envelope)).filter((w) => !block.flat().includes(w));
    expect(sender.map((w) => w.text).join(' ')).toBe('Desk Office · 1 Ring Road · Springfield');
    expect(sender.every((w) => w.y2 <= win.y)).toBe(true);
  });

  it('prints a Chinese envelope with the postcode in the boxes and the sender at the bottom right', async () => {
    const envelope = findEnvelope('cn-dl')!;
    const layout = layoutEnvelopes(planRun([wang], { senderCountry: 'CN' }).pieces, envelope, {
      senderLines: ['上海市黄浦区南京东路100号', '德斯克贸易有限公司'],
      senderPostcode: '200001',
      senderPostcodeLabel: '邮政编码：',
    });
    const pdf = await session.print(layout.document);
    const zones = envelopeZones(envelope);
    zones.postcodeBoxes!.forEach((box, i) => {
      const digits = wordsIn(pdf, 1, box);
      expect(digits.map((d) => d.text)).toEqual(['100080'[i]]);
      expect(inside(digits, box)).toBe(true);
    });
    const recipient = linesIn(pdf, 1, zones.recipient).map(lineText);
    expect(recipient.slice(0, 3)).toEqual(['北京市海淀区', '中关村大街1号', '王小明 先生']);
    const sender = linesIn(pdf, 1, { x: envelope.widthMm / 2, y: envelope.heightMm * 0.7, w: envelope.widthMm / 2, h: envelope.heightMm * 0.3 });
    expect(sender.map(lineText)).toEqual(['上海市黄浦区南京东路100号', '德斯克贸易有限公司', '邮政编码：200001']);
    // Right-aligned: every sender line ends at the same x, near the right edge.
    const ends = sender.map((l) => l.at(-1)!.x2);
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(0.6);
    expect(envelope.widthMm - Math.max(...ends)).toBeLessThan(15);
  });

  it('moves the Chinese postcode boxes where the envelope stock has them printed', async () => {
    const envelope = findEnvelope('cn-zl')!;
    const boxes = { ...DEFAULT_CN_POSTCODE_BOXES, xMm: 14, yMm: 11, boxWidthMm: 7 };
    const layout = layoutEnvelopes(planRun([wang], { senderCountry: 'CN' }).pieces, envelope, { postcodeBoxes: boxes });
    const pdf = await session.print(layout.document);
    const first = wordsIn(pdf, 1, { x: 14, y: 11, w: 7, h: 10 });
    expect(first.map((w) => w.text)).toEqual(['1']);
  });
});
