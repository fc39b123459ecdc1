import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createBackend, type Backend } from '../../../src/main/app/create-backend';
import { startBrowserServer, type BrowserServer } from '../../../src/main/http/server';

const RENDERER_DIR = process.env.CRM_RENDERER_DIR ?? fileURLToPath(new URL('../../../out/renderer', import.meta.url));

/** The system's Chromium (Debian's here and in CI) or an installed Chrome; never a downloaded one. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found; install Debian's chromium or set CHROMIUM_PATH (tried ${candidates.join(', ')})`);
  return found;
}

export interface BrowserMode {
  backend: Backend;
  server: BrowserServer;
  browser: Browser;
  page: Page;
  dataFile: string;
  close(): Promise<void>;
}

/**
 * The real UI against the real services: browser mode on a fresh temporary database, and a page
 * of the system Chromium opened at the URL `npm run serve` would print.
 */
export async function openBrowserMode(options: { locale?: string; dataFile?: string } = {}): Promise<BrowserMode> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('Renderer not built: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
  const dataFile = options.dataFile ?? join(dir, 'crm.sqlite');
  const backend = await createBackend({ dataFile, mode: 'browser', systemLocale: options.locale ?? 'en-US' });
  const server = await startBrowserServer({ base: backend.base, rendererDir: RENDERER_DIR, dispatchOptions: { checkOutput: true } });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('[page error]', err.message));
  await page.goto(server.url);
  return {
    backend,
    server,
    browser,
    page,
    dataFile,
    async close() {
      await browser.close();
      await server.close();
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
