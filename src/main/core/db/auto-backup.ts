import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Sqlite } from './connection';

export const DEFAULT_KEEP = 14;

export interface BackupOutcome {
  /** The copy written now, or null when today's copy already existed. */
  created: string | null;
  /** Older daily copies removed to keep only the newest ones. */
  removed: string[];
}

/** The folder that holds the copies of `dataFile`: backups/ next to it. */
export const backupDir = (dataFile: string): string => join(dirname(dataFile), 'backups');

/** Local calendar day as YYYYMMDD: "once a day" means the user's day, not UTC's. */
function dayStamp(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
}

/** The daily copy's path for `dataFile` on the day of `now`, e.g. backups/crm.sqlite.20260311.daily.sqlite. */
export function dailyBackupPath(dataFile: string, now: Date): string {
  return join(backupDir(dataFile), `${basename(dataFile)}.${dayStamp(now)}.daily.sqlite`);
}

function dailyBackups(dataFile: string): string[] {
  const dir = backupDir(dataFile);
  if (!existsSync(dir)) return [];
  const prefix = `${basename(dataFile)}.`;
  // Only our own daily copies: the copies taken before a migration are never pruned here.
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && /^\d{8}\.daily\.sqlite$/.test(name.slice(prefix.length)))
    .sort();
}

/**
 * Takes today's copy of the open database if there is none yet, then removes all but the newest
 * `keep` daily copies. SQLite's backup API copies a consistent snapshot (WAL included) while the
 * app keeps working; the copy is written under a temporary name and renamed, so a crash midway
 * never leaves a half copy that would pass for today's.
 * @example await backupIfDue(sqlite, '/data/crm.sqlite', { now: new Date(), keep: 14 })
 */
export async function backupIfDue(
  sqlite: Sqlite,
  dataFile: string,
  options: { now?: Date; keep?: number } = {},
): Promise<BackupOutcome> {
  const now = options.now ?? new Date();
  const keep = Math.max(1, options.keep ?? DEFAULT_KEEP);
  const target = dailyBackupPath(dataFile, now);
  let created: string | null = null;
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    const partial = `${target}.partial`;
    rmSync(partial, { force: true });
    try {
      await sqlite.backup(partial);
      renameSync(partial, target);
    } catch (err) {
      rmSync(partial, { force: true });
      throw err;
    }
    created = target;
  }
  const all = dailyBackups(dataFile);
  const removed = all.slice(0, Math.max(0, all.length - keep)).map((name) => join(backupDir(dataFile), name));
  for (const file of removed) rmSync(file, { force: true });
  return { created, removed };
}

/**
 * Backs up now and then every `intervalMs` (an office may leave the app open for days), logging
 * rather than throwing: a failed backup must never stop the work. Returns a function that stops it.
 */
export function startAutoBackup(
  sqlite: Sqlite,
  dataFile: string,
  options: { keep?: number; intervalMs?: number; log?: (message: string, err?: unknown) => void } = {},
): () => void {
  const log = options.log ?? ((message: string, err?: unknown) => (err === undefined ? console.info(message) : console.warn(message, err)));
  let running = false;
  const run = async () => {
    // A restore holds its transaction across the reading of each sheet: back up after it instead.
    if (running || !sqlite.open || sqlite.inTransaction) return;
    running = true;
    try {
      const { created } = await backupIfDue(sqlite, dataFile, { keep: options.keep });
      if (created) log(`[backup] wrote ${created}`);
    } catch (err) {
      log(`[backup] could not back up ${dataFile}`, err);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), options.intervalMs ?? 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
