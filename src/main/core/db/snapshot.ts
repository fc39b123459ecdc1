import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { ServiceContext } from '../context';
import type { DB } from './schema';

/**
 * Runs `work` on a read-only connection of its own, inside one read transaction: it sees the
 * data file as it was when it began (the write-ahead log keeps that snapshot for it), however
 * long it takes and whatever the app writes meanwhile, and it never waits for those writes or
 * holds them up. For long reads such as exports, which can then run beside the app's other
 * calls instead of in their queue.
 * @example await withSnapshot(ctx, (snap) => exportEverything(snap))
 */
export async function withSnapshot<T>(ctx: ServiceContext, work: (snapshot: ServiceContext) => Promise<T>): Promise<T> {
  const sqlite = new Database(ctx.dataFile, { readonly: true, fileMustExist: true });
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    sqlite.pragma('cache_size = -16384');
    sqlite.exec('begin');
    // A read transaction takes its snapshot at its first read, not at BEGIN.
    sqlite.prepare('select count(*) from sqlite_master').get();
    return await work({ ...ctx, db, sqlite });
  } finally {
    if (sqlite.inTransaction) sqlite.exec('commit');
    await db.destroy();
  }
}
