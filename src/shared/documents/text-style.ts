import type { DocumentFont } from './print-document';

/** How address text is set: the size it prints at, how far it may shrink, and the typeface. */
export interface TextStyle {
  font: DocumentFont;
  fontSizePt: number;
  minFontSizePt: number;
  lineHeight: number;
  boldFirstLine: boolean;
}

export const DEFAULT_TEXT_STYLE: TextStyle = {
  font: 'sans',
  fontSizePt: 10,
  minFontSizePt: 6.5,
  lineHeight: 1.15,
  boldFirstLine: false,
};
