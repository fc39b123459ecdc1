import { Menu, shell } from 'electron';
import type { Locale } from '../../shared/contract/settings.contract';
import { translator } from '../../shared/i18n/translate';
import { menuTemplate } from './menu-template';

/** Sets the application menu in `locale`; called again when the user switches language. */
export function installMenu(options: { locale: Locale; isDev: boolean; appName: string; dataFile: string }): void {
  const t = translator(options.locale);
  const template = menuTemplate({
    platform: process.platform,
    isDev: options.isDev,
    appName: options.appName,
    t: (key, params) => t(`shell.menu.${key}`, params),
    showDataFile: () => shell.showItemInFolder(options.dataFile),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
