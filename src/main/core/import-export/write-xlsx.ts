import type ExcelJS from 'exceljs';
import { exportText, type ExportColumn, type ExportRow } from '../../../shared/import-export/export-column';
import { neutraliseFormula } from '../../../shared/import-export/formula-guard';

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
  return neutraliseFormula(exportText(value));
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
    worksheet.columns = sheet.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: Math.min(50, Math.max(10, c.header.length + 4)),
      ...(c.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    worksheet.getRow(1).font = { bold: true };
    worksheet.getRow(1).commit();
    const formatted = sheet.columns.flatMap((c, i) => (c.numFmt ? [{ cell: i + 1, numFmt: c.numFmt }] : []));
    let count = 0;
    for await (const row of sheet.rows) {
      const added = worksheet.addRow(sheet.columns.map((c) => cellValue(row[c.key], c)));
      for (const f of formatted) added.getCell(f.cell).numFmt = f.numFmt(row);
      added.commit();
      if (++count % 1000 === 0) await waitForCompressor(worksheet);
    }
    worksheet.commit();
    counts.push(count);
  }
  await workbook.commit();
  return counts;
}

/**
 * Streams rows to a one-sheet XLSX file; text stays text (leading zeros kept), cells a
 * spreadsheet would run as formulas are neutralised.
 * @example await writeXlsx('/tmp/out.xlsx', [{ key: 'postcode', header: 'Postcode' }], rows)
 */
export async function writeXlsx(path: string, columns: readonly ExportColumn[], rows: AsyncIterable<ExportRow> | Iterable<ExportRow>, options: XlsxWriteOptions = {}): Promise<number> {
  const [count] = await writeXlsxSheets(path, [{ name: options.sheetName ?? 'Contacts', columns, rows }]);
  return count ?? 0;
}
