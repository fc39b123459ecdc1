import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPdfRenderer } from '../../../../src/main/core/documents/chromium-pdf';
import { renderDocumentHtml } from '../../../../src/shared/documents/render-html';
import type { PrintDocument } from '../../../../src/shared/documents/print-document';
import { readPdfWords, type PdfText } from './pdf-words';

/** One headless Chromium and a temp folder for a test file's PDFs. */
export function pdfSession() {
  const dir = mkdtempSync(join(tmpdir(), 'crm-pdf-'));
  const renderer = chromiumPdfRenderer();
  let n = 0;
  return {
    /** Prints a document to PDF in Chromium and reads back every word's position. */
    async print(doc: PrintDocument): Promise<PdfText> {
      const pdf = await renderer.renderPdf(renderDocumentHtml(doc));
      return readPdfWords(pdf, join(dir, `doc-${++n}.pdf`));
    },
    async close() {
      await renderer.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
