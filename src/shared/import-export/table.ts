/** The file formats the import reads. */
export type SourceFormat = 'csv' | 'xlsx' | 'xls' | 'vcard';

/** One data row as the person sees it: `line` is the row number their spreadsheet shows (header = 1). */
export interface TableRow {
  line: number;
  cells: string[];
}

/** What was found out about the file while reading it, shown in the preview. */
export interface SourceInfo {
  format: SourceFormat;
  /** Text files only: the encoding used to decode (iconv-lite name, e.g. "utf-8", "gb18030"). */
  encoding?: string;
  /** Text files only. */
  delimiter?: string;
  /** Workbooks only: the sheet that was read and all sheet names, in workbook order. */
  sheet?: string;
  sheets?: string[];
  /** A title line found above the header row ("客户名单 2024"), left out of the table. */
  title?: string;
  /** vCard only: the versions met in the file. */
  vcardVersions?: string[];
  /** Columns made of a Google export's labelled pairs ("Spouse", "Kundennummer"): see spreadLabelledPairs. */
  labelled?: string[];
}

/**
 * The common shape every reader returns: the header row and the data rows, each cell a string
 * exactly as the file holds it (dates in workbooks as YYYY-MM-DD), empty rows left out.
 */
export interface ParsedTable {
  headers: string[];
  rows: TableRow[];
  info: SourceInfo;
}

/**
 * A table whose rows are only gone through, in order, as often as needed: a ParsedTable, or rows
 * made one at a time from a packed copy so a large file's cells are never all held at once.
 */
export interface RowSource {
  headers: string[];
  rows: Iterable<TableRow>;
  info: SourceInfo;
}
