import type { ParsedTable } from '../../../shared/import-export/table';
import { dateText, detach, isDateFormat, numberText, serialDateText } from './cell-text';
import { FileReadError } from './file-read-error';
import type { ReadLimits } from './read-limits';
import { readWithSheetJs, workbookSheetNames } from './read-workbook';
import { SheetScanner, type CellDecoder } from './read-xlsx-sheet';
import { attribute, runText, section, startTags, tagEnd, xmlText } from './read-xlsx-xml';
import { entryBytes, entryChunks, zipEntries, ZipFormatError, type ZipEntry } from './read-zip';
import { TableBuilder } from './table-builder';

export interface XlsxOptions {
  file: string;
  /** Sheet to read; the first one when not given. */
  sheet?: string;
  limits: ReadLimits;
}

/** What the workbook part and its relationships say: the sheets in order and where the shared parts are. */
interface Workbook {
  entries: Map<string, ZipEntry>;
  sheets: { name: string; path: string }[];
  sharedStrings: string | undefined;
  styles: string | undefined;
  date1904: boolean;
}

/** A zip without an XLSX workbook part, handed on to SheetJS. */
class NotSpreadsheetMl extends Error {}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 200);

/** A relationship target as a zip entry name: relative to the part's folder unless it starts with '/'. */
function resolve(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/').toLowerCase();
}

function text(bytes: Buffer, entries: Map<string, ZipEntry>, name: string): string | undefined {
  const entry = entries.get(name);
  return entry ? entryBytes(bytes, entry).toString('utf8') : undefined;
}

/** The relationships of one part: id → { type, entry name }. */
function relationships(bytes: Buffer, entries: Map<string, ZipEntry>, part: string): Map<string, { type: string; path: string }> {
  const slash = part.lastIndexOf('/');
  const folder = part.slice(0, slash + 1);
  const xml = text(bytes, entries, `${folder}_rels/${part.slice(slash + 1)}.rels`) ?? '';
  const out = new Map<string, { type: string; path: string }>();
  for (const tag of startTags(xml, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target && attribute(tag, 'TargetMode') !== 'External') out.set(id, { type: attribute(tag, 'Type') ?? '', path: resolve(folder, target) });
  }
  return out;
}

/** Opens the zip and reads the workbook part; a file without one is not a workbook. */
function openWorkbook(bytes: Buffer, file: string): Workbook {
  const entries = zipEntries(bytes);
  if (!entries) throw new FileReadError('workbookIncomplete', { file });
  const root = [...relationships(bytes, entries, '').values()].find((r) => r.type.endsWith('/officeDocument'));
  const part = root?.path ?? 'xl/workbook.xml';
  // No SpreadsheetML workbook: an .xlsb (its workbook.bin) or .ods (or some other zip), which SheetJS may read.
  const xml = part.endsWith('.xml') ? text(bytes, entries, part) : undefined;
  if (xml === undefined) throw new NotSpreadsheetMl();
  const rels = relationships(bytes, entries, part);
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;
  const sheets = startTags(xml, 'sheet').map((tag) => ({ name: attribute(tag, 'name') ?? '', path: rels.get(attribute(tag, 'id') ?? '')?.path ?? '' }));
  const pr = startTags(xml, 'workbookPr')[0];
  const flag = pr ? attribute(pr, 'date1904') : undefined;
  return { entries, sheets, sharedStrings: byType('/sharedStrings'), styles: byType('/styles'), date1904: flag === '1' || flag === 'true', };
}

/**
 * The shared string table: one string per `si`, rich text joined. Excel writes every text cell
 * through it, so a 100,000-row sheet can have a million entries: the plain `<si><t>…</t></si>`
 * is read in place, anything richer by runText.
 */
function sharedStrings(xml: string): string[] {
  const prefix = /<(\w+:)?sst[\s>]/.exec(xml)?.[1] ?? '';
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const plain = `<${prefix}t>`;
  const plainEnd = `</${prefix}t>`;
  const out: string[] = [];
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + 1)) {
    const next = xml.charCodeAt(i + open.length);
    if (next !== 62 && next !== 47 && next > 32) continue;
    const end = tagEnd(xml, i);
    if (end < 0) break;
    if (xml.charCodeAt(end - 1) === 47) {
      out.push('');
      i = end;
      continue;
    }
    let stop = xml.indexOf(close, end);
    if (stop < 0) stop = xml.length;
    const from = end + 1 + plain.length;
    const lt = xml.startsWith(plain, end + 1) ? xml.indexOf('<', from) : -1;
    const text = lt >= 0 && lt + plainEnd.length === stop && xml.startsWith(plainEnd, lt) ? xmlText(xml.slice(from, lt)) : runText(xml.slice(end + 1, stop));
    out.push(detach(text));
    i = stop;
  }
  return out;
}

