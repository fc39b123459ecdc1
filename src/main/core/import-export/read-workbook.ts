import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import type { ParsedTable } from '../../../shared/import-export/table';
import { cellText, dateText, detach, numberText } from './cell-text';
import { FileReadError } from './file-read-error';
import type { ReadLimits } from './read-limits';
import { TableBuilder } from './table-builder';

export interface WorkbookOptions {
  file: string;
  /** Sheet to read; the first one when not given. */
  sheet?: string;
  limits: ReadLimits;
}

/**
 * An XLSX is a zip; a zip that was cut short (a broken download, a full USB stick) has no
 * end-of-central-directory record. Checking for it first turns a truncated file into a clear
 * message instead of a partial read.
 */
async function hasZipEnd(path: string, size: number): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const length = Math.min(size, 65_557);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    return tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= 0;
  } finally {
    await handle.close();
  }
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 200);

/**
 * The sheet names of a workbook in workbook order, read without loading the cells (SheetJS
 * parses only the workbook part).
 */
export function workbookSheetNames(bytes: Buffer, file: string): string[] {
  try {
    return XLSX.read(bytes, { type: 'buffer', bookSheets: true }).SheetNames;
  } catch (err) {
    throw new FileReadError('corruptWorkbook', { file, detail: reason(err) });
  }
}

interface ReaderInternals {
  model?: { sheets?: { name?: string }[] };
  stream?: { destroy?: () => void };
}

/**
 * Reads one sheet of an XLSX with exceljs's streaming reader, so a 100,000-row workbook is
 * never held as a whole; SheetJS is the fallback for files exceljs rejects. The sheet names come
 * from the workbook part exceljs reads before the sheets (SheetJS would inflate the whole file).
 */
export async function readXlsx(path: string, bytes: Buffer, options: WorkbookOptions): Promise<ParsedTable> {
  if (!(await hasZipEnd(path, bytes.length))) throw new FileReadError('workbookIncomplete', { file: options.file });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const internals = reader as unknown as ReaderInternals;
  let builder: TableBuilder | undefined;
  let wanted: string | undefined;
  let table: ParsedTable | undefined;
  try {
    for await (const worksheet of reader) {
      if (!builder) {
        const sheets = internals.model?.sheets?.map((s) => s.name ?? '') ?? workbookSheetNames(bytes, options.file);
        wanted = options.sheet ?? sheets[0];
        if (wanted === undefined || !sheets.includes(wanted)) throw new FileReadError('sheetNotFound', { file: options.file, sheet: wanted ?? '' });
        builder = new TableBuilder(options.file, options.limits, { format: 'xlsx', sheet: wanted, sheets });
      }
      const name = (worksheet as unknown as { name?: string }).name;
      const mine = name === wanted;
      for await (const row of worksheet) {
        if (!mine) continue;
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = detach(cellText(cell.value, cell.numFmt));
        });
        builder.add(row.number, cells);
      }
      // Read on to the end even after our sheet: exceljs removes its temporary sheet files only then.
      if (mine) table = builder.finish();
    }
    if (table) return table;
    throw new FileReadError('sheetNotFound', { file: options.file, sheet: wanted ?? options.sheet ?? '' });
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    return readWithSheetJs(bytes, { ...options, ...(wanted !== undefined ? { sheet: wanted } : {}) }, 'xlsx');
  } finally {
    // After an error the zip stream may still be open.
    internals.stream?.destroy?.();
  }
}

/** A number from SheetJS; date formats decoded from the serial itself, free of the local time zone. */
function sheetJsNumber(value: number, fmt: string | undefined): string {
  // A date format has d, m or y outside quoted text and [colour]/[$-locale] sections.
  const bare = fmt?.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '') ?? '';
  if (bare && bare !== 'General' && /[dmy]/i.test(bare)) {
    // Excel's day numbers count from 1899-12-30 (absorbing its 1900 leap-year bug).
    return dateText(new Date(Math.round((value - 25_569) * 86_400_000)));
  }
  return numberText(value, fmt);
}

/**
 * Reads one sheet with SheetJS: old .xls files (and HTML tables saved as .xls), and XLSX files
 * exceljs could not read.
 */
export function readWithSheetJs(bytes: Buffer, options: WorkbookOptions, format: 'xlsx' | 'xls'): ParsedTable {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, { type: 'buffer', cellNF: true });
  } catch (err) {
    throw new FileReadError('corruptWorkbook', { file: options.file, detail: reason(err) });
  }
  const wanted = options.sheet ?? book.SheetNames[0];
  const sheet = wanted === undefined ? undefined : book.Sheets[wanted];
  if (!sheet || wanted === undefined) throw new FileReadError('sheetNotFound', { file: options.file, sheet: wanted ?? '' });
  const builder = new TableBuilder(options.file, options.limits, { format, sheet: wanted, sheets: book.SheetNames });
  const ref = sheet['!ref'];
  if (ref) {
    const range = XLSX.utils.decode_range(ref);
    for (let r = range.s.r; r <= range.e.r; r++) {
      const cells: string[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        if (!cell || cell.v === undefined || cell.v === null) continue;
        const fmt = typeof cell.z === 'string' ? cell.z : undefined;
        cells[c - range.s.c] = typeof cell.v === 'number' ? sheetJsNumber(cell.v, fmt) : cellText(cell.v);
      }
      builder.add(r + 1, cells);
    }
  }
  return builder.finish();
}
