/**
 * The delimiter a spreadsheet expects in a CSV file where numbers are written as in `formats`:
 * Excel splits CSV on the system's list separator, which is ";" wherever the decimal separator
 * is "," (Germany, France, Italy…), so a comma-separated file opens there as one column.
 * @example listSeparator('en-DE') // ';'
 */
export function listSeparator(formats: string): ',' | ';' {
  const decimal = new Intl.NumberFormat(formats).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}
