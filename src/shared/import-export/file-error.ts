/** Why a file could not be read at all; each has a message in errors.importExport. */
export const FILE_ERROR_KINDS = [
  'empty',
  'tooLarge',
  'notAWorkbook',
  'workbookIncomplete',
  'corruptWorkbook',
  'sheetNotFound',
  'unclosedQuote',
  'cellTooLong',
  'vcardUnterminated',
  'notAVcard',
  'unknownFormat',
  'fileMissing',
  'unreadable',
] as const;
export type FileErrorKind = (typeof FILE_ERROR_KINDS)[number];

/**
 * Where in the file the problem is and the figures the message quotes. `line` is the row or
 * line number the person sees; `column` the header (or column letter) as in the file.
 */
export interface FileErrorDetails {
  file: string;
  line?: number;
  column?: string;
  sheet?: string;
  sizeMb?: number;
  limitMb?: number;
  limitChars?: number;
  detail?: string;
}
