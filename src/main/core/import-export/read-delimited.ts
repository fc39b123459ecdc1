import Papa from 'papaparse';
import type { ParsedTable } from '../../../shared/import-export/table';
import { FileReadError } from './file-read-error';
import type { ReadLimits } from './read-limits';
import { TableBuilder } from './table-builder';

export interface DelimitedOptions {
  file: string;
  encoding: string;
  /** Force a delimiter; detected from the first rows otherwise. */
  delimiter?: string;
  limits: ReadLimits;
}

const GUESSES = [',', ';', '\t', '|'];

/**
 * Parses CSV, TSV or TXT text with papaparse: delimiter and quoting detected, quoted newlines
 * kept inside their cell, Excel's "sep=;" first line honoured. Row numbers count records as a
 * spreadsheet shows them (a cell with a line break is still one row).
 */
export function parseDelimited(text: string, options: DelimitedOptions): ParsedTable {
  let body = text;
  let delimiter = options.delimiter;
  let lineOffset = 0;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) {
    delimiter ??= sep[1];
    body = body.slice(sep[0].length);
    lineOffset = 1;
  }
  const result = Papa.parse<string[]>(body, {
    delimiter: delimiter ?? guessDelimiter(body),
    skipEmptyLines: false,
    header: false,
  });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    throw new FileReadError('unclosedQuote', { file: options.file, line: (unclosed.row ?? 0) + 1 + lineOffset });
  }
  const builder = new TableBuilder(options.file, options.limits, {
    format: 'csv',
    encoding: options.encoding,
    delimiter: result.meta.delimiter,
  });
  const data = result.data;
  for (let i = 0; i < data.length; i++) builder.add(i + 1 + lineOffset, unwrapFormulas(data[i] ?? []));
  return builder.finish();
}

/**
 * The delimiter of the first rows, blank lines left out: papaparse averages the cells per row
 * of its first ten rows, and a blank line (the last line's end) counts as a row of one, so a
 * short file of two columns ("Name;Telefon" and three rows) would read as one column.
 */
function guessDelimiter(text: string): string {
  return Papa.parse<string[]>(text.slice(0, GUESS_FROM), { delimitersToGuess: GUESSES, skipEmptyLines: 'greedy', preview: 10 }).meta.delimiter;
}
/** How much of the text the delimiter is guessed from: more than ten rows of any list. */
const GUESS_FROM = 256 * 1024;

/**
 * Cells written as Excel's text formula, ="01067", as shop and bank systems export postcodes,
 * phones and dates so that Excel keeps their leading zeros: the text inside. Changes `cells` in place.
 */
function unwrapFormulas(cells: string[]): string[] {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.charCodeAt(0) === 61 && cell.length >= 3 && cell.charCodeAt(1) === 34 && cell.endsWith('"')) {
      const inner = cell.slice(2, -1);
      if (!/(^|[^"])"([^"]|$)/.test(inner)) cells[i] = inner.replace(/""/g, '"');
    }
  }
  return cells;
}
