import { open, readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ParsedTable } from '../../../shared/import-export/table';
import { decodeText } from './detect-encoding';
import { FileReadError } from './file-read-error';
import { spreadLabelledPairs } from './labelled-pairs';
import { parseDelimited } from './read-delimited';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits';
import { parseVcard } from './read-vcard';
import { readWithSheetJs, workbookSheetNames } from './read-workbook';
import { readXlsx, xlsxSheetNames } from './read-xlsx';

export interface ReadOptions {
  /** Text files: the encoding to use instead of the detected one (iconv-lite name). */
  encoding?: string;
  /**
   * Text files: CJK code pages to favour when a file reads equally well in several, e.g.
   * ['big5'] for an office in Taiwan; GB18030, Big5, Shift-JIS in that order otherwise.
   */
  preferredEncodings?: readonly string[];
  /** Text files: the delimiter to use instead of the detected one. */
  delimiter?: string;
  /** Workbooks: the sheet to read; the first when not given. */
  sheet?: string;
  limits?: Partial<ReadLimits>;
}

type Kind = 'zip' | 'ole' | 'text' | 'binary';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What the bytes are, whatever the name says (CSV files named .xls are common). */
function sniff(bytes: Buffer): Kind {
  if (bytes.subarray(0, 4).equals(ZIP)) return 'zip';
  if (bytes.subarray(0, 8).equals(OLE)) return 'ole';
  const head = bytes.subarray(0, 4096);
  // UTF-16 text is half NUL bytes; anything else with control bytes is not text.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'text';
  let zeros = 0;
  let controls = 0;
  for (const b of head) {
    if (b === 0) zeros++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (zeros > head.length * 0.3 && zeros < head.length * 0.7 && controls < head.length * 0.02) return 'text';
  return zeros || controls > head.length * 0.02 ? 'binary' : 'text';
}

async function load(path: string, file: string, limits: ReadLimits): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileReadError('fileMissing', { file });
    throw new FileReadError('unreadable', { file, detail: code ?? String(err) });
  }
  if (size === 0) throw new FileReadError('empty', { file });
  if (size > limits.maxBytes) {
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
    throw new FileReadError('tooLarge', { file, sizeMb: mb(size), limitMb: mb(limits.maxBytes) });
  }
  try {
    return await readFile(path);
  } catch (err) {
    throw new FileReadError('unreadable', { file, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
}

/**
 * Reads any file a person brings (CSV/TSV/TXT in any encoding, XLSX, XLS, vCard) into headers
 * and rows, or throws a FileReadError saying what is wrong and where.
 * @example const table = await readImportFile('/tmp/客户.csv'); table.info.encoding // 'gb18030'
 */
export async function readImportFile(path: string, options: ReadOptions = {}): Promise<ParsedTable> {
  const table = await readTable(path, options);
  return table.info.format === 'vcard' ? table : spreadLabelledPairs(table);
}

/** The file's table as its reader gives it. */
async function readTable(path: string, options: ReadOptions): Promise<ParsedTable> {
  const file = basename(path);
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const bytes = await load(path, file, limits);
  const kind = sniff(bytes);
  const ext = extname(path).toLowerCase();
  if (kind === 'zip') return readXlsx(bytes, { file, limits, ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) });
  if (kind === 'ole') return readWithSheetJs(bytes, { file, limits, ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) }, 'xls');
  if (kind === 'binary') {
    if (ext === '.xlsx' || ext === '.xls' || ext === '.xlsm') throw new FileReadError('notAWorkbook', { file });
    throw new FileReadError('unknownFormat', { file });
  }
  const { text, encoding } = decodeText(bytes, options.encoding, options.preferredEncodings);
  if (!text.trim()) throw new FileReadError('empty', { file });
  if (/^\s*<(!doctype html|html|table)/i.test(text) && (ext === '.xls' || ext === '.xlsx')) {
    // Web systems often save an HTML table as .xls; SheetJS reads those.
    return readWithSheetJs(Buffer.from(text, 'utf8'), { file, limits }, 'xls');
  }
  if (/^\s*BEGIN:VCARD/i.test(text.slice(0, 4096))) return parseVcard(text, { file, encoding, limits });
  if (ext === '.vcf' || ext === '.vcard') throw new FileReadError('notAVcard', { file });
  if ((ext === '.xlsx' || ext === '.xls') && !/[,;\t|]/.test(text.slice(0, 4096))) throw new FileReadError('notAWorkbook', { file });
  return parseDelimited(text, { file, encoding, limits, ...(options.delimiter ? { delimiter: options.delimiter } : {}) });
}

/** True when the file starts as an XLSX or XLS workbook does, whatever its name says; false when it cannot be read. */
export async function isWorkbookFile(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(8);
      const { bytesRead } = await handle.read(head, 0, 8, 0);
      const kind = sniff(head.subarray(0, bytesRead));
      return kind === 'zip' || kind === 'ole';
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** The sheet names of a workbook, for the sheet picker; an empty list for text files. */
export async function listSheets(path: string, limits: Partial<ReadLimits> = {}): Promise<string[]> {
  const file = basename(path);
  const bytes = await load(path, file, { ...DEFAULT_READ_LIMITS, ...limits });
  const kind = sniff(bytes);
  if (kind === 'zip') return xlsxSheetNames(bytes, file);
  return kind === 'ole' ? workbookSheetNames(bytes, file) : [];
}
