import { chromium, type Browser } from 'playwright-core';
import { AppError } from '../errors';
import type { PdfRenderer } from './pdf-renderer';

/** Where the system Chromium lives; CRM_CHROMIUM overrides it (an installed Chrome elsewhere). */
export const CHROMIUM_PATH = process.env.CRM_CHROMIUM ?? '/usr/bin/chromium';

// Quiet, offline and reproducible: no sandbox (containers), no GPU, no background traffic.
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * A PDF renderer over one headless Chromium, started on first use and kept for later
 * documents (a run of letters and its labels share it). Call close() when done.
 * @example const r = chromiumPdfRenderer(); const pdf = await r.renderPdf(html); await r.close();
 */
export function chromiumPdfRenderer(options: { executablePath?: string } = {}): PdfRenderer {
  let browser: Promise<Browser> | undefined;
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  const start = () =>
    (browser ??= chromium.launch({ executablePath, args: LAUNCH_ARGS, headless: true }).catch((cause: unknown) => {
      // Forget the failed start, so a later print tries again (after Chrome is installed).
      browser = undefined;
      throw new AppError('internal', 'pdfBrowserMissing', { path: executablePath, detail: String(cause).split('\n')[0] });
    }));
  return {
    async renderPdf(html) {
      // A fresh context per document, without scripts or network: a document is inert HTML
      // with inline pictures, and prints the same offline.
      const context = await (await start()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ preferCSSPageSize: true, printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = undefined;
    },
  };
}
