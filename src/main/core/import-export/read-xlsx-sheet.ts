import { attribute, localName, runText, tagEnd, xmlText } from './read-xlsx-xml';
import type { MergedDown } from './table-builder';

/** One cell as the sheet stores it: its type attribute (t), style index (s) and stored text. */
export type CellDecoder = (type: string, style: number, value: string) => string;

/** The r, t and s attributes of a `<c>` start tag, read in one pass. */
interface CellAttrs {
  ref: string;
  type: string;
  style: number;
}

/**
 * Reads the attributes of the start tag whose name ends just before `from` into `out`.
 * @returns the index of the tag's closing '>', or -1 when the tag runs past the text
 */
function cellAttrs(xml: string, from: number, out: CellAttrs): number {
  out.ref = '';
  out.type = '';
  out.style = 0;
  let i = from;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c <= 32) c = xml.charCodeAt(++i);
    if (c === 62) return i;
    if (c === 47) return xml.indexOf('>', i);
    if (Number.isNaN(c)) return -1;
    const eq = xml.indexOf('=', i);
    if (eq < 0) return -1;
    let q = eq + 1;
    while (xml.charCodeAt(q) <= 32) q++;
    const close = xml.indexOf(xml.charCodeAt(q) === 39 ? "'" : '"', q + 1);
    if (close < 0) return -1;
    let nameEnd = eq;
    while (xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    // Only r, t and s matter, with or without a prefix.
    const before = xml.charCodeAt(nameEnd - 2);
    if (before <= 32 || before === 58 || nameEnd - 1 === i) {
      const name = xml.charCodeAt(nameEnd - 1);
      if (name === 114) out.ref = xml.slice(q + 1, close);
      else if (name === 116) out.type = xml.slice(q + 1, close);
      else if (name === 115) out.style = Number(xml.slice(q + 1, close)) || 0;
    }
    i = close + 1;
  }
}

/** Zero-based column of a reference such as "AB12"; -1 when it has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i ? col - 1 : -1;
}

/** The stored value of a cell from its inner XML: the `v` element's text, or the inline string. */
function storedValue(inner: string, type: string): string {
  if (type === 'inlineStr') return runText(inner);
  // Nearly every cell is exactly <v>…</v>.
  if (inner.startsWith('<v>') && inner.indexOf('<', 3) === inner.length - 4) return xmlText(inner.slice(3, -4));
  for (let i = inner.indexOf('<'); i >= 0; i = inner.indexOf('<', i + 1)) {
    if (localName(inner, i + 1) !== 'v') continue;
    const end = tagEnd(inner, i);
    if (end < 0 || inner.charCodeAt(end - 1) === 47) return '';
    const close = inner.indexOf('</', end);
    return xmlText(inner.slice(end + 1, close < 0 ? inner.length : close));
  }
  // A formula without a cached result, or an inline string some writers store without t="inlineStr".
  return runText(inner);
}

