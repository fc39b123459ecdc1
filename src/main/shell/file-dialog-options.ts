import { basename } from 'node:path';

/** The open dialog's filters: every format the import reads first, then anything. */
export function importFileFilters(locale: string): { name: string; extensions: string[] }[] {
  const zh = locale.toLowerCase().startsWith('zh');
  return [
    { name: zh ? '表格和通讯录' : 'Spreadsheets and address books', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xls', 'ods', 'vcf', 'vcard'] },
    { name: zh ? '所有文件' : 'All files', extensions: ['*'] },
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
