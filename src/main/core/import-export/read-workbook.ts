import { createRequire } from 'node:module';
import type * as SheetJs from 'xlsx';
import type { ParsedTable } from '../../../shared/import-export/table';
import { cellText, isDateFormat, numberText, serialDateText } from './cell-text';
import { FileReadError } from './file-read-error';
import type { ReadLimits } from './read-limits';
import { TableBuilder } from './table-builder';

export interface WorkbookOptions {
  file: string;
  /** Sheet to read; the first one when not given. */
  sheet?: string;
  limits: ReadLimits;
}

let sheetJs: typeof SheetJs | undefined;

/**
 * SheetJS, loaded on first use: only old .xls files and odd workbooks need it, and it costs
 * 35 MB in every thread that loads it (the import's threads read most files without it).
 */
function xlsx(): typeof SheetJs {
  sheetJs ??= createRequire(import.meta.url)('xlsx') as typeof SheetJs;
  return sheetJs;
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 200);

/**
 * The sheet names of a workbook SheetJS reads (.xls, .xlsb, .ods) in workbook order, read
 * without loading the cells.
 */
export function workbookSheetNames(bytes: Buffer, file: string): string[] {
  try {
    return xlsx().read(bytes, { type: 'buffer', bookSheets: true }).SheetNames;
  } catch (err) {
    throw new FileReadError('corruptWorkbook', { file, detail: reason(err) });
  }
}

/** A number from SheetJS; date formats decoded from the serial itself, free of the local time zone. */
function sheetJsNumber(value: number, fmt: string | undefined): string {
  return isDateFormat(fmt) ? serialDateText(value) : numberText(value, fmt);
}

/**
 * Reads one sheet with SheetJS: old .xls files (and HTML tables saved as .xls), and XLSX files
 * our own XLSX reader does not understand.
 */
export function readWithSheetJs(bytes: Buffer, options: WorkbookOptions, format: 'xlsx' | 'xls'): ParsedTable {
  let book: SheetJs.WorkBook;
  try {
    book = xlsx().read(bytes, { type: 'buffer', cellNF: true });
  } catch (err) {
    throw new FileReadError('corruptWorkbook', { file: options.file, detail: reason(err) });
  }
  const wanted = options.sheet ?? book.SheetNames[0];
  const sheet = wanted === undefined ? undefined : book.Sheets[wanted];
  if (!sheet || wanted === undefined) throw new FileReadError('sheetNotFound', { file: options.file, sheet: wanted ?? '' });
  const builder = new TableBuilder(options.file, options.limits, { format, sheet: wanted, sheets: book.SheetNames });
  const ref = sheet['!ref'];
  if (ref) {
    const range = xlsx().utils.decode_range(ref);
    for (let r = range.s.r; r <= range.e.r; r++) {
      const cells: string[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = sheet[xlsx().utils.encode_cell({ r, c })] as SheetJs.CellObject | undefined;
        if (!cell || cell.v === undefined || cell.v === null) continue;
        const fmt = typeof cell.z === 'string' ? cell.z : undefined;
        cells[c - range.s.c] = typeof cell.v === 'number' ? sheetJsNumber(cell.v, fmt) : cellText(cell.v);
      }
      builder.add(r + 1, cells);
    }
    const merged = (sheet['!merges'] ?? []).filter((m) => m.e.r > m.s.r).map((m) => ({ column: m.s.c - range.s.c, top: m.s.r + 1, bottom: m.e.r + 1 }));
    return builder.finish(merged);
  }
  return builder.finish();
}
