import type { PreviewIssue } from '../../../shared/contract/imports.contract';
import { formatIssue } from '../../../shared/import-export/format-issue';
import type { Translate } from '../../../shared/import-export/format-issue';
import { ISSUE_REASONS, type IssueReason } from '../../../shared/import-export/value-issue';

/** A value the import cannot take: the file layer's reasons plus those of custom fields and sales. */
export interface RowProblem {
  row: number;
  column: string;
  value: string;
  reason: PreviewIssue['reason'];
}

/**
 * Problems that say a row is no record at all: a sheet's totals or the line it is signed with, a
 * template's example or its notes on filling in, a heading over a section of the list. Such a
 * row is left out and counted apart from the invalid ones: there is nothing in it to put right.
 */
export const NOT_A_RECORD: ReadonlySet<RowProblem['reason']> = new Set(['exampleRow', 'notesRow', 'totalsRow', 'footerRow', 'sectionRow', 'saleTotalsRow', 'saleFooterRow', 'saleUnpaid', 'saleHeadingRow', 'saleCustomerHeading', 'saleCancelled', 'saleNotReceived']);

/** Whether a row's problems say it is no record (NOT_A_RECORD). */
export const isNoRecord = (problems: readonly RowProblem[]): boolean => problems.some((p) => NOT_A_RECORD.has(p.reason));

/** Reasons the file layer words itself (importExport.reasons); the rest are this layer's (imports.reasons). */
const FILE_LAYER = new Set<string>(ISSUE_REASONS);

/**
 * Words a problem for the person: "Row 17, Birthday: 31/02/1980 is not a date".
 * @example problemText({ row: 4, column: 'Amount', value: 'abc', reason: 'notAnAmount' }, t)
 */
export function problemText(p: RowProblem, t: Translate): string {
  if (FILE_LAYER.has(p.reason)) return formatIssue({ ...p, reason: p.reason as IssueReason }, t);
  const reason = t(`imports.reasons.${p.reason}`, { value: p.value, column: p.column });
  return p.column ? t('importExport.issueInColumn', { row: p.row, column: p.column, reason }) : t('importExport.issueInRow', { row: p.row, reason });
}
