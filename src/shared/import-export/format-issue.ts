import type { ValueIssue } from './value-issue';

/** The translate function of i18next, or any function of the same shape. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * Words an invalid value for the preview list, in the person's language.
 * @example formatIssue({ row: 17, column: 'Birthday', value: '31/02/1980', reason: 'notADate' }, t)
 * // en: 'Row 17, Birthday: 31/02/1980 is not a date'   zh-CN: '第 17 行，Birthday：31/02/1980 不是有效的日期'
 */
export function formatIssue(issue: ValueIssue, t: Translate): string {
  const reason = t(`importExport.reasons.${issue.reason}`, { value: issue.value, column: issue.column });
  return issue.column
    ? t('importExport.issueInColumn', { row: issue.row, column: issue.column, reason })
    : t('importExport.issueInRow', { row: issue.row, reason });
}
