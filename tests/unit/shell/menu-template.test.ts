import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuLabelKey } from '../../../src/main/shell/menu-template';
import { shellEn } from '../../../src/shared/i18n/shell.en';
import { shellZhCN } from '../../../src/shared/i18n/shell.zh-CN';

const translate = (menu: Record<MenuLabelKey, string>) => (key: MenuLabelKey, params: Record<string, string> = {}) =>
  menu[key].replace(/\{\{(\w+)\}\}/g, (_m, name: string) => params[name] ?? '');

const build = (platform: NodeJS.Platform, isDev = false, menu: Record<MenuLabelKey, string> = shellEn.menu) =>
  menuTemplate({ platform, isDev, appName: 'Desk CRM', t: translate(menu), showDataFile: () => undefined });

const items = (m: MenuItemConstructorOptions): MenuItemConstructorOptions[] =>
  Array.isArray(m.submenu) ? (m.submenu as MenuItemConstructorOptions[]) : [];
const roles = (m: MenuItemConstructorOptions | undefined) => (m ? items(m).map((i) => i.role).filter(Boolean) : []);
const byLabel = (menu: MenuItemConstructorOptions[], label: string) => menu.find((m) => m.label === label);

describe('the application menu', () => {
  it('on Windows has File with Exit, Edit, View, Window and Help', () => {
    const menu = build('win32');
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(items(menu[0]!)).toEqual([{ role: 'quit', label: 'Exit' }]);
  });

  it('on macOS starts with the app menu, where Quit lives', () => {
    const menu = build('darwin');
    expect(menu.map((m) => m.label)).toEqual(['Desk CRM', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(menu[0])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(items(menu[0]!).at(-1)).toEqual({ role: 'quit', label: 'Quit Desk CRM' });
  });

  it('lets text be edited with the usual commands and shortcuts', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(roles(byLabel(build(platform), 'Edit'))).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
      );
    }
  });

  it('offers reload and developer tools only in a development build', () => {
    expect(roles(byLabel(build('win32', false), 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(byLabel(build('win32', true), 'View'))).toEqual(
      ['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'],
    );
  });

  it('shows where the data file is from Help', () => {
    let shown = 0;
    const menu = menuTemplate({ platform: 'linux', isDev: false, appName: 'Desk CRM', t: translate(shellEn.menu), showDataFile: () => shown++ });
    const item = items(byLabel(menu, 'Help')!).find((i) => i.label === 'Show Data File');
    (item?.click as () => void)();
    expect(shown).toBe(1);
  });

  it('is labelled in Chinese for a Chinese user, every item', () => {
    const menu = build('darwin', true, shellZhCN.menu);
    expect(menu.map((m) => m.label)).toEqual(['Desk CRM', '文件', '编辑', '视图', '窗口', '帮助']);
    const labels = menu.flatMap(items).filter((i) => i.type !== 'separator').map((i) => i.label);
    expect(labels).toContain('退出 Desk CRM');
    expect(labels.every((l) => typeof l === 'string' && l.length > 0 && !/[A-Za-z]{3,}/.test(l.replace('Desk CRM', '')))).toBe(true);
  });
});
