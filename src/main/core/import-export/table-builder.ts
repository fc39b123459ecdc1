import { hasCjk } from '../../../shared/contacts/cjk';
import { restoreNeutralised } from '../../../shared/import-export/formula-guard';
import type { ParsedTable, SourceInfo, TableRow } from '../../../shared/import-export/table';
import { FileReadError, columnLetter } from './file-read-error';
import type { ReadLimits } from './read-limits';

/**
 * How many one-cell lines of a title (a heading, a note on the export) may stand above the header
 * row: a WeChat Pay bill has 13 (its account, period, totals and notes), an Alipay one up to 23.
 */
const MAX_TITLE_LINES = 30;

const filledCount = (cells: readonly string[]) => cells.filter((c) => c.trim()).length;

/** A cell of digits and the marks numbers, dates and phones are written with: data, not a header. */
const NUMBER_LIKE = /^[\s\d.,:/+()-]*\d[\s\d.,:/+()-]*$/;

/** A heading over columns of one kind ("电话" over "家庭", "工作"; "Phone" over "Home", "Work"). */
const CHANNEL_HEADING = /^(phone|telephone|tel|e-?mail|address|telefon|adresse|电话|联系电话|邮箱|电子邮箱|地址)$/i;
/** A sub-heading that says only whose it is, which the heading above completes ("家庭电话", "Home Phone"). */
const WHOSE = /^(home|work|business|office|private|personal|other|privat|geschäftlich|büro|家庭|住宅|工作|办公|单位|公司|个人|其他)$/i;

/** The header of a column under a heading spanning several: the sub-heading, completed by the heading when it names only whose. */
function underHeading(heading: string, subHeading: string): string {
  if (!WHOSE.test(subHeading) || !CHANNEL_HEADING.test(heading)) return subHeading;
  return hasCjk(heading) ? subHeading + heading : `${subHeading} ${heading}`;
}

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
  private subHeadingsChecked = false;
  /** The first row's filled cells, while it may still turn out to be a title. */
  private headings: string[] = [];
  /** The header row's cells as written, empty where a heading spans from the left. */
  private headerCells: string[] = [];
  /** Rows of one cell under a first row of one cell: more lines of a title (LinkedIn's notes), or a one-column list's first rows. */
  private readonly pending: TableRow[] = [];

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
    // Held back until a wider row says whether they were a title of several lines or the list itself.
    if (this.headers && !this.titleChecked && this.headings.length <= 1 && this.pending.length < MAX_TITLE_LINES && filledCount(cells) <= 1) {
      this.pending.push({ line, cells });
      return;
    }
    if (!this.headers || this.replacesTitle(cells)) {
      this.headerCells = cells.map((c) => c.trim());
      this.headers = cells.map((c, i) => c.trim() || columnLetter(i));
      this.headings = this.headerCells.filter(Boolean);
      return;
    }
    if (this.takesSubHeadings(cells)) return;
    while (this.headers.length < cells.length) this.headers.push(columnLetter(this.headers.length));
    this.rows.push({ line, cells });
  }

  /**
   * Sheets often start with a title in one cell ("客户名单 2024", LinkedIn's "Notes:" and its note,
   * a line each) above the real header row, or
   * with a row of headings over groups of its columns ("基本信息" over name and company, "联系方式"
   * over phone and email, each in merged cells). A one-cell first row, or one with at most half
   * as many cells, followed by a row of three or more cells none of which is a number (no data
   * row: those hold phones, postcodes, amounts), is such a title, not the header.
   */
  private replacesTitle(cells: readonly string[]): boolean {
    if (this.rows.length || this.titleChecked || !this.headers) return false;
    this.titleChecked = true;
    const above = this.headings.length;
    const below = filledCount(cells);
    if (below < 3 || cells.length < 3) {
      this.flushPending();
      return false;
    }
    if (above !== 1 && (above * 2 > below || cells.some((c) => NUMBER_LIKE.test(c)))) {
      this.flushPending();
      return false;
    }
    this.info.title = [...this.headings, ...this.pending.map((r) => r.cells.join('').trim())].join(' · ');
    this.pending.length = 0;
    return true;
  }

  /** The one-cell rows held back are the list's own after all. */
  private flushPending(): void {
    for (const row of this.pending) {
      while (this.headers!.length < row.cells.length) this.headers!.push(columnLetter(this.headers!.length));
      this.rows.push(row);
    }
    this.pending.length = 0;
  }

  /**
   * Templates head some columns twice: "联系方式" merged over "手机" and "邮箱" in the row below,
   * beside "姓名" merged down over both rows. The row right after the header is such a row of
   * sub-headings when it fills every column left empty under a heading spanning from the left,
   * and nothing else but the first column of such a heading, with text (no numbers), while some
   * other column has a heading of its own. Each of those columns is then known by its
   * sub-heading ("手机"), completed by the heading when it says only whose ("家庭" under "电话":
   * "家庭电话"; "Home" under "Phone": "Home Phone").
   */
  private takesSubHeadings(cells: readonly string[]): boolean {
    if (this.rows.length || this.subHeadingsChecked || !this.headers) return false;
    this.subHeadingsChecked = true;
    const top = this.headerCells;
    // The heading each column is under: its own, or the nearest one to its left when it has none.
    const owner: number[] = [];
    const width = Math.max(top.length, cells.length);
    for (let i = 0; i < width; i++) owner.push(top[i] ? i : i > 0 ? owner[i - 1]! : -1);
    const spanning = new Set(owner.filter((o, i) => o >= 0 && o !== i));
    const grouped = (i: number) => owner[i]! >= 0 && spanning.has(owner[i]!);
    const filled = cells.map((c, i) => [i, c.trim()] as const).filter(([, c]) => c);
    // Some column keeps its one heading (姓名 merged down over both rows): else this is a data row under a short header.
    const alone = top.some((h, i) => h && !grouped(i));
    if (!spanning.size || !alone || filled.length < 2) return false;
    if (filled.some(([i, c]) => !grouped(i) || NUMBER_LIKE.test(c))) return false;
    for (let i = 0; i < width; i++) if (!top[i] && grouped(i) && !cells[i]?.trim()) return false;
    while (this.headers.length < width) this.headers.push(columnLetter(this.headers.length));
    for (const [i, c] of filled) this.headers[i] = underHeading(top[owner[i]!]!, c);
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
    this.flushPending();
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
