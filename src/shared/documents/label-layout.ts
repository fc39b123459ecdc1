import type { LabelSheet, RectMm } from './catalogue.types';
import type { FlaggedPiece } from './flags';
import type { AddressedPiece, PieceSource } from './label-run';
import { labelSlots } from './label-slots';
import { placeText } from './place-text';
import type { DocumentPage, PrintDocument } from './print-document';
import { DEFAULT_TEXT_STYLE, type TextStyle } from './text-style';

/** What a label needs: its lines, and whom it reaches (empty for return-address labels). */
export type LabelContent = Pick<AddressedPiece, 'lines' | 'recipientIds'>;

export interface LabelLayoutOptions {
  /** 1-based label to start at on the first sheet (a part-used sheet): labels before it stay blank. */
  startAt?: number;
  style?: Partial<TextStyle>;
  /** Space kept free inside each label, left/right and top/bottom. */
  insetMm?: { x: number; y: number };
  valign?: 'top' | 'middle';
  /** Printer calibration shift. */
  shiftMm?: { x: number; y: number };
  /** Draw the label edges (for the on-screen preview, never on the printout). */
  outlines?: boolean;
  /** Lay out only these pages (0-based, inclusive start, count): a preview shows page one at once. */
  pages?: { from: number; count: number };
  title?: string;
  lang?: string;
}

export interface LabelDocument {
  document: PrintDocument;
  /** Labels of the laid-out pages that had to shrink or still overflow. */
  flagged: FlaggedPiece[];
  /** Pages the whole run needs, even when only some were laid out. */
  pageCount: number;
  /** The rectangle each printed label occupies, per laid-out page (for tests and the preview). */
  slots: { page: number; position: number; rect: RectMm; text: RectMm }[];
}

/**
 * Puts a run's pieces on a label sheet: label N onwards on the first sheet, row by row, every
 * address shrunk to fit its label or flagged.
 * @example layoutLabels(planRun(recipients, opts).pieces, avery5160, { startAt: 4 })
 */
export function layoutLabels(
  pieces: readonly LabelContent[] | PieceSource,
  sheet: LabelSheet,
  options: LabelLayoutOptions = {},
): LabelDocument {
  const pieceAt = (i: number) => ('get' in pieces ? pieces.get(i) : pieces[i]);
  const style = { ...DEFAULT_TEXT_STYLE, ...options.style };
  const inset = options.insetMm ?? { x: Math.min(4, sheet.widthMm * 0.06), y: Math.min(2.5, sheet.heightMm * 0.08) };
  const rects = labelSlots(sheet);
  const perPage = rects.length;
  const skip = Math.min(Math.max(1, Math.floor(options.startAt ?? 1)), perPage) - 1;
  const pageCount = Math.max(1, Math.ceil((skip + pieces.length) / perPage));
  const from = options.pages?.from ?? 0;
  const to = Math.min(pageCount, from + (options.pages?.count ?? pageCount));
  const pages: DocumentPage[] = [];
  const flagged: FlaggedPiece[] = [];
  const slots: LabelDocument['slots'] = [];
  for (let p = from; p < to; p++) {
    const page: DocumentPage = { blocks: [], outlines: [] };
    rects.forEach((rect, i) => {
      if (options.outlines) {
        page.outlines!.push({ ...rect, strokeMm: 0.2, color: '#999', radiusMm: sheet.cornerRadiusMm });
      }
      if (p * perPage + i < skip) return;
      const piece = pieceAt(p * perPage + i - skip);
      if (!piece) return;
      const text = { x: rect.x + inset.x, y: rect.y + inset.y, w: rect.w - 2 * inset.x, h: rect.h - 2 * inset.y };
      const placed = placeText(piece.lines, text, style, options.valign ?? 'middle');
      page.blocks.push(placed.block);
      slots.push({ page: p + 1, position: i + 1, rect, text: placed.block });
      if (placed.flag) {
        flagged.push({
          page: p + 1,
          position: i + 1,
          recipientIds: piece.recipientIds,
          reason: placed.flag,
          fontSizePt: placed.block.fontSizePt,
          longestLine: placed.longestLine,
        });
      }
    });
    pages.push(page);
  }
  return {
    document: { title: options.title ?? `${sheet.brand} ${sheet.part}`.trim(), lang: options.lang ?? 'en', paper: sheet.paper, pages, shiftMm: options.shiftMm },
    flagged,
    pageCount,
    slots,
  };
}

/**
 * A sheet of return-address labels: the sender's lines on every label from label N to the end
 * of the sheet (or `count` labels).
 * @example layoutLabels(returnAddressLabels(['Desk GmbH', 'Ring 1', '20095 Hamburg'], sheet), sheet)
 */
export function returnAddressLabels(lines: string[], sheet: LabelSheet, options: { startAt?: number; count?: number } = {}): LabelContent[] {
  const free = sheet.perSheet - (Math.max(1, Math.floor(options.startAt ?? 1)) - 1);
  return Array.from({ length: Math.max(0, options.count ?? free) }, () => ({ lines, recipientIds: [] }));
}
