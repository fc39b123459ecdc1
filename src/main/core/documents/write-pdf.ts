import { writeFile } from 'node:fs/promises';
import { renderDocumentHtml } from '../../../shared/documents/render-html';
import type { PrintDocument } from '../../../shared/documents/print-document';
import type { PdfRenderer } from './pdf-renderer';

/**
 * Renders a document to a PDF file and returns its size in bytes.
 * @example await writeDocumentPdf(renderer, layoutLabels(pieces, sheet).document, '/tmp/labels.pdf')
 */
export async function writeDocumentPdf(renderer: PdfRenderer, doc: PrintDocument, file: string): Promise<number> {
  const pdf = await renderer.renderPdf(renderDocumentHtml(doc));
  await writeFile(file, pdf);
  return pdf.byteLength;
}
