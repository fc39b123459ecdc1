import type { ParsedTable, RowSource, SourceInfo, TableRow } from '../../../shared/import-export/table';

/**
 * An opened file's rows packed into three buffers that move to the import's thread without a
 * copy: every cell's text end to end (UTF-8), each cell's length, and each row's number, cell
 * count and size in bytes. Reading the file again there would take longer than unpacking (over a
 * second for a 100,000-row workbook), and cloning 1.5 million strings longer still. UTF-8 keeps
 * a mostly Latin sheet at half the size of UTF-16, and a row is decoded on its own when it is
 * made (into a one-byte string when it is Latin): nobody holds the whole text as one string.
 * A lone UTF-16 surrogate (which no XLSX can hold) comes back as U+FFFD, as from any UTF-8 file.
 */
export interface PackedTable {
  headers: string[];
  info: SourceInfo;
  /** Per row: its line, its number of cells and its text's length in bytes. */
  rows: Int32Array;
  /** Per cell: its length in UTF-16 code units (a JavaScript string's length). */
  lengths: Int32Array;
  text: ArrayBuffer;
}

const PER_ROW = 3;

/** How many rows a packed table holds. */
export const packedRowCount = (packed: Pick<PackedTable, 'rows'>): number => packed.rows.length / PER_ROW;

/** Packs a table's rows; the table itself is left as it was. */
export function packTable(table: ParsedTable): PackedTable {
  const count = table.rows.length;
  const rows = new Int32Array(count * PER_ROW);
  let cellCount = 0;
  for (const row of table.rows) cellCount += row.cells.length;
  const lengths = new Int32Array(cellCount);
  const parts = new Array<string>(count);
  let k = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { line, cells } = table.rows[i]!;
    for (const cell of cells) lengths[k++] = cell.length;
    const joined = cells.join('');
    const size = Buffer.byteLength(joined, 'utf8');
    rows[i * PER_ROW] = line;
    rows[i * PER_ROW + 1] = cells.length;
    rows[i * PER_ROW + 2] = size;
    bytes += size;
    parts[i] = joined;
  }
  // An ArrayBuffer of its own (Buffer.from may hand out a slice of a shared pool).
  const text = new ArrayBuffer(bytes);
  const view = Buffer.from(text);
  let at = 0;
  for (const part of parts) at += view.write(part, at, 'utf8');
  return { headers: table.headers, info: table.info, rows, lengths, text };
}

/** The buffers to list as transferred when the packed table is sent to a thread. */
export function packedBuffers(packed: PackedTable): ArrayBuffer[] {
  return [packed.rows.buffer as ArrayBuffer, packed.lengths.buffer as ArrayBuffer, packed.text];
}

/** Each row in turn: its text decoded on its own, its cells cut from it. */
function* eachRow(packed: Pick<PackedTable, 'rows' | 'lengths' | 'text'>): Generator<TableRow> {
  const { rows, lengths } = packed;
  const text = Buffer.from(packed.text);
  const count = packedRowCount(packed);
  let at = 0;
  let k = 0;
  for (let i = 0; i < count; i++) {
    const width = rows[i * PER_ROW + 1]!;
    const end = at + rows[i * PER_ROW + 2]!;
    const joined = text.toString('utf8', at, end);
    at = end;
    const cells = new Array<string>(width);
    let pos = 0;
    for (let j = 0; j < width; j++) {
      const next = pos + lengths[k++]!;
      cells[j] = joined.slice(pos, next);
      pos = next;
    }
    yield { line: rows[i * PER_ROW]!, cells };
  }
}

/** The table again, every row made at once. */
export function unpackTable(packed: PackedTable): ParsedTable {
  return { headers: packed.headers, rows: [...eachRow(packed)], info: packed.info };
}

/**
 * The table's rows made one at a time, each time they are gone through: whoever goes through
 * them holds the buffers and the row at hand, not 1.5 million cells at once (a 100,000-row
 * workbook's table is over 100 MB unpacked).
 */
export function packedRows(packed: PackedTable): RowSource {
  return { headers: packed.headers, info: packed.info, rows: { [Symbol.iterator]: () => eachRow(packed) } };
}
