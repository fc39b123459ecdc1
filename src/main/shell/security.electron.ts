import { app, shell, type Session } from 'electron';
import { contentSecurityPolicyFor, withContentSecurityPolicy } from './csp-header';
import { decideNavigation, decideWindowOpen, isPermissionAllowed } from './navigation-policy';
import type { RendererTarget } from './renderer-target';

/** Opens a vetted link in the user's browser or mail program; a failure only gets logged. */
function openExternally(url: string | null): void {
  if (url) shell.openExternal(url).catch((err: unknown) => console.warn(`[shell] could not open ${url}`, err));
}

/**
 * Locks down the session and every web contents the app will ever create: our CSP on every
 * response, no permissions, no navigation away from the renderer, no new windows, no webviews.
 * Registered once, before the first window exists.
 */
export function hardenApp(session: Session, target: RendererTarget): void {
  const policy = contentSecurityPolicyFor(target);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
  });
  session.setPermissionRequestHandler((_wc, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, target));
  });
  // A check carries only an origin ("file://"); the frame's full URL is what identifies our page.
  session.setPermissionCheckHandler((wc, permission, _origin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? wc?.getURL() ?? '', target),
  );

  app.on('web-contents-created', (_event, contents) => {
    const guard = (event: { preventDefault(): void }, url: string) => {
      const decision = decideNavigation(url, target);
      if (decision.action === 'allow') return;
      event.preventDefault();
      openExternally(decision.openExternally);
    };
    contents.on('will-navigate', (event) => guard(event, event.url));
    contents.on('will-redirect', (event) => guard(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(decideWindowOpen(url).openExternally);
      return { action: 'deny' };
    });
  });
}
