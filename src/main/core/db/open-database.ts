import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { connect, type Connection } from './connection';
import { backupPathFor, migrateToLatest, planMigration } from './migrate';

export interface OpenResult extends Connection {
  /** The copy taken before migrating an existing file, if one was needed. */
  backupFile: string | null;
  migrated: string[];
}

/**
 * Opens the office's data file: refuses a file from a newer version untouched, copies an
 * existing file aside before upgrading it, then migrates to the latest schema.
 * @example const { db, close } = await openDatabase('/tmp/crm.sqlite');
 */
export async function openDatabase(file: string): Promise<OpenResult> {
  mkdirSync(dirname(file), { recursive: true });
  const plan = planMigration(file);
  const conn = connect(file);
  let backupFile: string | null = null;
  try {
    if (plan.applied.length && plan.pending.length) {
      backupFile = backupPathFor(file);
      mkdirSync(dirname(backupFile), { recursive: true });
      // The backup API copies a consistent snapshot, WAL contents included.
      await conn.sqlite.backup(backupFile);
    }
    const migrated = await migrateToLatest(conn.db);
    return { ...conn, backupFile, migrated };
  } catch (err) {
    await conn.close();
    throw err;
  }
}
