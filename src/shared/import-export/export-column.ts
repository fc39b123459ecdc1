/** One column of an export: which property of each row object, under which header. */
export interface ExportColumn {
  key: string;
  header: string;
  /**
   * text (default): written as text, so postcodes and phones keep their leading zeros;
   * number: a number cell in XLSX; date: YYYY-MM-DD written as a date cell in XLSX.
   */
  type?: 'text' | 'number' | 'date';
  /** XLSX only: the number format of this column's cell in a row ("#,##0.00" for an amount in yuan, "#,##0" in yen). */
  numFmt?: (row: ExportRow) => string;
}

/** A row to export: plain values; arrays are joined with ", ". */
export type ExportRow = Record<string, unknown>;

/** The text of one export value, before any neutralising or quoting. */
export function exportText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(exportText).filter(Boolean).join(', ');
  return JSON.stringify(value);
}
