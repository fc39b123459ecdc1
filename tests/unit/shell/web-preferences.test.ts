import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/security/csp';
import { contentSecurityPolicyFor, withContentSecurityPolicy } from '../../../src/main/shell/csp-header';
import { rendererTarget } from '../../../src/main/shell/renderer-target';
import { mainWindowOptions, secureWebPreferences } from '../../../src/main/shell/web-preferences';

describe('what the page in the window is allowed to do', () => {
  it('runs sandboxed and isolated, without Node, with same-origin rules on', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('opens hidden, at the remembered size, painted dark in dark mode', () => {
    const o = mainWindowOptions({ preloadFile: '/p.cjs', bounds: { x: 10, y: 20, width: 1200, height: 700 }, title: 'Desk CRM', dark: true });
    expect(o).toMatchObject({ x: 10, y: 20, width: 1200, height: 700, show: false, backgroundColor: '#242424', title: 'Desk CRM' });
    expect(o.webPreferences?.sandbox).toBe(true);
  });

  it('serves every response with our content security policy, replacing any the response brought', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('keeps the built app strict and relaxes inline scripts only for the development server', () => {
    const built = rendererTarget({ mainDir: '/app/out/main', devServerUrl: undefined, isPackaged: true });
    const dev = rendererTarget({ mainDir: '/w/out/main', devServerUrl: 'http://localhost:5173', isPackaged: false });
    expect(contentSecurityPolicyFor(built)).toBe(CONTENT_SECURITY_POLICY);
    expect(contentSecurityPolicyFor(built)).toContain("script-src 'self';");
    expect(contentSecurityPolicyFor(dev)).toContain("script-src 'self' 'unsafe-inline';");
    expect(contentSecurityPolicyFor(dev)).toContain("object-src 'none'");
  });
});
