import { isOwnRendererUrl, type RendererTarget } from './renderer-target';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to hand to the operating system (browser, mail program), or null when the link is not
 * one a person would expect to leave the app for: only http, https and mailto, never file:,
 * javascript: or custom schemes that could start other programs.
 * @example externalUrl('mailto:anna@example.com') // 'mailto:anna@example.com'
 */
export function externalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  // Credentials in a link are a phishing trick ("https://bank.com@evil.test"), not something to open.
  if (parsed.username || parsed.password) return null;
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return null;
  return parsed.href;
}

/** What to do when the page tries to go somewhere. */
export type NavigationDecision = { action: 'allow' } | { action: 'deny'; openExternally: string | null };

/**
 * will-navigate / will-redirect: the window only ever shows our renderer. Within it (dev-server
 * reloads, same-document routes) navigation is allowed; anything else stays out of the window and
 * ordinary links open in the user's browser or mail program instead.
 */
export function decideNavigation(url: string, target: RendererTarget): NavigationDecision {
  if (isOwnRendererUrl(url, target)) return { action: 'allow' };
  return { action: 'deny', openExternally: externalUrl(url) };
}

/**
 * setWindowOpenHandler: the app never opens a second Electron window from page content
 * (target=_blank, window.open); links go to the system instead.
 */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: externalUrl(url) };
}

/**
 * Permission requests (camera, microphone, notifications, geolocation...): the app needs none of
 * them. Writing plain text to the clipboard ("copy phone number") is the one exception, and only
 * for our own page; reading the clipboard stays denied.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, target: RendererTarget): boolean {
  return permission === 'clipboard-sanitized-write' && isOwnRendererUrl(requestingUrl, target);
}
