import { importsEn } from '../../../shared/i18n/imports.en';
import { importsZhCN } from '../../../shared/i18n/imports.zh-CN';

/** The columns a file of rows to correct adds (problem-rows.ts), in either language. */
const ADDED = new Set([importsEn.problemRows.line, importsEn.problemRows.problems, importsZhCN.problemRows.line, importsZhCN.problemRows.problems]);

/** Whether a column is one a file of rows to correct added: left out when that file is imported again. */
export const isProblemColumn = (header: string): boolean => ADDED.has(header.trim());
