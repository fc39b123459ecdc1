import type { Sqlite } from './connection';

/**
 * Runs `work` (a bulk write touching most of `table`: a large import or insert, an undo of one)
 * with the table's own indexes dropped and built again afterwards: building an index over the
 * rows there are at the end is cheaper than putting every row in (or taking it out of) a score
 * of indexes one by one. Call inside a transaction, so the indexes are never missing for anyone
 * else; when `worth` is false, `work` just runs.
 */
export function withIndexesRebuilt<T>(sqlite: Sqlite, table: string, worth: boolean, work: () => T): T {
  if (!worth) return work();
  const indexes = sqlite
    .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null")
    .all(table) as { name: string; sql: string }[];
  for (const i of indexes) sqlite.exec(`drop index "${i.name.replace(/"/g, '""')}"`);
  const result = work();
  for (const i of indexes) sqlite.exec(i.sql);
  return result;
}
