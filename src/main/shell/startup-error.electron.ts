import { dialog } from 'electron';
import type { Locale } from '../../shared/contract/settings.contract';
import { translator } from '../../shared/i18n/translate';
import { AppError } from '../core/errors';

/**
 * Tells the user, in their language, why the data file could not be opened. A file written by a
 * newer version gets its own message: it was refused untouched, and updating the app fixes it.
 */
export function showStartupError(err: unknown, options: { locale: Locale; dataFile: string; appName: string }): void {
  const t = translator(options.locale);
  const detail =
    err instanceof AppError && err.code === 'db_newer_version'
      ? `${t('errors.dbNewerVersion', err.params)}\n\n${options.dataFile}`
      : t('shell.startup.cannotOpen', { file: options.dataFile, detail: err instanceof Error ? err.message : String(err) });
  dialog.showMessageBoxSync({
    type: 'error',
    title: options.appName,
    message: t('shell.startup.cannotOpenTitle', { name: options.appName }),
    detail,
    buttons: [t('shell.startup.quit')],
    noLink: true,
  });
}
