import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, dialog, ipcMain, session, type IpcMainInvokeEvent } from 'electron';
import type { SenderInfo } from './ipc-sender';
import { micronsOf, pdfFileName, readPrintRequest, type PrintOutcome, type PrintRequest } from './print-request';

/** The IPC channel of the preload's `print` capability. */
export const PRINT_CHANNEL = 'crm:print';

const PARTITION = 'crm-print';
// Documents being printed; their session loads these files and inline data, nothing else.
const printing = new Set<string>();
let sessionGuarded = false;

function guardPrintSession(): void {
  if (sessionGuarded) return;
  sessionGuarded = true;
  session.fromPartition(PARTITION).webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith('data:') || printing.has(details.url)) });
  });
}

// The document is inert: no scripts, no Node, its own in-memory session without network, never shown.
function hiddenWindow(): BrowserWindow {
  guardPrintSession();
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      partition: PARTITION,
      spellcheck: false,
    },
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  return win;
}

function systemPrint(win: BrowserWindow, req: PrintRequest): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    win.webContents.print(
      { silent: false, printBackground: true, margins: { marginType: 'none' }, pageSize: micronsOf(req.paper), header: '', footer: '' },
      (success, reason) => {
        if (success) resolve({ status: 'printed' });
        else resolve(reason === 'cancelled' || reason === 'Print job canceled' ? { status: 'cancelled' } : { status: 'failed', reason });
      },
    );
  });
}

async function saveAsPdf(win: BrowserWindow, req: PrintRequest, parent: BrowserWindow | null): Promise<PrintOutcome> {
  const pdf = await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, margins: { marginType: 'none' } });
  const options = { defaultPath: pdfFileName(req.title), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  await writeFile(choice.filePath, pdf);
  return { status: 'saved', file: choice.filePath };
}

/**
 * Prints a document the services made, from the SAME HTML browser mode renders to PDF:
 * loaded into a hidden window, then either the system print dialog (webContents.print) or
 * printToPDF and a save dialog. Only our own window's page may ask.
 */
async function printDocument(event: IpcMainInvokeEvent, value: unknown): Promise<PrintOutcome> {
  const req = readPrintRequest(value);
  if (!req) return { status: 'failed', reason: 'bad request' };
  // A file, not a data: URL: a 3,000-label run is megabytes of HTML.
  const dir = mkdtempSync(join(tmpdir(), 'crm-print-'));
  const file = join(dir, 'document.html');
  writeFileSync(file, req.html, 'utf8');
  const url = pathToFileURL(file).href;
  printing.add(url);
  const win = hiddenWindow();
  try {
    await win.loadURL(url);
    return req.action === 'print' ? await systemPrint(win, req) : await saveAsPdf(win, req, BrowserWindow.fromWebContents(event.sender));
  } catch (err) {
    return { status: 'failed', reason: err instanceof Error ? err.message : String(err) };
  } finally {
    printing.delete(url);
    win.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Registers the print capability; returns a function that removes it. */
export function registerPrint(options: { isTrustedSender: (sender: SenderInfo) => boolean }): () => void {
  ipcMain.handle(PRINT_CHANNEL, (event, value: unknown): Promise<PrintOutcome> => {
    const frame = event.senderFrame;
    const sender = { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null };
    if (!options.isTrustedSender(sender)) return Promise.resolve({ status: 'failed', reason: 'untrusted sender' });
    return printDocument(event, value);
  });
  return () => ipcMain.removeHandler(PRINT_CHANNEL);
}
