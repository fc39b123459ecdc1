import type { RectMm } from './catalogue.types';

/** Typefaces documents print in: Liberation Sans is metric-compatible with Arial/Helvetica, which text-measure assumes. */
export const DOCUMENT_FONTS = {
  sans: '"Liberation Sans", Arial, Helvetica, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif',
  serif: '"Liberation Serif", "Times New Roman", Times, "Noto Serif CJK SC", "SimSun", serif',
} as const;
export type DocumentFont = keyof typeof DOCUMENT_FONTS;

/** Text placed at an absolute position: the first line's top-left is the rectangle's top-left. */
export interface TextBlock extends RectMm {
  lines: string[];
  fontSizePt: number;
  lineHeight: number;
  font: DocumentFont;
  align?: 'left' | 'center' | 'right';
  boldFirstLine?: boolean;
  /** Shown in the preview (red outline) where text had to shrink or still overflows. */
  flag?: 'shrunk' | 'overflow';
  /** Letter spacing in mm, for figures spread over boxes. */
  letterSpacingMm?: number;
}

/** An outlined rectangle: postcode boxes, or the label edges in a preview. */
export interface OutlineBox extends RectMm {
  /** Stroke width in mm. */
  strokeMm: number;
  color: string;
  radiusMm?: number;
}

/** A picture (logo, signature) from a data: URL: documents load nothing from outside. */
export interface ImageBox extends RectMm {
  src: string;
}

export interface DocumentPage {
  blocks: TextBlock[];
  images?: ImageBox[];
  outlines?: OutlineBox[];
  /** Rich content that flows from (x, y), w wide (letter bodies), already safe HTML. */
  flow?: { x: number; y: number; w: number; html: string; fontSizePt: number; font: DocumentFont };
}

/** A printable document: every page the same paper, positions in mm from the paper's top-left. */
export interface PrintDocument {
  title: string;
  /** BCP 47 tag: picks the right CJK glyph forms. */
  lang: string;
  paper: { widthMm: number; heightMm: number };
  pages: DocumentPage[];
  /** Printer calibration: the whole page content is moved by this much. */
  shiftMm?: { x: number; y: number };
  /**
   * Print the page turned a quarter clockwise on paper of swapped size: for printers that take
   * envelopes short edge first. Positions stay as seen when addressing.
   */
  rotateQuarter?: boolean;
  /**
   * Set for documents whose pages carry flowing text (letters): a page then grows onto further
   * sheets, which keep these top and bottom margins; positioned blocks stay on its first sheet.
   */
  flowMarginsMm?: { top: number; bottom: number };
}
