import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen, externalUrl, isPermissionAllowed } from '../../../src/main/shell/navigation-policy';
import { rendererTarget } from '../../../src/main/shell/renderer-target';

const built = rendererTarget({ mainDir: '/opt/Desk CRM/resources/app.asar/out/main', devServerUrl: undefined, isPackaged: true });
const dev = rendererTarget({ mainDir: '/w/out/main', devServerUrl: 'http://localhost:5173/', isPackaged: false });

describe('links and navigation in the app window', () => {
  it('loads the built page from the packaged app, even if a dev server URL is in the environment', () => {
    const packaged = rendererTarget({ mainDir: '/app/out/main', devServerUrl: 'http://localhost:5173', isPackaged: true });
    expect(packaged).toEqual({ kind: 'file', file: '/app/out/renderer/index.html', url: 'file:///app/out/renderer/index.html' });
    expect(dev).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/' });
  });

  it('never loads a dev server that is not on this machine', () => {
    expect(rendererTarget({ mainDir: '/w/out/main', devServerUrl: 'http://evil.test:5173', isPackaged: false }).kind).toBe('file');
  });

  it('stays on its own page when the router changes the hash or query', () => {
    expect(decideNavigation(`${built.url}#/contacts/12`, built)).toEqual({ action: 'allow' });
    expect(decideNavigation('http://localhost:5173/contacts?x=1', dev)).toEqual({ action: 'allow' });
  });

  it('opens a web link in the browser instead of inside the app window', () => {
    expect(decideNavigation('https://example.com/offer', built)).toEqual({ action: 'deny', openExternally: 'https://example.com/offer' });
    expect(decideNavigation('http://localhost:5174/', dev)).toEqual({ action: 'deny', openExternally: 'http://localhost:5174/' });
  });

  it('opens an email address in the mail program', () => {
    expect(decideWindowOpen('mailto:anna@example.com?subject=Hello')).toEqual({
      action: 'deny',
      openExternally: 'mailto:anna@example.com?subject=Hello',
    });
  });

  it('refuses to navigate to other local files, scripts or custom schemes, and opens nothing', () => {
    for (const url of ['file:///etc/passwd', 'file:///opt/Desk%20CRM/other.html', 'javascript:alert(1)', 'ms-msdt:/id', 'smb://share/x', 'not a url']) {
      expect(decideNavigation(url, built)).toEqual({ action: 'deny', openExternally: null });
    }
  });

  it('does not pass on links that hide a host behind credentials', () => {
    expect(externalUrl('https://bank.example@evil.test/login')).toBeNull();
  });

  it('never opens a second app window from page content', () => {
    expect(decideWindowOpen(built.url).action).toBe('deny');
    expect(decideWindowOpen('https://example.com').action).toBe('deny');
  });

  it('grants no permissions except writing text to the clipboard from its own page', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(isPermissionAllowed(p, built.url, built)).toBe(false);
    }
    expect(isPermissionAllowed('clipboard-sanitized-write', built.url, built)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', built)).toBe(false);
  });
});
