import type { EnvelopeSize } from './catalogue.types';
import { envelopeZones, type EnvelopeLayoutOptions } from './envelope-layout';
import type { FlaggedPiece } from './flags';
import type { AddressedPiece } from './label-run';
import { placeText } from './place-text';
import type { DocumentPage, PrintDocument } from './print-document';
import { PT_TO_MM } from './text-measure';
import { DEFAULT_TEXT_STYLE, type TextStyle } from './text-style';

export interface EnvelopeRunOptions extends EnvelopeLayoutOptions {
  /** Return address lines, already formatted; empty prints none. */
  senderLines?: string[];
  /** Chinese envelopes: the sender's postcode, printed after "邮政编码". */
  senderPostcode?: string;
  /** The label printed before the sender's postcode on Chinese envelopes. */
  senderPostcodeLabel?: string;
  style?: Partial<TextStyle>;
  senderStyle?: Partial<TextStyle>;
  shiftMm?: { x: number; y: number };
  /** How the printer takes envelopes: long edge first prints the face as is; short edge first turns it. */
  feed?: 'long-edge' | 'short-edge';
  /** Draw the envelope edge, window and boxes (preview only). */
  outlines?: boolean;
  title?: string;
  lang?: string;
}

export interface EnvelopeDocument {
  document: PrintDocument;
  flagged: FlaggedPiece[];
}

const POSTCODE_ONLY = /^\s*\d{6}\s*$/;

/**
 * One envelope page per piece, sized to the envelope: recipient block in its zone (shrunk to
 * fit or flagged), return address, and for Chinese envelopes the postcode digit by digit in
 * the printed boxes.
 * @example layoutEnvelopes(plan.pieces, dl, { window: din676, senderLines: ['Desk GmbH · Ring 1 · 10115 Berlin'] })
 */
export function layoutEnvelopes(pieces: readonly AddressedPiece[], envelope: EnvelopeSize, options: EnvelopeRunOptions = {}): EnvelopeDocument {
  const zones = envelopeZones(envelope, options);
  const style: TextStyle = { ...DEFAULT_TEXT_STYLE, fontSizePt: 11, ...options.style };
  const senderStyle: TextStyle = { ...DEFAULT_TEXT_STYLE, fontSizePt: 8, minFontSizePt: 6, ...options.senderStyle };
  const flagged: FlaggedPiece[] = [];
  const pages: DocumentPage[] = pieces.map((piece, index) => {
    const page: DocumentPage = { blocks: [], outlines: [] };
    let lines = piece.lines;
    if (zones.postcodeBoxes) {
      const postcode = (piece.address.postcode ?? '').trim();
      // The postcode goes in the boxes, digit by digit, instead of on a line of its own.
      if (piece.address.countryCode === 'CN' && POSTCODE_ONLY.test(postcode)) {
        lines = lines.filter((l) => l.trim() !== postcode);
        [...postcode].forEach((digit, i) => {
          const box = zones.postcodeBoxes![i];
          if (!box) return;
          // Digits about 70 % of the box height, centred in it.
          const size = Math.round(Math.min(16, (box.h * 0.7) / PT_TO_MM));
          const top = box.y + (box.h - size * PT_TO_MM * 1.15) / 2;
          page.blocks.push({ x: box.x, y: top, w: box.w, h: box.h, lines: [digit], fontSizePt: size, lineHeight: 1.15, font: 'sans', align: 'center' });
        });
      }
      if (options.outlines) zones.postcodeBoxes.forEach((b) => page.outlines!.push({ ...b, strokeMm: 0.3, color: '#c92a2a' }));
    }
    const placed = placeText(lines, zones.recipient, style, 'top');
    page.blocks.push(placed.block);
    if (placed.flag) {
      flagged.push({ page: index + 1, position: 1, recipientIds: piece.recipientIds, reason: placed.flag, fontSizePt: placed.block.fontSizePt, longestLine: placed.longestLine });
    }
    const senderLines = [...(options.senderLines ?? [])];
    if (zones.postcodeBoxes && options.senderPostcode) {
      senderLines.push(`${options.senderPostcodeLabel ?? ''}${options.senderPostcode}`);
    }
    if (senderLines.length > 0) {
      const sender = placeText(senderLines, zones.sender, senderStyle, 'top');
      if (zones.senderAlign === 'right') {
        // Bottom-right corner: the block ends at the zone's bottom edge.
        const height = senderLines.length * sender.block.fontSizePt * PT_TO_MM * senderStyle.lineHeight;
        sender.block.y = Math.max(zones.sender.y, zones.sender.y + zones.sender.h - height);
        sender.block.h = height;
        sender.block.align = 'right';
      }
      page.blocks.push(sender.block);
    }
    if (options.outlines) {
      page.outlines!.push({ x: 0, y: 0, w: envelope.widthMm, h: envelope.heightMm, strokeMm: 0.2, color: '#999' });
      if (options.window) {
        const r = zones.recipient;
        const i = options.windowInsetMm ?? 3;
        page.outlines!.push({ x: r.x - i, y: r.y - i, w: r.w + 2 * i, h: r.h + 2 * i, strokeMm: 0.2, color: '#1c7ed6', radiusMm: 2 });
      }
    }
    return page;
  });
  return {
    document: {
      title: options.title ?? envelope.name,
      lang: options.lang ?? 'en',
      paper: { widthMm: envelope.widthMm, heightMm: envelope.heightMm },
      pages,
      shiftMm: options.shiftMm,
      rotateQuarter: options.feed === 'short-edge',
    },
    flagged,
  };
}
