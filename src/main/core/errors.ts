import type { ErrorCode, FieldIssue } from '../../shared/contract/result';

/**
 * A failure a person can act on. `key` names the message in the i18n catalogue (errors.*),
 * so the dispatcher can word it in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params: Record<string, unknown> = {},
    readonly issues?: FieldIssue[],
  ) {
    super(`${code}: ${key} ${JSON.stringify(params)}`);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: unknown) => new AppError('not_found', 'notFound', { what, id });
