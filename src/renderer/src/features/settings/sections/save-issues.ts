import type { FieldIssue } from '../../../../../shared/contract';
import { ApiCallError } from '../../../api/client';

/** The message a refused save gives for one field of a small Settings form. */
export function issueFor(err: unknown, field: string): string | undefined {
  if (!(err instanceof ApiCallError)) return undefined;
  const issues: FieldIssue[] = err.error.details?.issues ?? [];
  return issues.find((i) => i.path[0] === field || (i.path[0] === 'draft' && i.path[1] === field))?.message;
}