/** Excel's built-in number formats that matter here: dates and times; the CJK date ids are dates too. */
const BUILT_IN: Record<number, string> = {
  1: '0', 14: 'yyyy-mm-dd', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
};
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILT_IN[id] = 'yyyy-mm-dd';

/** The number format of each cell style (by index), from the styles part. */
function styleFormats(xml: string | undefined): (string | undefined)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const tag of startTags(section(xml, 'numFmts'), 'numFmt')) custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
  return startTags(section(xml, 'cellXfs'), 'xf').map((tag) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILT_IN[id];
  });
}

/** Turns stored cells into the text a person sees, as the rest of the import expects it. */
function cellDecoder(strings: readonly string[], formats: readonly (string | undefined)[], date1904: boolean): CellDecoder {
  const dates = formats.map(isDateFormat);
  return (type, style, value) => {
    if (!value) return '';
    switch (type) {
      case 's':
        return strings[Number(value)] ?? '';
      case 'str':
      case 'inlineStr':
        return detach(value);
      case 'b':
        return value === '1' || value.toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
      case 'e':
        return value;
      case 'd': {
        const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
        return Number.isNaN(date.getTime()) ? detach(value) : dateText(date);
      }
      default: {
        const n = Number(value);
        if (!Number.isFinite(n)) return detach(value);
        return dates[style] ? serialDateText(n, date1904) : numberText(n, formats[style]);
      }
    }
  };
}

/** The sheet names of an XLSX in workbook order, without reading any sheet. */
export function xlsxSheetNames(bytes: Buffer, file: string): string[] {
  try {
    return openWorkbook(bytes, file).sheets.map((s) => s.name);
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    if (err instanceof NotSpreadsheetMl) return workbookSheetNames(bytes, file);
    throw new FileReadError('corruptWorkbook', { file, detail: reason(err) });
  }
}

async function readSheet(bytes: Buffer, options: XlsxOptions): Promise<ParsedTable> {
  const book = openWorkbook(bytes, options.file);
  const names = book.sheets.map((s) => s.name);
  const wanted = options.sheet ?? names[0];
  const sheet = book.sheets.find((s) => s.name === wanted);
  if (!sheet || wanted === undefined) throw new FileReadError('sheetNotFound', { file: options.file, sheet: wanted ?? '' });
  const entry = book.entries.get(sheet.path);
  if (!entry) throw new ZipFormatError(`sheet part ${sheet.path} is missing`);
  const strings = book.sharedStrings ? sharedStrings(text(bytes, book.entries, book.sharedStrings) ?? '') : [];
  const decode = cellDecoder(strings, styleFormats(book.styles ? text(bytes, book.entries, book.styles) : undefined), book.date1904);
  const builder = new TableBuilder(options.file, options.limits, { format: 'xlsx', sheet: wanted, sheets: names });
  const scanner = new SheetScanner(decode, (line, cells) => builder.add(line, cells));
  const utf8 = new TextDecoder('utf-8');
  for await (const chunk of entryChunks(bytes, entry)) {
    scanner.feed(utf8.decode(chunk, { stream: true }));
    if (scanner.done) break;
  }
  if (!scanner.done) {
    scanner.feed(utf8.decode());
    scanner.finish();
  }
  return builder.finish(scanner.merged);
}

/**
 * Reads one sheet of an XLSX: the zip's central directory gives every part wherever it lies
 * (streaming writers put the workbook part after the sheets), the sheet is inflated and read
 * piece by piece with shared strings and number formats resolved, and each row goes straight
 * into the table as strings. A zip this reader does not understand (.xlsb, .ods) is handed to
 * SheetJS.
 */
export async function readXlsx(bytes: Buffer, options: XlsxOptions): Promise<ParsedTable> {
  try {
    return await readSheet(bytes, options);
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    // A broken zip or deflate stream is damage SheetJS cannot repair either.
    if (err instanceof ZipFormatError || (err as NodeJS.ErrnoException).code?.startsWith('Z_')) {
      throw new FileReadError('corruptWorkbook', { file: options.file, detail: reason(err) });
    }
    return readWithSheetJs(bytes, options, 'xlsx');
  }
}
