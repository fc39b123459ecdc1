import { restoreNeutralised } from '../../../shared/import-export/formula-guard';
import type { ParsedTable, SourceInfo, TableRow } from '../../../shared/import-export/table';
import { FileReadError, columnLetter } from './file-read-error';
import type { ReadLimits } from './read-limits';

/** A cell of digits and the marks numbers, dates and phones are written with: data, not a header. */
const NUMBER_LIKE = /^[\s\d.,:/+()-]*\d[\s\d.,:/+()-]*$/;

/** A cell merged over the rows below it: `column` of rows `top` to `bottom`, as the sheet numbers them. */
export interface MergedDown {
  column: number;
  top: number;
  bottom: number;
}

/**
 * Collects rows from any reader into the common table: the first non-empty row is the header,
 * empty rows are left out (their numbers still count), short rows are padded, cells longer than
 * the limit stop the read with the row and column named.
 */
export class TableBuilder {
  private headers: string[] | undefined;
  private readonly rows: TableRow[] = [];
  private titleChecked = false;
  /** The first row's filled cells, while it may still turn out to be a title. */
  private headings: string[] = [];

  constructor(
    private readonly file: string,
    private readonly limits: ReadLimits,
    private readonly info: SourceInfo,
  ) {}

  /**
   * Adds one row; `line` is the row number the person sees. The builder keeps `raw` itself as
   * the row's cells (trimmed of empty trailing cells, holes filled): readers hand over a fresh
   * array per row, and not copying 200,000 of them keeps the read fast and lean.
   */
  add(line: number, raw: string[]): void {
    let last = raw.length - 1;
    while (last >= 0 && !raw[last]?.trim()) last--;
    if (last < 0) return;
    raw.length = last + 1;
    const limit = this.limits.maxCellChars;
    for (let i = 0; i <= last; i++) {
      const value = raw[i];
      if (value === undefined) {
        raw[i] = '';
        continue;
      }
      if (value.length > limit) {
        throw new FileReadError('cellTooLong', { file: this.file, line, column: this.headerName(i), limitChars: limit });
      }
      if (value.length && value.charCodeAt(0) === 39) raw[i] = restoreNeutralised(value);
    }
    const cells = raw;
    if (!this.headers || this.replacesTitle(cells)) {
      this.headers = cells.map((c, i) => c.trim() || columnLetter(i));
      this.headings = cells.map((c) => c.trim()).filter(Boolean);
      return;
    }
    while (this.headers.length < cells.length) this.headers.push(columnLetter(this.headers.length));
    this.rows.push({ line, cells });
  }

  /**
   * Sheets often start with a title in one cell ("客户名单 2024") above the real header row, or
   * with a row of headings over groups of its columns ("基本信息" over name and company, "联系方式"
   * over phone and email, each in merged cells). A one-cell first row, or one with at most half
   * as many cells, followed by a row of three or more cells none of which is a number (no data
   * row: those hold phones, postcodes, amounts), is such a title, not the header.
   */
  private replacesTitle(cells: readonly string[]): boolean {
    if (this.rows.length || this.titleChecked || !this.headers) return false;
    this.titleChecked = true;
    const above = this.headings.length;
    const below = cells.filter((c) => c.trim()).length;
    if (below < 3 || cells.length < 3) return false;
    if (above !== 1 && (above * 2 > below || cells.some((c) => NUMBER_LIKE.test(c)))) return false;
    this.info.title = this.headings.join(' · ');
    return true;
  }

  private headerName(index: number): string {
    return this.headers?.[index] || columnLetter(index);
  }

  /**
   * The table; an empty header means the file had no non-empty row at all. A cell `merged` over
   * the rows below it (a firm's name beside each of its contacts) shows on each of them, so each
   * of those rows takes its value.
   */
  finish(merged: readonly MergedDown[] = []): ParsedTable {
    if (!this.headers) throw new FileReadError('empty', { file: this.file });
    const width = this.headers.length;
    for (const row of this.rows) while (row.cells.length < width) row.cells.push('');
    if (merged.length) this.fillDown(merged.filter((m) => m.column < width));
    return { headers: this.headers, rows: this.rows, info: this.info };
  }

  private fillDown(merged: readonly MergedDown[]): void {
    const byLine = new Map(this.rows.map((r) => [r.line, r]));
    for (const m of merged) {
      // A merge from the header row down is the header's: no data row takes it.
      const value = byLine.get(m.top)?.cells[m.column];
      if (!value) continue;
      for (let line = m.top + 1; line <= m.bottom; line++) {
        const row = byLine.get(line);
        if (row && !row.cells[m.column]) row.cells[m.column] = value;
      }
    }
  }
}
