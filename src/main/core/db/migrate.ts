import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import { migrations } from './migrations';
import { AppError } from '../errors';

const MIGRATION_TABLE = 'kysely_migration';
const provider: MigrationProvider = { getMigrations: async () => migrations };

export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1)!;

/** Which migrations a file already has, read without writing to it. */
function appliedMigrations(file: string): string[] {
  if (!existsSync(file) || statSync(file).size === 0) return [];
  const ro = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = ro.prepare(`select name from sqlite_master where type='table' and name=?`).get(MIGRATION_TABLE);
    if (!table) return [];
    return (ro.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as { name: string }[]).map((r) => r.name);
  } finally {
    ro.close();
  }
}

export interface MigrationPlan {
  applied: string[];
  pending: string[];
}

/**
 * Decides what opening `file` will do. Throws `db_newer_version` when the file holds migrations
 * this build does not know: such a file is never touched.
 */
export function planMigration(file: string): MigrationPlan {
  const applied = appliedMigrations(file);
  const unknown = applied.filter((name) => !(name in migrations));
  if (unknown.length) throw new AppError('db_newer_version', 'dbNewerVersion', { found: unknown.at(-1) });
  const done = new Set(applied);
  return { applied, pending: Object.keys(migrations).sort().filter((n) => !done.has(n)) };
}

/** Where the copy of a file taken before migrating it goes. */
export function backupPathFor(file: string, stamp = new Date()): string {
  const ts = stamp.toISOString().replace(/[-:]/g, '').replace(/\..+$/, '');
  return join(dirname(file), 'backups', `${basename(file)}.${ts}.before-migration.sqlite`);
}

/** Runs pending migrations one by one, each in its own transaction. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: MIGRATION_TABLE });
  const ran: string[] = [];
  for (;;) {
    const { error, results } = await migrator.migrateUp();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    const done = results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
    if (!done.length) return ran;
    ran.push(...done);
  }
}
