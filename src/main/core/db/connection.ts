import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DB } from './schema';

export type Sqlite = Database.Database;

export interface Connection {
  db: Kysely<DB>;
  sqlite: Sqlite;
  file: string;
  close(): Promise<void>;
}

/** How long a statement waits for another connection's write lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/** Opens (or creates) the SQLite file with the settings every connection needs. */
export function connect(file: string): Connection {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // WAL + NORMAL is durable across application crashes; only an OS crash can lose the last commits.
  sqlite.pragma('synchronous = NORMAL');
  // The default 2 MB page cache is small for 100k-row lists and counts.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('mmap_size = 268435456');
  // Refresh planner statistics where they are stale, so filters keep to their own indexes.
  sqlite.pragma('optimize = 0x10002');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    file,
    async close() {
      sqlite.pragma('optimize');
      await db.destroy();
    },
  };
}
