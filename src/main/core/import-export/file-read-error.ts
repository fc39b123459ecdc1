import type { FileErrorDetails, FileErrorKind } from '../../../shared/import-export/file-error';
import { AppError } from '../errors';

/**
 * A file that cannot be imported, with what and where. Its key resolves to
 * errors.importExport.<kind>, so the dispatcher words it in the person's language.
 */
export class FileReadError extends AppError {
  constructor(
    readonly kind: FileErrorKind,
    readonly details: FileErrorDetails,
  ) {
    super('validation', `importExport.${kind}`, { kind, ...details });
    this.name = 'FileReadError';
  }
}

/** Spreadsheet column letters, for cells past the header: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
