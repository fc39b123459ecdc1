import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ParsedTable } from '../../../shared/import-export/table';
import { FileReadError } from '../import-export/file-read-error';
import { listSheets, readImportFile, type ReadOptions } from '../import-export/read-import-file';
import { DEFAULT_READ_LIMITS } from '../import-export/read-limits';
import { readWithSheetJs } from '../import-export/read-workbook';

/**
 * Reads a file for import (preview and worker alike). A workbook written by a streaming writer
 * (ours, among others) stores its sheet names after the sheets, so the streaming reader cannot
 * tell which sheet it is reading; when it reports a sheet the workbook does list, SheetJS
 * reads that sheet instead.
 */
export async function readForImport(path: string, options: ReadOptions): Promise<ParsedTable> {
  try {
    return await readImportFile(path, options);
  } catch (err) {
    if (!(err instanceof FileReadError) || err.kind !== 'sheetNotFound') throw err;
    const sheets = await listSheets(path);
    const wanted = options.sheet ?? sheets[0];
    if (wanted === undefined || !sheets.includes(wanted)) throw err;
    const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
    return readWithSheetJs(await readFile(path), { file: basename(path), limits, sheet: wanted }, 'xlsx');
  }
}
