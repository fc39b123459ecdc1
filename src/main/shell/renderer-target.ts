import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the window's page comes from: the built file, or the electron-vite dev server. */
export type RendererTarget = { kind: 'file'; file: string; url: string } | { kind: 'dev-server'; url: string };

/**
 * Picks the renderer page. electron-vite sets ELECTRON_RENDERER_URL only under `electron-vite dev`;
 * a packaged app always loads its own file.
 * @example rendererTarget({ mainDir: '/app/out/main', devServerUrl: undefined, isPackaged: true })
 */
export function rendererTarget(options: { mainDir: string; devServerUrl: string | undefined; isPackaged: boolean }): RendererTarget {
  if (!options.isPackaged && options.devServerUrl) {
    const url = new URL(options.devServerUrl);
    if (url.protocol === 'http:' && isLoopback(url.hostname)) return { kind: 'dev-server', url: url.href };
  }
  const file = join(options.mainDir, '..', 'renderer', 'index.html');
  return { kind: 'file', file, url: pathToFileURL(file).href };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * True when `url` is a page of our own renderer: the exact built index.html (any hash or query, which
 * the router may use), or any path on the dev server's origin.
 */
export function isOwnRendererUrl(url: string, target: RendererTarget): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const own = new URL(target.url);
  if (target.kind === 'dev-server') return parsed.origin === own.origin;
  return parsed.protocol === 'file:' && parsed.host === own.host && decodeURIComponent(parsed.pathname) === decodeURIComponent(own.pathname);
}
