import type { RestoreResult } from '../../../shared/contract/imports.contract';
import { restoreNeutralised } from '../../../shared/import-export/formula-guard';
import { isoNow, type ServiceContext } from '../context';
import type { Sqlite } from '../db/connection';
import { MultiRowInsert } from '../db/multi-row-insert';
import { AppError } from '../errors';
import { listSheets } from '../import-export/read-import-file';
import { rebuildSearchIndexNow } from '../contacts/search-rebuild';
import { Journal } from '../undo/journal';
import { getSession, readSessionTable } from './import-sessions';
import { importsText } from './imports-text';

/**
 * The tables a full export (exports.everything) brings back, parents before the rows that point
 * at them. Left out: the schema's migration log, which tells the version instead, and the undo
 * journal, whose batches belong to the data file they were made in (so imports come back without
 * theirs, and a contacts import among them can no longer be undone).
 */
export const RESTORED_TABLES = [
  'settings', 'staff', 'custom_fields', 'tags', 'contact_groups', 'saved_views', 'letter_templates', 'import_mappings',
  'contacts', 'contact_phones', 'contact_emails', 'contact_addresses', 'contact_links', 'contact_tags', 'contact_group_members', 'contact_custom_values',
  'history', 'import_batches', 'sales', 'mailing_runs',
] as const;

/** The sheet of a full export that lists the schema's migrations: it tells the export from any workbook, and its version. */
const MIGRATIONS_SHEET = 'kysely_migration';

/** Whether a workbook's sheets are those of a full export made by this app. */
export const isFullExport = (sheets: readonly string[]): boolean => sheets.includes('contacts') && sheets.includes(MIGRATIONS_SHEET);

interface Column {
  name: string;
  notnull: number;
  dflt_value: string | null;
}

/** The value an empty cell stands for: the column's default, '' for text that may not be null, else null. */
function emptyValue(column: Column): unknown {
  const d = column.dflt_value;
  if (d === null) return column.notnull ? '' : null;
  if (/^'.*'$/s.test(d)) return d.slice(1, -1).replace(/''/g, "'");
  const n = Number(d);
  return Number.isFinite(n) ? n : null;
}

/** A table's rows written back as read: every value as text, SQLite's column types making numbers of numbers. */
function writeRows(sqlite: Sqlite, table: string, headers: readonly string[], rows: Iterable<{ cells: readonly string[] }>): number {
  const columns = new Map((sqlite.prepare('select name, "notnull", dflt_value from pragma_table_info(?)').all(table) as Column[]).map((c) => [c.name, c]));
  const unknown = headers.find((h) => !columns.has(h));
  if (unknown !== undefined) throw new AppError('validation', 'imports.restoreNewer', { sheet: table, column: unknown });
  // Restored imports have no undo batch here (see RESTORED_TABLES).
  const blank = (h: string) => table === 'import_batches' && h === 'undo_batch_id';
  const insert = new MultiRowInsert(sqlite, `insert${table === 'settings' ? ' or replace' : ''} into "${table}" (${headers.map((h) => `"${h}"`).join(', ')})`, headers.length);
  let count = 0;
  for (const row of rows) {
    count++;
    insert.add(headers.map((h, i) => {
      const cell = row.cells[i] ?? '';
      return blank(h) ? null : cell === '' ? emptyValue(columns.get(h)!) : restoreNeutralised(cell);
    }));
  }
  insert.flush();
  return count;
}

/** Fails, naming the first sheet with a record that points at one the export does not hold. */
function checkReferences(sqlite: Sqlite): void {
  const broken = sqlite.prepare('select "table", parent from pragma_foreign_key_check limit 1').get() as { table: string; parent: string } | undefined;
  if (broken) throw new AppError('validation', 'imports.restoreBroken', { sheet: broken.table, parent: broken.parent });
}

/**
 * How many rows each restored table holds and its highest rowid (for tables that have one), as
 * the restore left them: undo compares them to tell whether anything was added or removed since.
 */
function tableStates(sqlite: Sqlite): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const table of RESTORED_TABLES) {
    if (table === 'settings') continue;
    const withoutRowid = sqlite.prepare('select wr from pragma_table_list where name = ?').pluck().get(table) === 1;
    const r = sqlite.prepare(`select count(*) n, ${withoutRowid ? '0' : 'coalesce(max(rowid), 0)'} top from "${table}"`).get() as { n: number; top: number };
    out[table] = [r.n, r.top];
  }
  return out;
}

/** The undo entry of a restore that records the state it left (see restoreEverything). */
const RESTORE_STATE = '$restored';

const latestUpdate = (sqlite: Sqlite) => sqlite.prepare('select max(updated_at) from contacts').pluck().get() as string | null;

/**
 * Brings back everything a full export holds into this data file, in one transaction: every
 * table's rows with their ids, then the search index built from them. Only into a data file
 * without records (a new installation, or one emptied): the export's ids would clash with
 * stored ones. Refuses an export made by a newer version, and one whose rows point at rows it
 * does not hold. Journaled as one undo batch.
 */
