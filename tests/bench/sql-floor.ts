import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../src/main/app/create-backend';
import { ContactWriter } from '../../src/main/core/contacts/contact-writer';
import { storedSearchDocuments } from '../../src/main/core/contacts/search-rebuild';
import { MultiRowInsert } from '../../src/main/core/db/multi-row-insert';

/** The tables an import of new contacts fills, in the order it writes them. */
const ROW_TABLES = ['contacts', 'contact_phones', 'contact_emails', 'contact_addresses', 'contact_links', 'contact_custom_values', 'contact_tags', 'contact_group_members'];
/** Rows an import makes once, copied before the clock starts. */
const SMALL_TABLES = ['tags', 'custom_fields', 'staff', 'contact_groups'];

/** Where stageStoredRows leaves the rows for sqlFloorSeconds. */
const STAGED = 'floor-rows.sqlite';

/**
 * Copies what an import stored into plain tables of a file in `dir`, with the search documents
 * the index keeps no copy of made again from the rows: the input of sqlFloorSeconds, made
 * before its clock starts (and before the import is undone).
 */
export function stageStoredRows(dir: string, imported: string): void {
  const staged = new Database(join(dir, STAGED));
  try {
    staged.prepare('attach ? as imported').run(imported);
    for (const t of [...ROW_TABLES, ...SMALL_TABLES]) staged.exec(`create table ${t} as select * from imported.${t}`);
    staged.exec('create table search_docs (id integer primary key, doc text not null)');
    staged.transaction(() => {
      const docs = new MultiRowInsert(staged, 'insert into search_docs (id, doc)', 2);
      for (const d of storedSearchDocuments(staged)) docs.add([d.id, d.doc]);
      docs.flush();
    })();
  } finally {
    staged.close();
  }
}

/**
 * SQLite's own time for what an import stored, with no JavaScript per row: the rows
 * stageStoredRows kept, copied by `insert … select` into a new data file of the same schema,
 * inside the import's own bulk write (ContactWriter.bulk: list indexes built once at the end,
 * search documents put into the index in one statement and merged), with the import thread's
 * settings (import-worker.ts). Reading and checking the file, and binding each value, are left
 * out, so no import into this schema can be faster on the same machine.
 * @returns the rows copied and the seconds of the copy, commit included
 */
export async function sqlFloorSeconds(dir: string): Promise<{ rows: number; seconds: number }> {
  const target = join(dir, 'floor.sqlite');
  for (const f of [target, `${target}-wal`, `${target}-shm`]) rmSync(f, { force: true });
  await (await createBackend({ dataFile: target, mode: 'browser', systemLocale: 'de-DE' })).close();
  const db = new Database(target);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = OFF');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -16384');
    db.pragma('wal_autocheckpoint = 0');
    db.prepare('attach ? as staged').run(join(dir, STAGED));
    for (const t of SMALL_TABLES) db.exec(`insert or replace into ${t} select * from staged.${t}`);
    const rows = db.prepare('select count(*) from staged.contacts').pluck().get() as number;
    const writer = new ContactWriter(db, 'DE');
    const start = performance.now();
    db.transaction(() =>
      writer.bulk(rows, () => {
        for (const t of ROW_TABLES) db.exec(`insert into main.${t} select * from staged.${t}`);
        // Where a bulk write gathers the documents of its new contacts (SearchIndexer.addNew).
        db.exec('insert into temp.bulk_docs (id, doc) select id, doc from staged.search_docs');
      }),
    ).immediate();
    return { rows, seconds: (performance.now() - start) / 1000 };
  } finally {
    db.close();
  }
}
