import type ExcelJS from 'exceljs';
import { exportText, type ExportColumn, type ExportRow } from '../../../shared/import-export/export-column';
import { runsAsFormula } from '../../../shared/import-export/formula-guard';

export interface XlsxWriteOptions {
  sheetName?: string;
}

/** One sheet of a workbook export: its name, columns and rows. */
export interface XlsxSheet {
  name: string;
  columns: readonly ExportColumn[];
  rows: AsyncIterable<ExportRow> | Iterable<ExportRow>;
}

function cellValue(value: unknown, column: ExportColumn): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (column.type === 'number' && typeof value === 'number' && Number.isFinite(value)) return value;
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  // Everything else is text, so "01234" and "+86 138…" stay exactly as typed.
  return exportText(value);
}

/**
 * Text as a spreadsheet would type it is a formula ("=HYPERLINK(…)", "+86 138…"): a workbook's
 * text cell is never run, and formatted as text (@) it stays text when someone edits it. So its
 * value needs no apostrophe in front, which a CSV's does and which the person would see.
 */
const TEXT_FORMAT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * One style object per number format ('' for none), shared by every cell that has it, and never
 * changed: exceljs knows a style object it has seen, where each cell's own copy of its column's
 * was worked out again, cell by cell (a sixth of a large export's time).
 */
function sharedStyles(): (numFmt: string) => Partial<ExcelJS.Style> {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  return (numFmt) => {
    let style = styles.get(numFmt);
    if (!style) styles.set(numFmt, (style = numFmt ? { numFmt } : {}));
    return style;
  };
}

/** Rows looked at to size the columns before the first is written (a streamed sheet's widths come first). */
const ROWS_TO_SIZE = 200;

/** How wide a text shows, in characters: Chinese and other full-width characters take two. */
function shownWidth(text: string): number {
  let width = 0;
  for (const ch of text.split('\n')[0]!) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/** A column's width: its header and the first rows' values fit, within 8 to 50 characters. */
function columnWidth(column: ExportColumn, rows: readonly ExportRow[]): number {
  let widest = shownWidth(column.header) + 2;
  for (const row of rows) {
    const value = row[column.key];
    const shown = column.type === 'date' && value ? 10 : value === null || value === undefined ? 0 : shownWidth(exportText(value));
    widest = Math.max(widest, shown + 1);
  }
  return Math.min(50, Math.max(8, widest));
}

/** The first `count` rows of a source, and the rest to go on with. */
async function firstRows(rows: AsyncIterable<ExportRow> | Iterable<ExportRow>, count: number): Promise<{ head: ExportRow[]; rest: AsyncIterator<ExportRow> | Iterator<ExportRow> }> {
  const it = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  const head: ExportRow[] = [];
  while (head.length < count) {
    const next = await it.next();
    if (next.done) break;
    head.push(next.value);
  }
  return { head, rest: it };
}

interface PipeTarget {
  writableLength?: number;
  _writableState?: { length: number };
}

/** Most bytes a sheet may have waiting for the zip compressor before rows stop coming. */
const MAX_BACKLOG = 4 * 1024 * 1024;

/**
 * exceljs's sheet stream hands rows to the zip compressor without waiting for it, so a fast
 * producer piles the whole sheet up in memory (836 MB for a million rows here). Waiting until
 * the compressor has caught up keeps memory flat.
 */
async function waitForCompressor(worksheet: unknown): Promise<void> {
  const pipes = (worksheet as { stream?: { pipes?: PipeTarget[] } }).stream?.pipes ?? [];
  const backlog = () => pipes.reduce((sum, p) => sum + (p.writableLength ?? p._writableState?.length ?? 0), 0);
  while (backlog() > MAX_BACKLOG) await new Promise((resolve) => setTimeout(resolve, 2));
}

let excelJs: typeof ExcelJS | undefined;

/**
 * ExcelJS, loaded on the first XLSX export: loaded at the start it made the app's main process
 * 10 MB larger from the first moment, and most sessions never write a workbook.
 */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  excelJs ??= (await import('exceljs')).default;
  return excelJs;
}

/**
 * Streams sheets to an XLSX file with exceljs's WorkbookWriter: each row is committed and
 * flushed as it is written, so memory stays flat however many rows there are. Returns the row
 * count per sheet.
 */
export async function writeXlsxSheets(path: string, sheets: readonly XlsxSheet[]): Promise<number[]> {
  const excel = await loadExcelJs();
  const workbook = new excel.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const counts: number[] = [];
  for (const sheet of sheets) {
    // The header row stays in view while scrolling and carries filter buttons, as a person would set a list up in Excel.
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
      ...(sheet.columns.length ? { autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } } } : {}),
    });
    // A streamed sheet writes its column widths before any row: the first rows are read ahead to size them.
    const { head, rest } = await firstRows(sheet.rows, ROWS_TO_SIZE);
    worksheet.columns = sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: columnWidth(c, head),
      ...(c.type === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.getRow(1).commit();
    const styleOf = sharedStyles();
    let count = 0;
    const write = async (row: ExportRow) => {
      const values = sheet.columns.map((c) => cellValue(row[c.key], c));
      const added = worksheet.addRow(values);
      sheet.columns.forEach((c, i) => {
        const v = values[i];
        const numFmt = typeof v === 'string' && runsAsFormula(v) ? TEXT_FORMAT : (c.numFmt?.(row) ?? (c.type === 'date' ? DATE_FORMAT : ''));
        added.getCell(i + 1).style = styleOf(numFmt);
      });
      added.commit();
      if (++count % 1000 === 0) await waitForCompressor(worksheet);
    };
    try {
      for (const row of head) await write(row);
      for (let next = await rest.next(); !next.done; next = await rest.next()) await write(next.value);
    } catch (err) {
      // As for-of would: the source (a snapshot's query) is closed when writing fails.
      await rest.return?.();
      throw err;
    }
    worksheet.commit();
    counts.push(count);
  }
  await workbook.commit();
  return counts;
}

/**
 * Streams rows to a one-sheet XLSX file; text stays text (leading zeros kept), cells a
 * spreadsheet would run as formulas are formatted as text.
 * @example await writeXlsx('/tmp/out.xlsx', [{ key: 'postcode', header: 'Postcode' }], rows)
 */
export async function writeXlsx(path: string, columns: readonly ExportColumn[], rows: AsyncIterable<ExportRow> | Iterable<ExportRow>, options: XlsxWriteOptions = {}): Promise<number> {
  const [count] = await writeXlsxSheets(path, [{ name: options.sheetName ?? 'Contacts', columns, rows }]);
  return count ?? 0;
}
