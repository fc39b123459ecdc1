/** Every call crosses the process boundary as one of these: error classes do not survive IPC. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'unknown_method'
  | 'unauthorized'
  | 'db_newer_version'
  | 'internal';

/** One problem with one field of the input, already worded for the user. */
export interface FieldIssue {
  /** Path into the input, e.g. ["emails", 0, "value"]. */
  path: (string | number)[];
  /** The field as the user knows it, e.g. "Email 1". */
  field: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[]; [key: string]: unknown };
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
