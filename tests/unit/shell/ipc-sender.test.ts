import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../src/main/shell/ipc-sender';
import { rendererTarget } from '../../../src/main/shell/renderer-target';

const target = rendererTarget({ mainDir: '/Applications/Desk CRM.app/Contents/Resources/app.asar/out/main', devServerUrl: undefined, isPackaged: true });
const own = { webContentsIds: new Set([7]), target };

describe('who may call the services over IPC', () => {
  it('accepts the main frame of our window showing our page', () => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl: `${target.url}#/contacts`, isMainFrame: true }, own)).toBe(true);
  });

  it('refuses an iframe inside our page', () => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl: target.url, isMainFrame: false }, own)).toBe(false);
  });

  it('refuses a page that is not our renderer, even in our window', () => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl: 'https://evil.test/', isMainFrame: true }, own)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frameUrl: 'file:///C:/Users/me/Downloads/page.html', isMainFrame: true }, own)).toBe(false);
  });

  it('refuses a web contents that is not one of our windows, and a frame that is gone', () => {
    expect(isTrustedSender({ webContentsId: 8, frameUrl: target.url, isMainFrame: true }, own)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frameUrl: null, isMainFrame: true }, own)).toBe(false);
  });

  it('accepts the dev server page in development only', () => {
    const dev = rendererTarget({ mainDir: '/w/out/main', devServerUrl: 'http://localhost:5173', isPackaged: false });
    const sender = { webContentsId: 1, frameUrl: 'http://localhost:5173/#/settings', isMainFrame: true };
    expect(isTrustedSender(sender, { webContentsIds: new Set([1]), target: dev })).toBe(true);
    expect(isTrustedSender(sender, { webContentsIds: new Set([1]), target })).toBe(false);
  });
});
