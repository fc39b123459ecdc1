import { basename } from 'node:path';
import type { Locale } from '../../shared/contract/settings.contract';
import { translator } from '../../shared/i18n/translate';
import { IMPORT_EXTENSIONS } from '../../shared/import-export/importable';

/** The open dialog's filters, named in the person's language: every format the import reads first, then anything. */
export function importFileFilters(locale: Locale): { name: string; extensions: string[] }[] {
  const t = translator(locale);
  return [
    { name: t('shell.fileDialog.importable'), extensions: [...IMPORT_EXTENSIONS] },
    { name: t('shell.fileDialog.allFiles'), extensions: ['*'] },
  ];
}

/**
 * Reads the page's save request: a file id and a plain file name (any folder part dropped, so
 * the page can suggest a name but never a place).
 */
export function readSaveRequest(value: unknown): { fileId: string; suggestedName: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { fileId, suggestedName } = value as Record<string, unknown>;
  if (typeof fileId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(fileId)) return null;
  const name = typeof suggestedName === 'string' ? basename(suggestedName.replace(/\\/g, '/')).trim() : '';
  return { fileId, suggestedName: name || 'export' };
}
