import type { FieldIssue } from '../../../../../shared/contract';

/** The message for one field: the first issue whose path starts with `path`. */
export function issueAt(issues: readonly FieldIssue[], ...path: (string | number)[]): string | undefined {
  return issues.find((i) => path.every((p, n) => i.path[n] === p))?.message;
}
