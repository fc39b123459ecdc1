/** What the renderer asks the desktop shell to print: one finished document, nothing else. */
export interface PrintRequest {
  /** The document's HTML, as the services made it (CSS @page size, mm positions). */
  html: string;
  /** Names the print job and the suggested PDF file. */
  title: string;
  action: 'print' | 'pdf';
  /** The sheet size it prints on, in mm (already turned for short-edge envelope feed). */
  paper: { widthMm: number; heightMm: number };
}

export type PrintOutcome = { status: 'printed' } | { status: 'saved'; file: string } | { status: 'cancelled' } | { status: 'failed'; reason: string };

const MAX_HTML = 64 * 1024 * 1024;

/**
 * Checks a print request from the renderer before anything is opened: plain strings and
 * numbers of sane size, so a bad caller gets a refusal, not a stuck print window.
 * @example readPrintRequest({ html: '<html>…', title: 'Labels', action: 'pdf', paper: { widthMm: 210, heightMm: 297 } })
 */
export function readPrintRequest(value: unknown): PrintRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const paper = v.paper as Record<string, unknown> | undefined;
  const size = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 20 && n <= 2000;
  if (typeof v.html !== 'string' || v.html.length === 0 || v.html.length > MAX_HTML) return null;
  if (typeof v.title !== 'string' || v.title.length > 300) return null;
  if (v.action !== 'print' && v.action !== 'pdf') return null;
  if (!paper || !size(paper.widthMm) || !size(paper.heightMm)) return null;
  return { html: v.html, title: v.title, action: v.action, paper: { widthMm: paper.widthMm as number, heightMm: paper.heightMm as number } };
}

/** A file name for the saved PDF: the title without characters file systems refuse. */
export function pdfFileName(title: string): string {
  const printable = [...title].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const base = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'document';
  return `${base.slice(0, 120)}.pdf`;
}

/** Electron's print page size is in microns. */
export const micronsOf = (paper: PrintRequest['paper']) => ({ width: Math.round(paper.widthMm * 1000), height: Math.round(paper.heightMm * 1000) });
