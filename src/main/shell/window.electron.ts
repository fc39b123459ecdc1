import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { RendererTarget } from './renderer-target';
import { MIN_WINDOW_SIZE, mainWindowOptions } from './web-preferences';
import { initialWindow, readWindowState, writeWindowState } from './window-state';

/**
 * Opens the main window where the user left it (moved back on screen if a display is gone),
 * shows it once the page has painted, and remembers its place when it closes.
 */
export function createMainWindow(options: { target: RendererTarget; preloadFile: string; stateFile: string; title: string; icon?: string }): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const start = initialWindow(readWindowState(options.stateFile), workAreas, screen.getPrimaryDisplay().workArea, MIN_WINDOW_SIZE);
  const win = new BrowserWindow(
    mainWindowOptions({
      preloadFile: options.preloadFile,
      bounds: start.bounds,
      title: options.title,
      dark: nativeTheme.shouldUseDarkColors,
      icon: options.icon,
    }),
  );
  if (start.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    try {
      writeWindowState(options.stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (err) {
      console.warn('[window] could not save the window position', err);
    }
  });
  const load = options.target.kind === 'file' ? win.loadFile(options.target.file) : win.loadURL(options.target.url);
  load.catch((err: unknown) => console.error('[window] could not load the renderer', err));
  return win;
}

/** Brings the window to the front, e.g. when the app is launched a second time. */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
