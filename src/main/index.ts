import { join } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { createBackend, type Backend } from './app/create-backend';
import { startAutoBackup } from './core/db/auto-backup';
import { getSettings } from './core/settings/settings.service';
import { registerIpc } from './ipc';
import { resolveDataFile } from './shell/data-file';
import { isTrustedSender } from './shell/ipc-sender';
import { installMenu } from './shell/menu.electron';
import { registerPrint } from './shell/print.electron';
import { registerFileDialogs } from './shell/files.electron';
import { filesFor } from './core/files/file-registry';
import { rendererTarget } from './shell/renderer-target';
import { hardenApp } from './shell/security.electron';
import { showStartupError } from './shell/startup-error.electron';
import { createMainWindow, focusWindow } from './shell/window.electron';
import { pickLocale } from '../shared/i18n';
import type { Locale } from '../shared/contract/settings.contract';

// The Electron shell: lifecycle only. Every decision it applies lives in a tested function in ./shell.
const APP_NAME = 'Desk CRM';
const isDev = !app.isPackaged;
const mainDir = import.meta.dirname;

let mainWindow: BrowserWindow | null = null;

async function uiLocale(backend: Backend, systemLanguages: string[]): Promise<Locale> {
  try {
    return (await getSettings({ ...backend.base, locale: 'en' })).locale ?? pickLocale(systemLanguages);
  } catch {
    return pickLocale(systemLanguages);
  }
}

async function start(): Promise<void> {
  const systemLanguages = [...app.getPreferredSystemLanguages(), app.getLocale()];
  const dataFile = resolveDataFile({ argv: process.argv.slice(1), env: process.env, userDataDir: app.getPath('userData'), cwd: process.cwd() });

  let backend: Backend;
  try {
    backend = await createBackend({ dataFile, mode: 'desktop', systemLocale: systemLanguages[0] ?? 'en', systemRegion: app.getSystemLocale() });
  } catch (err) {
    console.error(`[start] cannot open ${dataFile}`, err);
    showStartupError(err, { locale: pickLocale(systemLanguages), dataFile, appName: APP_NAME });
    app.exit(1);
    return;
  }

  const target = rendererTarget({ mainDir, devServerUrl: process.env.ELECTRON_RENDERER_URL, isPackaged: app.isPackaged });
  const ownWindows = new Set<number>();
  hardenApp(session.defaultSession, target);

  const relabelMenu = async () => installMenu({ locale: await uiLocale(backend, systemLanguages), isDev, appName: APP_NAME, dataFile });
  await relabelMenu();
  registerIpc({
    base: backend.base,
    isTrustedSender: (sender) => isTrustedSender(sender, { webContentsIds: ownWindows, target }),
    afterCall: (method) => {
      if (method === 'settings.update') void relabelMenu();
    },
  });

  registerPrint({ isTrustedSender: (sender) => isTrustedSender(sender, { webContentsIds: ownWindows, target }) });
  registerFileDialogs({
    base: backend.base,
    isTrustedSender: (sender) => isTrustedSender(sender, { webContentsIds: ownWindows, target }),
    locale: () => uiLocale(backend, systemLanguages),
  });
  const openWindow = () => {
    const win = createMainWindow({
      target,
      preloadFile: join(mainDir, '../preload/index.cjs'),
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      title: APP_NAME,
    });
    const id = win.webContents.id;
    ownWindows.add(id);
    win.on('closed', () => {
      ownWindows.delete(id);
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
  };
  openWindow();

  const stopBackups = startAutoBackup(backend.connection.sqlite, dataFile);

  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay in the Dock with no window open; elsewhere closing the window quits.
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    // Close the database cleanly (checkpoints the WAL) before the process ends.
    event.preventDefault();
    closed = true;
    stopBackups();
    // Uploaded files and exports not yet saved live in a temp folder; nothing there outlives the session.
    filesFor(backend.base).clear();
    backend
      .close()
      .catch((err: unknown) => console.error('[quit] closing the database failed', err))
      .finally(() => app.quit());
  });
}

// A development run keeps its own data folder (and single-instance lock), so `npm run dev` on an
// office machine never opens the real customer file.
if (!app.isPackaged) app.setPath('userData', join(app.getPath('appData'), `${APP_NAME} (development)`));

// Windows groups taskbar buttons and notifications by this id; it must match the installer's appId.
if (process.platform === 'win32') app.setAppUserModelId('com.deskcrm.app');

if (!app.requestSingleInstanceLock()) {
  // Another copy already has the data file open: it was told to come to the front.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      console.error('[start] failed', err);
      app.exit(1);
    });
}
