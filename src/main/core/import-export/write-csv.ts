import { createWriteStream, type WriteStream } from 'node:fs';
import iconv from 'iconv-lite';
import type { ExportResult } from '../../../shared/contract/exports.contract';
import { exportText, type ExportColumn, type ExportRow } from '../../../shared/import-export/export-column';
import { neutraliseForAddressBook, neutraliseFormula } from '../../../shared/import-export/formula-guard';
import { decimalMarkOf } from '../../../shared/import-export/numbers';

export interface CsvWriteOptions {
  /** utf-8-bom (default) lets Excel open Chinese correctly; gbk/gb18030 for old Chinese Excel. */
  encoding?: 'utf-8-bom' | 'utf-8' | 'gbk' | 'gb18030';
  delimiter?: ',' | ';' | '\t' | '|';
  /** Filled with the characters GBK has no code for, which the file holds as "?" (UTF-8 and GB18030 have every one). */
  unencodable?: Set<string>;
  /** For an address book, not a spreadsheet: international phone numbers without the apostrophe (neutraliseForAddressBook). */
  addressBook?: boolean;
}

/** An export's result naming the characters its GBK file could not hold, a few of them (see ExportResult). */
export const lostCharacters = (unencodable: ReadonlySet<string>): Pick<ExportResult, 'unencodable'> =>
  unencodable.size ? { unencodable: [...unencodable].slice(0, 20) } : {};

/** The characters of `text` GBK has no code for (iconv-lite writes each as "?"). */
function notInGbk(text: string, found: Set<string>): void {
  for (const ch of text) if (ch.charCodeAt(0) > 0x7f && !found.has(ch) && iconv.encode(ch, 'gbk').toString('latin1') === '?') found.add(ch);
}

/** Waits until the stream has room again, so a million rows never pile up in memory. */
export async function writeChunk(stream: WriteStream, chunk: Buffer | string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    stream.once('error', onError);
    stream.once('drain', () => {
      stream.off('error', onError);
      resolve();
    });
  });
}

/** Closes the stream and waits until every byte is on disk. */
export function finish(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/**
 * One CSV field: neutralised, quoted when it holds the delimiter, a quote, a line break or edge
 * spaces. Digit strings with a leading zero are quoted too: programs that read quoted fields as
 * text (LibreOffice's "quoted field as text") then keep the zero of a postcode.
 */
export function csvField(value: unknown, delimiter: string, guard: (text: string) => string = neutraliseFormula): string {
  const text = guard(exportText(value));
  const needsQuotes =
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    /^\s|\s$/.test(text) ||
    text.startsWith("'") ||
    /^0\d/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Whether the office's spreadsheets read "12,50" as a number: a CSV split on semicolons (or tabs)
 * for a country that writes a decimal comma, as Excel writes and reads it there.
 */
export function decimalComma(formats: string | undefined, delimiter: string): boolean {
  return delimiter !== ',' && decimalMarkOf(formats) === ',';
}

/**
 * Streams rows to a CSV file: UTF-8 with BOM by default, CRLF line ends as Excel writes them,
 * cells a spreadsheet would run as formulas neutralised. Returns the number of rows written.
 * @example await writeCsv('/tmp/out.csv', [{ key: 'name', header: '姓名' }], rows, { encoding: 'gbk' })
 */
export async function writeCsv(path: string, columns: readonly ExportColumn[], rows: AsyncIterable<ExportRow> | Iterable<ExportRow>, options: CsvWriteOptions = {}): Promise<number> {
  const encoding = options.encoding ?? 'utf-8-bom';
  const delimiter = options.delimiter ?? ',';
  const stream = createWriteStream(path);
  const encode = (text: string): Buffer => {
    if (encoding !== 'gbk' && encoding !== 'gb18030') return Buffer.from(text, 'utf8');
    const bytes = iconv.encode(text, encoding);
    // Only a chunk that does not read back as written holds such a character: most are looked at no closer.
    if (encoding === 'gbk' && options.unencodable && iconv.decode(bytes, 'gbk') !== text) notInGbk(text, options.unencodable);
    return bytes;
  };
  const guard = options.addressBook ? neutraliseForAddressBook : neutraliseFormula;
  const line = (cells: unknown[]) => cells.map((c) => csvField(c, delimiter, guard)).join(delimiter) + '\r\n';
  let count = 0;
  try {
    if (encoding === 'utf-8-bom') await writeChunk(stream, Buffer.from([0xef, 0xbb, 0xbf]));
    let pending = line(columns.map((c) => c.header));
    for await (const row of rows) {
      pending += line(columns.map((c) => row[c.key]));
      count++;
      if (pending.length > 64 * 1024) {
        await writeChunk(stream, encode(pending));
        pending = '';
      }
    }
    if (pending) await writeChunk(stream, encode(pending));
    await finish(stream);
  } catch (err) {
    stream.destroy();
    throw err;
  }
  return count;
}
