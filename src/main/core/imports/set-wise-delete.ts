import type { Sqlite } from '../db/connection';

/** A column of another table that references a table's key, and what deleting the key does to it. */
interface Reference {
  table: string;
  column: string;
  onDelete: string;
}

const NAME = /^[a-z_][a-z0-9_]*$/;

/** Every column that references `table`, read from the schema so tables added later are covered. */
function referencesTo(sqlite: Sqlite, table: string): Reference[] {
  const rows = sqlite
    .prepare(
      `select m.name as "table", f."from" as "column", f.on_delete as onDelete
       from sqlite_master m, pragma_foreign_key_list(m.name) f
       where m.type = 'table' and f."table" = ?`,
    )
    .all(table) as Reference[];
  return rows.filter((r) => NAME.test(r.table) && NAME.test(r.column));
}

/**
 * Whether deleting rows of `tables` can run with foreign keys off: every reference to them
 * cascades or sets null (which `deleteSetWise` then does itself), and the rows that cascade are
 * not referenced in turn.
 */
export function setWiseDeleteCovers(sqlite: Sqlite, tables: readonly string[]): boolean {
  return tables.every((t) =>
    referencesTo(sqlite, t).every(
      (r) => (r.onDelete === 'SET NULL' || r.onDelete === 'CASCADE') && (r.onDelete !== 'CASCADE' || referencesTo(sqlite, r.table).length === 0),
    ),
  );
}

/**
 * Deletes the rows of `table` that `where` (SQL on its columns) selects. When `mostGo`, the
 * rows that stay are set aside, the table emptied (SQLite then frees its pages and its indexes'
 * at once instead of taking each row out of each B-tree) and the rows put back. Only with
 * foreign keys off: with them on, emptying a table would cascade to the rows of those that stay.
 */
function deleteWhere(sqlite: Sqlite, table: string, where: string, mostGo: boolean): number {
  if (!mostGo || sqlite.pragma('foreign_keys', { simple: true }) === 1) return sqlite.prepare(`delete from ${table} where ${where}`).run().changes;
  const before = sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
  // coalesce: a row whose key is null is not selected by `where`, so it stays.
  sqlite.exec(`create temp table set_wise_keep as select * from main.${table} where not coalesce(${where}, 0)`);
  const kept = sqlite.prepare('select count(*) from temp.set_wise_keep').pluck().get() as number;
  sqlite.exec(`delete from main.${table}`);
  sqlite.exec(`insert into main.${table} select * from temp.set_wise_keep`);
  sqlite.exec('drop table temp.set_wise_keep');
  return before - kept;
}

/**
 * Deletes the rows of `table` whose id `ids` (a subquery) selects, with whatever references
 * them: one statement per referencing table instead of the lookups SQLite makes for every row.
 * That is most of an undo of 200,000 contacts; with foreign keys off (see setWiseDeleteCovers)
 * the per-row lookups are skipped altogether. `mostGo` says the ids are most of the table's
 * rows: each table is then emptied and given back the rows that stay (see deleteWhere).
 */
export function deleteSetWise(sqlite: Sqlite, table: string, ids: string, mostGo = false): number {
  for (const r of referencesTo(sqlite, table)) {
    if (r.onDelete === 'SET NULL') sqlite.exec(`update ${r.table} set ${r.column} = null where ${r.column} in (${ids})`);
    else if (r.onDelete === 'CASCADE') deleteWhere(sqlite, r.table, `${r.column} in (${ids})`, mostGo);
  }
  return deleteWhere(sqlite, table, `id in (${ids})`, mostGo);
}
