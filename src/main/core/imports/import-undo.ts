import type Database from 'better-sqlite3';
import type { ImportUndone } from '../../../shared/contract/imports.contract';
import { isoNow, type ServiceContext } from '../context';
import type { Sqlite } from '../db/connection';
import { AppError, notFound } from '../errors';
import { SearchIndexer } from '../contacts/search-index';
import { BULK_INDEXES, BULK_ROWS } from '../contacts/contact-writer';
import { TABLE_KEYS } from '../undo/journal';
import { importRecord } from './import-history';
import { deleteSetWise, setWiseDeleteCovers } from './set-wise-delete';
import { withIndexesRebuilt } from '../db/rebuild-indexes';
import { trashWorkedOn } from './worked-on';

const COLUMN = /^[a-z_]+$/;

/**
 * Tables whose journaled rows are put back only while they are there: a sale a sales import
 * changed may have gone since with the import that stored it, and must not come back.
 */
const PUT_BACK_WHILE_THERE = new Set(['sales']);

/** Puts journaled rows back one by one (the few contacts an import updated), statements reused. */
class RowRestorer {
  private readonly cache = new Map<string, Database.Statement<unknown[], unknown>>();
  constructor(private readonly sqlite: Sqlite) {}

  private stmt(text: string) {
    let s = this.cache.get(text);
    if (!s) this.cache.set(text, (s = this.sqlite.prepare<unknown[], unknown>(text)));
    return s;
  }

