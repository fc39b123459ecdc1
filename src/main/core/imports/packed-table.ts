import type { ParsedTable, RowSource, SourceInfo, TableRow } from '../../../shared/import-export/table';

/**
 * An opened file's rows packed into three buffers that move to the import's thread without a
 * copy: every cell's text end to end (UTF-16), each cell's length, and each row's number and
 * cell count. Reading the file again there would take longer than unpacking (over a second
 * for a 100,000-row workbook), and cloning 1.5 million strings longer still.
 */
export interface PackedTable {
  headers: string[];
  info: SourceInfo;
  /** Per row: its line, then its number of cells. */
  rows: Int32Array;
  lengths: Int32Array;
  text: ArrayBuffer;
}

/** Packs a table's rows; the table itself is left as it was. */
export function packTable(table: ParsedTable): PackedTable {
  const count = table.rows.length;
  const rows = new Int32Array(count * 2);
  let cellCount = 0;
  for (const row of table.rows) cellCount += row.cells.length;
  const lengths = new Int32Array(cellCount);
  const parts = new Array<string>(count);
  let k = 0;
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const { line, cells } = table.rows[i]!;
    rows[i * 2] = line;
    rows[i * 2 + 1] = cells.length;
    for (const cell of cells) lengths[k++] = cell.length;
    const joined = cells.join('');
    chars += joined.length;
    parts[i] = joined;
  }
  // An ArrayBuffer of its own (Buffer.from may hand out a slice of a shared pool).
  const text = new ArrayBuffer(chars * 2);
  const view = Buffer.from(text);
  let at = 0;
  for (const part of parts) at += view.write(part, at, 'utf16le');
  return { headers: table.headers, info: table.info, rows, lengths, text };
}

/** The buffers to list as transferred when the packed table is sent to a thread. */
export function packedBuffers(packed: PackedTable): ArrayBuffer[] {
  return [packed.rows.buffer as ArrayBuffer, packed.lengths.buffer as ArrayBuffer, packed.text];
}

/** Each row in turn, its cells cut from the one string of the table's text. */
function* eachRow(packed: Pick<PackedTable, 'rows' | 'lengths'>, text: string): Generator<TableRow> {
  const count = packed.rows.length / 2;
  let pos = 0;
  let k = 0;
  for (let i = 0; i < count; i++) {
    const width = packed.rows[i * 2 + 1]!;
    const cells = new Array<string>(width);
    for (let j = 0; j < width; j++) {
      const end = pos + packed.lengths[k++]!;
      cells[j] = text.slice(pos, end);
      pos = end;
    }
    yield { line: packed.rows[i * 2]!, cells };
  }
}

/** The table again, its cells cut from one string. */
export function unpackTable(packed: PackedTable): ParsedTable {
  return { headers: packed.headers, rows: [...eachRow(packed, Buffer.from(packed.text).toString('utf16le'))], info: packed.info };
}

/**
 * The table's rows made one at a time, each time they are gone through (the text decoded again
 * for each pass, a copy of a few milliseconds): whoever goes through them holds the buffers and
 * the row at hand, not 1.5 million cells at once (a 100,000-row workbook's table is over 100 MB
 * unpacked).
 */
export function packedRows(packed: PackedTable): RowSource {
  const { rows, lengths, text } = packed;
  return { headers: packed.headers, info: packed.info, rows: { [Symbol.iterator]: () => eachRow({ rows, lengths }, Buffer.from(text).toString('utf16le')) } };
}
