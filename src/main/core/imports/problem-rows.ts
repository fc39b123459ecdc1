import { statSync } from 'node:fs';
import type { z } from 'zod';
import type { PreviewInput } from '../../../shared/contract/imports.contract';
import type { ExportResult } from '../../../shared/contract/exports.contract';
import type { ExportColumn, ExportRow } from '../../../shared/import-export/export-column';
import type { ServiceContext } from '../context';
import { filesFor } from '../files/file-registry';
import { writeXlsx } from '../import-export/write-xlsx';
import { getSession, sessionTable } from './import-sessions';
import { importsText } from './imports-text';
import { previewImport } from './imports.service';
import { isNoRecord, problemText } from './row-problem';

/**
 * The rows of an opened file that have problems (not those that are no record, a sheet's
 * totals), as a workbook the person can put right in a spreadsheet program and import again:
 * the file's own columns as read (text cells, so postcodes and phones keep their zeros), then
 * each row's number in the file and its problems in the person's words, as the preview words
 * them. Checked exactly as the preview checks, with the same mapping and choices.
 */
export async function saveProblemRows(ctx: ServiceContext, input: z.output<typeof PreviewInput>): Promise<ExportResult> {
  const session = getSession(ctx.dataFile, input.sessionId);
  const t = importsText(ctx.locale, ctx.formats);
  const problems = new Map<number, string[]>();
  await previewImport(ctx, input, (found) => {
    // A row that is no record (a sheet's totals) has nothing to put right.
    if (isNoRecord(found)) return;
    for (const p of found) {
      const list = problems.get(p.row) ?? [];
      list.push(problemText(p, t));
      problems.set(p.row, list);
    }
  });
  const table = await sessionTable(session);
  const columns: ExportColumn[] = [
    ...table.headers.map((header, i) => ({ key: `c${i}`, header })),
    { key: 'line', header: t('imports.problemRows.line') },
    { key: 'problems', header: t('imports.problemRows.problems') },
  ];
  function* rows(): Generator<ExportRow> {
    for (const r of table.rows) {
      const found = problems.get(r.line);
      if (!found) continue;
      const row: ExportRow = { line: r.line, problems: found.join('\n') };
      r.cells.forEach((cell, i) => (row[`c${i}`] = cell));
      yield row;
    }
  }
  const name = t('imports.problemRows.file', { name: session.fileName.replace(/\.[^.]+$/, '') });
  const file = filesFor(ctx).create(`${name}.xlsx`);
  try {
    const count = await writeXlsx(file.path, columns, rows(), { sheetName: t('imports.problemRows.problems') });
    return { fileId: file.id, fileName: file.name, rows: count, bytes: statSync(file.path).size };
  } catch (err) {
    filesFor(ctx).remove(file.id);
    throw err;
  }
}