  restore(table: string, key: Record<string, unknown>, before: Record<string, unknown> | null): void {
    const keyCols = TABLE_KEYS[table];
    if (!keyCols) throw new Error(`undo: table ${table} is not journaled`);
    const where = keyCols.map((c) => `${c} = ?`).join(' and ');
    const keyVals = keyCols.map((c) => key[c]);
    if (before === null) {
      this.stmt(`delete from ${table} where ${where}`).run(...keyVals);
      return;
    }
    const cols = Object.keys(before).filter((c) => COLUMN.test(c));
    const vals = cols.map((c) => before[c]);
    const changed = this.stmt(`update ${table} set ${cols.map((c) => `${c} = ?`).join(', ')} where ${where}`).run(...vals, ...keyVals).changes;
    if (!changed && !PUT_BACK_WHILE_THERE.has(table)) this.stmt(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`).run(...vals);
  }
}

/** What an undo kept of the import's contacts: see ImportUndone. */
type Kept = Pick<ImportUndone, 'movedToTrash' | 'leftAsTheyAre'>;

/**
 * Undoes a contacts import in one transaction, fast enough for 200,000 rows: the contacts it
 * created are deleted set-wise with every row that hangs off them (phones, emails, addresses,
 * tags, search keys), except those worked on since, which go to the trash with their notes and
 * links (trashWorkedOn); the contacts it updated get their journaled rows back, and a tag the
 * import made is removed once nothing carries it, as is a custom field it made once no value is in it
 * and a staff member it added once no contact, history entry or mailing names them.
 * Contacts it updated that were changed since are left as they are now, but for the import's tag.
 * Sales a sales import changed get their values back while they are there (PUT_BACK_WHILE_THERE).
 * @returns how many of the contacts it created went to the trash instead, and how many it updated were left
 */
function undoContacts(sqlite: Sqlite, batchId: number, tagId: number | null, tagCreated: boolean, createdAt: string, now: string): Kept {
  sqlite.exec('create temp table if not exists import_undo_ids (id integer primary key)');
  sqlite.exec('delete from import_undo_ids');
  // The contacts it created: one entry for their id range (or, journaled by earlier versions, one each).
  sqlite
    .prepare(
      `insert or ignore into import_undo_ids (id)
       select c.id from undo_entries e join contacts c on c.id > json_extract(e.row_key, '$.idAbove') and c.id <= json_extract(e.row_key, '$.idUpTo')
       where e.batch_id = ? and e.tbl = 'contacts' and e.before is null and json_extract(e.row_key, '$.idAbove') is not null`,
    )
    .run(batchId);
  sqlite
    .prepare(
      `insert or ignore into import_undo_ids (id) select json_extract(row_key, '$.id') from undo_entries
       where batch_id = ? and tbl = 'contacts' and before is null and json_extract(row_key, '$.id') is not null`,
    )
    .run(batchId);
  const movedToTrash = trashWorkedOn(sqlite, 'import_undo_ids', createdAt, batchId, now);
  const leaving = sqlite.prepare('select count(*) from import_undo_ids').pluck().get() as number;
  const staying = (sqlite.prepare('select count(*) from contacts').pluck().get() as number) - leaving;
  const mostGo = leaving >= BULK_ROWS && leaving > staying;
  // The search entries: deleting one costs about a tenth of writing one, so an import that
  // brought ten times what stays empties the index and writes the staying contacts' again.
  const emptyIndex = mostGo && staying * 10 < leaving;
  if (emptyIndex) sqlite.exec("insert into contact_fts (contact_fts) values ('delete-all')");
  else sqlite.exec('delete from contact_fts where rowid in (select id from import_undo_ids)');
  // Undoing an import that brought most of the file: rebuilding the indexes over the rows that
  // stay, and emptying the tables and putting back what stays, beats deleting 200,000 entries
  // from each B-tree one by one.
  withIndexesRebuilt(sqlite, BULK_INDEXES, mostGo, () => deleteSetWise(sqlite, 'contacts', 'select id from import_undo_ids', mostGo));
  const index = new SearchIndexer(sqlite);
  if (emptyIndex) for (const id of sqlite.prepare('select id from contacts').pluck().all() as number[]) index.refresh(id);
  const rest = sqlite
    .prepare(`select tbl, row_key, before from undo_entries where batch_id = ? and not (tbl = 'contacts' and before is null) order by seq desc`)
    .all(batchId) as { tbl: string; row_key: string; before: string | null }[];
  const restorer = new RowRestorer(sqlite);
  const entries = rest.map((e) => ({ ...e, key: JSON.parse(e.row_key) as Record<string, unknown> }));
  // The contacts it updated that someone changed since keep what they have now: putting back
  // their rows from before the import would throw that later work away.
  const updated = [...new Set(entries.map((e) => e.key.$contact).filter((id): id is number => typeof id === 'number'))];
  const changedSince = new Set<number>();
  const changed = sqlite.prepare('select 1 from contacts where id = ? and updated_at > ?').pluck();
  for (const id of updated) if (changed.get(id, createdAt)) changedSince.add(id);
  const touched = new Set<number>();
  // Only the import's own tag comes off those: it marks what the import touched.
  const importTag = (e: (typeof entries)[number]) => e.tbl === 'contact_tags' && e.before === null && tagId !== null && e.key.tag_id === tagId;
  for (const e of entries) {
    const contact = typeof e.key.$contact === 'number' ? e.key.$contact : null;
    if (contact !== null && changedSince.has(contact) && !importTag(e)) continue;
    restorer.restore(e.tbl, e.key, e.before === null ? null : (JSON.parse(e.before) as Record<string, unknown>));
    if (contact !== null) touched.add(contact);
  }
  for (const id of touched) index.refresh(id);
  // The import's own tag, and tags the file named that did not exist before (made with the
  // import's own timestamp), go once nothing carries them.
  sqlite.exec('create temp table if not exists import_undo_tags (id integer primary key)');
  sqlite.exec('delete from import_undo_tags');
  sqlite
    .prepare(
      `insert into import_undo_tags (id) select id from tags
       where ((id = ? and ? = 1) or created_at = ?) and not exists (select 1 from contact_tags where tag_id = tags.id)`,
    )
    .run(tagId, tagCreated ? 1 : 0, createdAt);
  deleteSetWise(sqlite, 'tags', 'select id from import_undo_tags');
  // So do the groups the file named that did not exist (groupFinder, with its timestamp too) once
  // they have no members,
  sqlite
    .prepare('delete from contact_groups where created_at = ? and not exists (select 1 from contact_group_members m where m.group_id = contact_groups.id)')
    .run(createdAt);
  // the custom fields it made (makeFields), and the staff it added
  // for an owner column no staff member had the name of (staffFinder), once no one refers to them.
  sqlite
    .prepare('delete from custom_fields where created_at = ? and not exists (select 1 from contact_custom_values v where v.field_id = custom_fields.id)')
    .run(createdAt);
  sqlite
    .prepare(
      `delete from staff where created_at = ?
       and not exists (select 1 from contacts c where c.owner_id = staff.id)
       and not exists (select 1 from history h where h.staff_id = staff.id)
       and not exists (select 1 from mailing_runs m where m.staff_id = staff.id)`,
    )
    .run(createdAt);
  sqlite.prepare('update undo_batches set undone_at = ? where id = ?').run(now, batchId);
  sqlite.exec('delete from import_undo_ids');
  sqlite.exec('delete from import_undo_tags');
  return { movedToTrash, leftAsTheyAre: changedSince.size };
}

/**
 * Whether an undo may run with foreign keys off: the import only created contacts (nothing is
 * put back that the keys should check) and every reference to contacts and tags is one the
 * set-wise delete handles itself (the custom fields it may remove are empty). SQLite then skips a
 * dozen lookups per deleted contact.
 */
function onlyDeletes(sqlite: Sqlite, batchId: number): boolean {
  if (sqlite.inTransaction) return false;
  const restores = sqlite.prepare(`select 1 from undo_entries where batch_id = ? and not (tbl = 'contacts' and before is null) limit 1`).get(batchId);
  return restores === undefined && setWiseDeleteCovers(sqlite, ['contacts', 'tags']);
}

/** Undoes one import: a contacts import as above, a sales import by deleting its sales and then the customers it added, as above. */
export async function undoImport(ctx: ServiceContext, importId: number): Promise<ImportUndone> {
  const record = await importRecord(ctx, importId);
  if (record.undoneAt) throw new AppError('conflict', 'imports.alreadyUndone', { name: record.name });
  if (!record.undoable) throw new AppError('conflict', 'imports.notUndoable', { name: record.name });
  const row = await ctx.db.selectFrom('import_batches').select(['undo_batch_id', 'tag_id', 'tag_created']).where('id', '=', importId).executeTakeFirst();
  if (!row) throw notFound('import', importId);
  const now = isoNow(ctx);
  const sqlite = ctx.sqlite;
  const batchId = row.undo_batch_id;
  // Foreign keys can only be switched outside a transaction; nothing else runs on this
  // connection until the synchronous transaction below has finished.
  const keysOff = batchId !== null && onlyDeletes(sqlite, batchId);
  const cache = sqlite.pragma('cache_size', { simple: true }) as number;
  if (keysOff) sqlite.pragma('foreign_keys = OFF');
  // Deleting 200,000 contacts touches pages of a score of indexes: give the page cache room.
  sqlite.pragma('cache_size = -262144');
  let kept: Kept = { movedToTrash: 0, leftAsTheyAre: 0 };
  try {
    sqlite.transaction(() => {
      if (record.kind === 'sales') sqlite.prepare('delete from sales where import_id = ?').run(importId);
      if (batchId !== null) kept = undoContacts(sqlite, batchId, row.tag_id, row.tag_created === 1, record.createdAt, now);
      sqlite.prepare('update import_batches set undone_at = ? where id = ?').run(now, importId);
    })();
  } finally {
    if (keysOff) sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`cache_size = ${cache}`);
  }
  return { ...(await importRecord(ctx, importId)), ...kept };
}
