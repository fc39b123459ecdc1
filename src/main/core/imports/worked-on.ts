import type { Sqlite } from '../db/connection';

/** The tables an import writes for the contacts it creates. A row of any other table that points at one was added since. */
const IMPORT_WRITES = new Set(['contact_phones', 'contact_emails', 'contact_addresses', 'contact_tags', 'contact_group_members', 'contact_custom_values']);
const NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Of the contacts an import created, listed in the temporary table `temp.<candidates>` (one
 * `id` column), those someone worked on after `since` (the import's time): edited, trashed or
 * merged (updated_at), given a note, call, letter, link or sale (a row in a table the import
 * does not write, read from the schema so tables added later count), or tagged or put in a
 * group by a later change still in effect. Those are moved to the trash with all of it instead of being
 * deleted, and taken out of the candidates. Returns how many.
 */
export function trashWorkedOn(sqlite: Sqlite, candidates: string, since: string, importBatchId: number | null, now: string): number {
  if (!NAME.test(candidates)) throw new Error(`not a table name: ${candidates}`);
  const ids = `select id from temp.${candidates}`;
  sqlite.exec('create temp table if not exists import_worked_on (id integer primary key)');
  sqlite.exec('delete from temp.import_worked_on');
  const add = (select: string, ...params: unknown[]) => sqlite.prepare(`insert or ignore into temp.import_worked_on (id) ${select}`).run(...params);
  add(`select id from contacts where id in (${ids}) and updated_at > ?`, since);
  const references = sqlite
    .prepare(
      `select m.name as "table", f."from" as "column" from sqlite_master m, pragma_foreign_key_list(m.name) f
       where m.type = 'table' and f."table" = 'contacts'`,
    )
    .all() as { table: string; column: string }[];
  for (const r of references) {
    if (IMPORT_WRITES.has(r.table) || !NAME.test(r.table) || !NAME.test(r.column)) continue;
    add(`select ${r.column} from ${r.table} where ${r.column} in (${ids})`);
  }
  add(
    `select json_extract(e.row_key, '$.contact_id') from undo_entries e join undo_batches b on b.id = e.batch_id
     where e.tbl in ('contact_tags', 'contact_group_members') and e.batch_id is not ? and b.created_at >= ? and b.undone_at is null
       and json_extract(e.row_key, '$.contact_id') in (${ids})`,
    importBatchId,
    since,
  );
  const moved = sqlite.prepare('select count(*) from temp.import_worked_on').pluck().get() as number;
  if (moved) {
    sqlite.prepare('update contacts set deleted_at = coalesce(deleted_at, ?), updated_at = ? where id in (select id from temp.import_worked_on)').run(now, now);
    sqlite.exec(`delete from temp.${candidates} where id in (select id from temp.import_worked_on)`);
  }
  sqlite.exec('delete from temp.import_worked_on');
  return moved;
}
