import type { Recipient } from './recipient';

/** A piece whose text had to shrink, or still does not fit at the minimum size: shown in the preview, never silently cut. */
export interface FlaggedPiece {
  /** 1-based page of the document. */
  page: number;
  /** 1-based position on the page (label number on the sheet; 1 for envelopes and letters). */
  position: number;
  recipientIds: Recipient['id'][];
  reason: 'shrunk' | 'overflow';
  fontSizePt: number;
  /** The longest line: what the person will want to shorten. */
  longestLine: string;
}
