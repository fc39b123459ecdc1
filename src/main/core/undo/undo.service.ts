import type { UndoBatch } from '../../../shared/contacts/bulk.schema';
import { isoNow, type ServiceContext } from '../context';
import type { Sqlite } from '../db/connection';
import { AppError, notFound } from '../errors';
import { SearchIndexer } from '../contacts/search-index';
import { contactOf, contactRange, TABLE_KEYS } from './journal';
import { undoImport } from '../imports/import-undo';
import { undoRestore } from '../imports/restore-everything';

const COLUMN = /^[a-z_]+$/;

function toBatch(r: { id: number; kind: string; label: string; count: number; created_at: string; undone_at: string | null }): UndoBatch {
  return { id: r.id, kind: r.kind, label: r.label, count: r.count, createdAt: r.created_at, undoneAt: r.undone_at };
}

/** Recent batches that can be undone, newest first. */
export async function listUndo(ctx: ServiceContext, limit: number): Promise<UndoBatch[]> {
  const rows = await ctx.db.selectFrom('undo_batches').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toBatch);
}

/** Puts one row back as it was: deletes an inserted row, rewrites (or re-inserts) a changed one. */
function restoreRow(sqlite: Sqlite, table: string, key: Record<string, unknown>, before: Record<string, unknown> | null): void {
  const range = table === 'contacts' && before === null ? contactRange(key) : null;
  if (range) {
    // The contacts an import created, with their search entries (their other rows cascade).
    sqlite.prepare('delete from contact_fts where rowid > ? and rowid <= ?').run(range.idAbove, range.idUpTo);
    sqlite.prepare('delete from contacts where id > ? and id <= ?').run(range.idAbove, range.idUpTo);
    return;
  }
  const keyCols = TABLE_KEYS[table];
  if (!keyCols) throw new Error(`undo: table ${table} is not journaled`);
  const where = keyCols.map((c) => `${c} = ?`).join(' and ');
  const keyVals = keyCols.map((c) => key[c]);
  if (before === null) {
    sqlite.prepare(`delete from ${table} where ${where}`).run(...keyVals);
    return;
  }
  const cols = Object.keys(before).filter((c) => COLUMN.test(c));
  const set = cols.map((c) => `${c} = ?`).join(', ');
  const vals = cols.map((c) => before[c]);
  const changed = sqlite.prepare(`update ${table} set ${set} where ${where}`).run(...vals, ...keyVals).changes;
  if (!changed) sqlite.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`).run(...vals);
}

/**
 * Undoes one batch in one transaction: every row it changed goes back to its earlier content,
 * newest change first, and the search entries of the contacts involved are rebuilt.
 */
export async function applyUndo(ctx: ServiceContext, batchId: number): Promise<UndoBatch> {
  const batch = await ctx.db.selectFrom('undo_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw notFound('undo', batchId);
  if (batch.undone_at) throw new AppError('conflict', 'alreadyUndone', { label: batch.label });
  // An import is undone as the import history does it: contacts worked on since go to the trash.
  const importId = batch.kind === 'import' ? (ctx.sqlite.prepare('select id from import_batches where undo_batch_id = ?').pluck().get(batchId) as number | undefined) : undefined;
  if (importId !== undefined) {
    const undone = await undoImport(ctx, importId);
    return toBatch({ ...batch, undone_at: undone.undoneAt });
  }
  const now = isoNow(ctx);
  if (batch.kind === 'restore') {
    undoRestore(ctx.sqlite, batchId, batch.label, now, (e) => restoreRow(ctx.sqlite, e.tbl, JSON.parse(e.row_key) as Record<string, unknown>, e.before === null ? null : (JSON.parse(e.before) as Record<string, unknown>)));
    return toBatch({ ...batch, undone_at: now });
  }
  ctx.sqlite.transaction(() => {
    const entries = ctx.sqlite
      .prepare('select tbl, row_key, before from undo_entries where batch_id = ? order by seq desc')
      .all(batchId) as { tbl: string; row_key: string; before: string | null }[];
    const contacts = new Set<number>();
    for (const e of entries) {
      const key = JSON.parse(e.row_key) as Record<string, unknown>;
      const before = e.before === null ? null : (JSON.parse(e.before) as Record<string, unknown>);
      restoreRow(ctx.sqlite, e.tbl, key, before);
      const contact = typeof key.$contact === 'number' ? key.$contact : before ? contactOf(e.tbl, before) : null;
      if (contact != null) contacts.add(contact);
    }
    const index = new SearchIndexer(ctx.sqlite);
    for (const id of contacts) index.refresh(id);
    ctx.sqlite.prepare('update undo_batches set undone_at = ? where id = ?').run(now, batchId);
  })();
  return toBatch({ ...batch, undone_at: now });
}
