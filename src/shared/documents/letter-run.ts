import type { FlaggedPiece } from './flags';
import type { AddressedPiece } from './label-run';
import type { LetterGeometry } from './letter-geometry';
import { letterDate, mergeTemplate, type LetterLanguage } from './merge-fields';
import { placeText } from './place-text';
import type { DocumentPage, PrintDocument, TextBlock } from './print-document';
import { PT_TO_MM } from './text-measure';
import { DEFAULT_TEXT_STYLE, type TextStyle } from './text-style';

/** The office's letterhead, set once in Settings. */
export interface Letterhead {
  /** A data: URL of the logo, printed top right. */
  logoDataUrl?: string;
  /** Sender block under the logo: name, address, phone, email. */
  senderLines: string[];
  /** One-line return address shown above the recipient in the window ("Desk GmbH · Ring 1 · 10115 Berlin"). */
  returnLine?: string;
  /** Small print at the foot of the first page: registration, bank, directors. */
  footerLines?: string[];
}

export interface LetterRunOptions {
  geometry: LetterGeometry;
  /** The letter body from the editor, HTML with `{{field}}` merge tokens. */
  templateHtml: string;
  language: LetterLanguage;
  date: Date;
  timeZone?: string;
  /** The sender's country: the date is written as there (letterDate). */
  country?: string;
  letterhead?: Letterhead;
  ownerName?: string;
  signatureHtml?: string;
  style?: Partial<TextStyle>;
  shiftMm?: { x: number; y: number };
  /** Print fold and punch marks on the left edge. */
  foldMarks?: boolean;
  title?: string;
}

export interface LetterDocument {
  document: PrintDocument;
  flagged: FlaggedPiece[];
}

const small = (lines: string[], x: number, y: number, w: number, sizePt: number, align: TextBlock['align'] = 'left'): TextBlock => ({
  x,
  y,
  w,
  h: lines.length * sizePt * PT_TO_MM * 1.2,
  lines,
  fontSizePt: sizePt,
  lineHeight: 1.2,
  font: 'sans',
  align,
});

/**
 * One letter per piece, each starting on a new sheet: letterhead, the recipient in the window
 * field of the chosen form (shrunk to fit or flagged), the date, and the merged body, which
 * flows onto further sheets when it is long.
 * @example layoutLetters(plan.pieces, { geometry: letterGeometry('din5008-b'), templateHtml, language: 'en', date: new Date() })
 */
export function layoutLetters(pieces: readonly AddressedPiece[], o: LetterRunOptions): LetterDocument {
  const g = o.geometry;
  const style: TextStyle = { ...DEFAULT_TEXT_STYLE, ...o.style };
  const flagged: FlaggedPiece[] = [];
  const dateText = letterDate(o.date, o.language, o.timeZone, o.country);
  const pages: DocumentPage[] = pieces.map((piece, index) => {
    const page: DocumentPage = { blocks: [], images: [], outlines: [] };
    const head = o.letterhead;
    if (head?.logoDataUrl) page.images!.push({ x: g.paper.widthMm - 20 - 60, y: 10, w: 60, h: 18, src: head.logoDataUrl });
    if (head?.senderLines.length) {
      page.blocks.push(small(head.senderLines, g.paper.widthMm - 20 - 70, head.logoDataUrl ? 30 : 12, 70, 8, 'right'));
    }
    if (head?.returnLine) page.blocks.push(small([head.returnLine], g.returnLine.x, g.returnLine.y + 1, g.returnLine.w, 7));
    if (head?.footerLines?.length) {
      page.blocks.push(small(head.footerLines, 25, g.paper.heightMm - 8 - head.footerLines.length * 3.4, g.paper.widthMm - 45, 7));
    }
    const placed = placeText(piece.lines, g.recipient, style, 'top');
    page.blocks.push(placed.block);
    if (placed.flag) {
      flagged.push({ page: index + 1, position: 1, recipientIds: piece.recipientIds, reason: placed.flag, fontSizePt: placed.block.fontSizePt, longestLine: placed.longestLine });
    }
    page.blocks.push(small([dateText], g.info.x, g.info.y, g.info.w, 10));
    if (o.foldMarks) {
      for (const y of [...g.foldMarksMm, g.paper.heightMm / 2]) page.outlines!.push({ x: 4, y, w: 6, h: 0, strokeMm: 0.1, color: '#000' });
    }
    const html = mergeTemplate(o.templateHtml, {
      recipient: piece.recipient,
      addressLines: piece.lines,
      language: o.language,
      date: o.date,
      timeZone: o.timeZone,
      country: o.country,
      ownerName: o.ownerName,
      signatureHtml: o.signatureHtml,
    });
    page.flow = { x: g.body.x, y: g.body.y, w: g.body.w, html, fontSizePt: 11, font: style.font };
    return page;
  });
  return {
    document: {
      title: o.title ?? 'Letters',
      lang: o.language,
      paper: g.paper,
      pages,
      shiftMm: o.shiftMm,
      flowMarginsMm: { top: g.marginTopMm, bottom: g.marginBottomMm },
    },
    flagged,
  };
}
