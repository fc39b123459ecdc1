import type { MenuItemConstructorOptions } from 'electron';
import type { shellEn } from '../../shared/i18n/shell.en';

/** A key under shell.menu in the i18n catalogue. */
export type MenuLabelKey = keyof (typeof shellEn)['menu'];

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development build: adds reload and developer tools to View. */
  isDev: boolean;
  appName: string;
  /** Translates a shell.menu key, e.g. t('quit', { name: 'Desk CRM' }). */
  t: (key: MenuLabelKey, params?: Record<string, string>) => string;
  /** Help > Show data file: reveals the office's data file in Explorer or Finder. */
  showDataFile: () => void;
}

/**
 * The application menu, labelled in the user's language. macOS gets its app menu (About, Hide,
 * Quit) and Quit lives there; Windows and Linux find Exit in File. Reload is a development tool
 * only: in the app it would discard unsaved form input.
 */
export function menuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const mac = o.platform === 'darwin';
  const { t } = o;
  const name = { name: o.appName };
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const menu: MenuItemConstructorOptions[] = [];

  if (mac) {
    menu.push({
      label: o.appName,
      submenu: [
        { role: 'about', label: t('about', name) },
        sep,
        { role: 'services', label: t('services') },
        sep,
        { role: 'hide', label: t('hide', name) },
        { role: 'hideOthers', label: t('hideOthers') },
        { role: 'unhide', label: t('showAll') },
        sep,
        { role: 'quit', label: t('quit', name) },
      ],
    });
  }

  menu.push({
    label: t('file'),
    submenu: mac ? [{ role: 'close', label: t('closeWindow') }] : [{ role: 'quit', label: t('exit') }],
  });

  menu.push({
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      sep,
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      ...(mac ? [{ role: 'pasteAndMatchStyle', label: t('pasteAndMatchStyle') } as const] : []),
      { role: 'delete', label: t('delete') },
      sep,
      { role: 'selectAll', label: t('selectAll') },
    ],
  });

  menu.push({
    label: t('view'),
    submenu: [
      ...(o.isDev
        ? ([
            { role: 'reload', label: t('reload') },
            { role: 'forceReload', label: t('forceReload') },
            { role: 'toggleDevTools', label: t('toggleDevTools') },
            sep,
          ] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: t('actualSize') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      sep,
      { role: 'togglefullscreen', label: t('toggleFullScreen') },
    ],
  });

  menu.push({
    label: t('window'),
    role: 'windowMenu',
    submenu: mac
      ? [
          { role: 'minimize', label: t('minimize') },
          { role: 'zoom', label: t('zoom') },
          sep,
          { role: 'front', label: t('bringAllToFront') },
        ]
      : [
          { role: 'minimize', label: t('minimize') },
          { role: 'close', label: t('closeWindow') },
        ],
  });

  menu.push({
    label: t('help'),
    role: 'help',
    submenu: [
      { label: t('showDataFile'), click: () => o.showDataFile() },
      ...(mac ? [] : ([sep, { role: 'about', label: t('about', name) }] as MenuItemConstructorOptions[])),
    ],
  });

  return menu;
}