export async function restoreEverything(ctx: ServiceContext, sessionId: string): Promise<RestoreResult> {
  const session = getSession(ctx.dataFile, sessionId);
  const t = importsText(ctx.locale, ctx.formats);
  const sheets = await listSheets(session.filePath);
  if (!isFullExport(sheets)) throw new AppError('validation', 'imports.notAFullExport', { file: session.fileName });
  const known = new Set(ctx.sqlite.prepare('select name from kysely_migration').pluck().all() as string[]);
  const migrations = await readSessionTable(session.filePath, { sheet: MIGRATIONS_SHEET });
  const nameAt = migrations.headers.indexOf('name');
  const newer = [...migrations.rows].map((r) => r.cells[nameAt] ?? '').find((m) => m && !known.has(m));
  if (newer !== undefined) throw new AppError('validation', 'imports.restoreNewerVersion', { file: session.fileName });
  const held = RESTORED_TABLES.filter((table) => table !== 'settings').find((table) => ctx.sqlite.prepare(`select 1 from "${table}" limit 1`).get() !== undefined);
  if (held) throw new AppError('conflict', 'imports.restoreNotEmpty', { file: session.fileName });

  const now = isoNow(ctx);
  const sqlite = ctx.sqlite;
  const counts: { table: string; rows: number }[] = [];
  // One transaction, begun by hand: each sheet is read (awaited, on a thread of its own, into
  // packed rows outside the heap) and written in turn, so only one sheet is held at a time.
  // Calls are serialised (dispatch), so nothing else runs on this connection meanwhile. Foreign
  // keys are checked once at the end, as rows of one table may point at later rows of it.
  sqlite.pragma('foreign_keys = OFF');
  sqlite.exec('begin immediate');
  try {
    const journal = Journal.open(sqlite, 'restore', t('imports.restore.undoLabel', { file: session.fileName }), now);
    for (const table of RESTORED_TABLES.filter((name) => sheets.includes(name))) {
      const sheet = await readSessionTable(session.filePath, { sheet: table });
      if (table === 'settings') {
        const keyAt = sheet.headers.indexOf('key');
        for (const row of sheet.rows) if (!journal.capture('settings', 'key = ?', row.cells[keyAt]).length) journal.inserted('settings', { key: row.cells[keyAt] });
      }
      counts.push({ table, rows: writeRows(sqlite, table, sheet.headers, sheet.rows) });
    }
    checkReferences(sqlite);
    rebuildSearchIndexNow(sqlite);
    // What undo compares with, to refuse once anything was added or changed since.
    sqlite
      .prepare('insert into undo_entries (batch_id, seq, tbl, row_key, before) values (?, -1, ?, ?, null)')
      .run(journal.batchId, RESTORE_STATE, JSON.stringify({ tables: tableStates(sqlite), updated: latestUpdate(sqlite) }));
    journal.finish(counts.reduce((n, c) => n + c.rows, 0));
    sqlite.exec('commit');
    return { file: session.fileName, tables: counts, undoBatchId: journal.batchId };
  } catch (err) {
    if (sqlite.inTransaction) sqlite.exec('rollback');
    throw err;
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

/**
 * Undoes a restore: every restored table emptied again, the settings put back as they were (by
 * `putBack`, undo's own row restorer) and the batch marked undone, in one transaction. Refuses
 * once anything was added, removed or edited since, which undoing would throw away.
 */
export function undoRestore(sqlite: Sqlite, batchId: number, label: string, now: string, putBack: (entry: { tbl: string; row_key: string; before: string | null }) => void): void {
  // Every row of these tables goes: without the keys, SQLite empties each at once instead of
  // checking and cascading row by row. Switched outside the transaction, which is synchronous.
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      const state = sqlite.prepare('select row_key from undo_entries where batch_id = ? and tbl = ?').pluck().get(batchId, RESTORE_STATE) as string | undefined;
      const left = state ? (JSON.parse(state) as { tables: Record<string, [number, number]>; updated: string | null }) : null;
      const states = tableStates(sqlite);
      const changed = !left || latestUpdate(sqlite) !== left.updated || Object.entries(left.tables).some(([table, [n, top]]) => states[table]?.[0] !== n || states[table]?.[1] !== top);
      if (changed) throw new AppError('conflict', 'imports.restoreChangedSince', { label });
      sqlite.exec('delete from contact_fts');
      for (const table of RESTORED_TABLES) if (table !== 'settings') sqlite.exec(`delete from "${table}"`);
      const entries = sqlite
        .prepare('select tbl, row_key, before from undo_entries where batch_id = ? and tbl = ? order by seq desc')
        .all(batchId, 'settings') as { tbl: string; row_key: string; before: string | null }[];
      for (const e of entries) putBack(e);
      sqlite.prepare('update undo_batches set undone_at = ? where id = ?').run(now, batchId);
    })();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
