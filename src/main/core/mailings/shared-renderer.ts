import { chromiumPdfRenderer } from '../documents/chromium-pdf';
import type { PdfRenderer } from '../documents/pdf-renderer';

// One headless Chromium for the process, closed after a while without prints so an idle
// browser-mode server does not hold a browser open.
const IDLE_MS = 120_000;
let renderer: PdfRenderer | undefined;
let idle: NodeJS.Timeout | undefined;

/**
 * Renders HTML to PDF with the process's shared headless Chromium (browser mode, tests).
 * @example const pdf = await renderPdf(renderDocumentHtml(doc));
 */
export async function renderPdf(html: string): Promise<Uint8Array> {
  if (idle) clearTimeout(idle);
  renderer ??= chromiumPdfRenderer();
  try {
    return await renderer.renderPdf(html);
  } finally {
    idle = setTimeout(() => void closePdfRenderer(), IDLE_MS);
    idle.unref();
  }
}

/** Closes the shared Chromium (tests call it when done; it also closes itself when idle). */
export async function closePdfRenderer(): Promise<void> {
  if (idle) clearTimeout(idle);
  idle = undefined;
  const r = renderer;
  renderer = undefined;
  await r?.close();
}

/** Pages of a PDF made by Chromium: letters that run long print more sheets than letters. */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
