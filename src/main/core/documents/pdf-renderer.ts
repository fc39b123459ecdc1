/**
 * Turns one document's HTML into PDF bytes. The app implements it with Electron's
 * `webContents.printToPDF`; tests, browser mode and the bench with headless Chromium
 * (chromium-pdf.ts). Both honour the document's CSS `@page` size, so the geometry is the same.
 */
export interface PdfRenderer {
  renderPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}