/** What a worksheet holds after its merged cells, in the order the format sets: reading can stop at any of them. */
const AFTER_MERGES = new Set(['/mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'drawing', 'legacyDrawing', 'tableParts', 'extLst', '/worksheet']);

/** The first column and the rows of a range reference ("B5:C7"); null for one of a single row. */
function mergedDown(ref: string): MergedDown | null {
  const m = /^([A-Za-z]+)(\d+):[A-Za-z]+(\d+)$/.exec(ref.trim());
  if (!m || Number(m[3]) <= Number(m[2])) return null;
  return { column: columnOf(m[1]!), top: Number(m[2]), bottom: Number(m[3]) };
}

/**
 * Reads a worksheet's XML piece by piece as it is inflated and hands over each row: its number
 * as the spreadsheet shows it and its cells by column (missing cells left as holes). After the
 * sheetData only the cells merged over several rows are read (`merged`); what follows them
 * (print settings, drawings) is skipped.
 */
export class SheetScanner {
  private rest = '';
  private cells: string[] = [];
  private line = 0;
  private col = -1;
  private readonly attrs: CellAttrs = { ref: '', type: '', style: 0 };
  /** True once the sheet's data and merged cells are read; later pieces need not be inflated. */
  done = false;
  /** The cells merged over several rows. */
  readonly merged: MergedDown[] = [];

  constructor(
    private readonly decode: CellDecoder,
    private readonly onRow: (line: number, cells: string[]) => void,
  ) {}

  /** Reads one more piece of the sheet's text. */
  feed(chunk: string): void {
    const xml = this.rest ? this.rest + chunk : chunk;
    let pos = 0;
    while (!this.done) {
      const lt = xml.indexOf('<', pos);
      if (lt < 0) {
        pos = xml.length;
        break;
      }
      // Cells are nearly all of the sheet: recognise `<c ` without building the name.
      const c1 = xml.charCodeAt(lt + 1);
      const c2 = xml.charCodeAt(lt + 2);
      const name = c1 === 99 && (c2 === 32 || c2 === 62 || c2 === 47) ? 'c' : localName(xml, lt + 1);
      if (name === 'c') {
        const next = this.cell(xml, lt);
        if (next < 0) {
          pos = lt;
          break;
        }
        pos = next;
        continue;
      }
      const end = tagEnd(xml, lt);
      if (end < 0) {
        pos = lt;
        break;
      }
      pos = end + 1;
      if (name === 'row') {
        const r = Number(/\sr\s*=\s*["'](\d+)/.exec(xml.slice(lt, end))?.[1]);
        this.line = r > 0 ? r : this.line + 1;
        this.col = -1;
        if (xml.charCodeAt(end - 1) === 47) this.emit();
      } else if (name === '/row') this.emit();
      else if (name === 'mergeCell') {
        const range = mergedDown(attribute(xml.slice(lt, end + 1), 'ref') ?? '');
        if (range) this.merged.push(range);
      } else if (AFTER_MERGES.has(name)) this.done = true;
    }
    this.rest = this.done ? '' : xml.slice(pos);
  }

  /**
   * Reads the cell whose start tag begins at `lt`.
   * @returns where reading goes on, or -1 when the cell continues in the next piece
   */
  private cell(xml: string, lt: number): number {
    const attrs = this.attrs;
    let from = lt + 2;
    for (let c = xml.charCodeAt(from); c > 32 && c !== 62 && c !== 47; c = xml.charCodeAt(++from));
    const end = cellAttrs(xml, from, attrs);
    if (end < 0) return -1;
    const given = columnOf(attrs.ref);
    this.col = given >= 0 ? given : this.col + 1;
    if (xml.charCodeAt(end - 1) === 47) return end + 1;
    let value: string | undefined;
    let next = -1;
    // The common shapes, read in place: <v>…</v></c> and <is><t>…</t></is></c>.
    if (xml.startsWith('<v>', end + 1)) {
      const stop = xml.indexOf('<', end + 4);
      if (stop >= 0 && xml.startsWith('</v></c>', stop)) {
        value = attrs.type === 'inlineStr' ? '' : xmlText(xml.slice(end + 4, stop));
        next = stop + 8;
      }
    } else if (xml.startsWith('<is><t>', end + 1)) {
      const stop = xml.indexOf('<', end + 8);
      if (stop >= 0 && xml.startsWith('</t></is></c>', stop)) {
        value = xmlText(xml.slice(end + 8, stop));
        next = stop + 13;
      }
    }
    if (value === undefined) {
      const close = this.cellClose(xml, end + 1);
      if (close < 0) return -1;
      value = storedValue(xml.slice(end + 1, close), attrs.type);
      next = xml.indexOf('>', close) + 1;
    }
    this.cells[this.col] = this.decode(attrs.type, attrs.style, value);
    return next;
  }

  /** Hands over a last row the sheet left unclosed. */
  finish(): void {
    if (this.cells.length) this.emit();
  }

  /** Index of the cell's end tag, or -1 when it lies in the next piece. */
  private cellClose(xml: string, from: number): number {
    for (let i = xml.indexOf('</', from); i >= 0; i = xml.indexOf('</', i + 2)) {
      if (localName(xml, i + 1) === '/c') return xml.indexOf('>', i) < 0 ? -1 : i;
    }
    return -1;
  }

  private emit(): void {
    this.onRow(this.line, this.cells);
    this.cells = [];
    this.col = -1;
  }
}
