import type { Sqlite } from './connection';

/**
 * Runs `work` (a bulk write touching most of some tables: a large import or insert, an undo of
 * one) with indexes dropped and built again afterwards: building an index over the rows there
 * are at the end is cheaper than putting every row in (or taking it out of) a score of indexes
 * one by one, in an order that scatters them. `targets` names tables (all their indexes) and
 * single indexes. Call inside a transaction, so the indexes are never missing for anyone else;
 * when `worth` is false, `work` just runs. Primary keys stay (SQLite cannot drop them).
 * @example withIndexesRebuilt(sqlite, ['contacts', 'contact_phones_by_digits'], true, () => insertAll())
 */
export function withIndexesRebuilt<T>(sqlite: Sqlite, targets: readonly string[], worth: boolean, work: () => T): T {
  if (!worth) return work();
  const list = targets.map(() => '?').join(', ');
  const indexes = sqlite
    .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and (tbl_name in (${list}) or name in (${list}))`)
    .all(...targets, ...targets) as { name: string; sql: string }[];
  for (const i of indexes) sqlite.exec(`drop index "${i.name.replace(/"/g, '""')}"`);
  const result = work();
  for (const i of indexes) sqlite.exec(i.sql);
  return result;
}
