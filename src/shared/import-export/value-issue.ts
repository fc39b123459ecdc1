/** Why a cell's value could not be taken; each has a message in importExport.reasons. */
export const ISSUE_REASONS = ['notADate', 'ambiguousDate', 'dateWithoutYear', 'notAnEmail', 'notAPhone', 'shortenedNumber', 'nameMissing', 'totalsRow', 'footerRow', 'exampleRow', 'notesRow', 'sectionRow'] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];

/**
 * One invalid value: `row` is the row number the person sees in their spreadsheet, `column` the
 * header as written in the file (empty for a problem with the whole row).
 */
export interface ValueIssue {
  row: number;
  column: string;
  value: string;
  reason: IssueReason;
}
