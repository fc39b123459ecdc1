import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer's powers: none beyond the web platform and the one bridge the preload exposes.
 * Sandboxed, isolated, no Node, same-origin rules on, no remote modules or webviews.
 */
export function secureWebPreferences(preloadFile: string): WebPreferences {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Smallest window the layout still works in. */
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/**
 * The main window's options: hidden until the first paint (no white flash), at the restored
 * bounds, with the secure web preferences.
 */
export function mainWindowOptions(options: {
  preloadFile: string;
  bounds: { x?: number; y?: number; width: number; height: number };
  title: string;
  /** The system is in dark mode: paint the window dark before the page arrives. */
  dark: boolean;
  icon?: string;
}): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: options.title,
    show: false,
    // Mantine's body colours, so the first frame matches the page that follows.
    backgroundColor: options.dark ? '#242424' : '#ffffff',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preloadFile),
  };
}
