import { statSync } from 'node:fs';
import type { ExportResult } from '../../../shared/contract/exports.contract';
import type { ExportColumn, ExportRow } from '../../../shared/import-export/export-column';
import type { ServiceContext } from '../context';
import { listCustomFields, loadFieldDefs } from '../custom-fields/custom-fields.service';
import { filesFor } from '../files/file-registry';
import { writeXlsxSheets, type XlsxSheet } from '../import-export/write-xlsx';
import { importsText } from '../imports/imports-text';
import { contactColumns } from './contact-columns';
import { EXPORT_FIELDS } from '../../../shared/contract/exports.contract';
import { MAX_NUMBERED } from './export-headers';
import { scopeContacts } from './exports.service';

const PAGE = 2000;

/** The tables of the file worth a sheet: everything but SQLite's own and the search index's internals. */
function tables(ctx: ServiceContext): string[] {
  return (
    ctx.sqlite
      .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'contact_fts%' order by name`)
      .pluck()
      .all() as string[]
  );
}

/** One table's rows a page at a time, in a stable order (never holding the connection between pages). */
async function* tableRows(ctx: ServiceContext, table: string, columns: string[]): AsyncGenerator<ExportRow> {
  const order = columns.map((c) => `"${c}"`).join(', ');
  const stmt = ctx.sqlite.prepare(`select * from "${table}" order by ${order} limit ${PAGE} offset ?`);
  for (let offset = 0; ; offset += PAGE) {
    const rows = stmt.all(offset) as ExportRow[];
    for (const r of rows) yield r;
    if (rows.length < PAGE) return;
  }
}

/**
 * Everything in one workbook: first a Contacts sheet in the import's own layout, custom fields
 * included (so importing the workbook restores the contacts), then one sheet per table with its
 * raw rows.
 */
export async function exportEverything(ctx: ServiceContext): Promise<ExportResult & { sheets: { name: string; rows: number }[] }> {
  const t = importsText(ctx.locale, ctx.formats);
  const file = filesFor(ctx).create(`desk-crm-${ctx.now().toISOString().slice(0, 10)}.xlsx`);
  // The office's custom fields too (those in use, not archived): the sheet is a whole address book.
  const custom = (await listCustomFields(ctx, false)).map((f) => `custom:${f.id}`);
  const contacts = contactColumns([...EXPORT_FIELDS, ...custom], 'contact', { phones: MAX_NUMBERED, emails: MAX_NUMBERED, addresses: 3 }, await loadFieldDefs(ctx), t);
  const sheets: XlsxSheet[] = [
    {
      // Not "Contacts": sheet names ignore case and the contacts table has a sheet of its own.
      name: t('imports.export.contactsSheet'),
      columns: contacts.columns,
      rows: (async function* () {
        for await (const c of scopeContacts(ctx, { type: 'all' })) yield* contacts.rows(c);
      })(),
    },
  ];
  for (const table of tables(ctx)) {
    const info = ctx.sqlite.prepare(`select name, type from pragma_table_info(?) order by cid`).all(table) as { name: string; type: string }[];
    // Integer and real columns as number cells, so a spreadsheet sums them; the rest as text.
    const columns: ExportColumn[] = info.map((c) => ({ key: c.name, header: c.name, ...(/^(integer|real)$/i.test(c.type) ? { type: 'number' as const } : {}) }));
    sheets.push({ name: table, columns, rows: tableRows(ctx, table, info.map((c) => c.name)) });
  }
  let counts: number[];
  try {
    counts = await writeXlsxSheets(file.path, sheets);
  } catch (err) {
    filesFor(ctx).remove(file.id);
    throw err;
  }
  return {
    fileId: file.id,
    fileName: file.name,
    rows: counts[0] ?? 0,
    bytes: statSync(file.path).size,
    sheets: sheets.map((s, i) => ({ name: s.name, rows: counts[i] ?? 0 })),
  };
}
