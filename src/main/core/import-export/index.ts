export { readImportFile, listSheets, type ReadOptions } from './read-import-file';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits';
export { FileReadError } from './file-read-error';
export { detectEncoding, decodeText } from './detect-encoding';
export { writeCsv, type CsvWriteOptions } from './write-csv';
export { writeXlsx, writeXlsxSheets, type XlsxSheet } from './write-xlsx';
export { writeVcard, vcardText, type VcardVersion } from './write-vcard';
