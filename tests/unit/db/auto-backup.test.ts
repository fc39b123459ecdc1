import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupIfDue, dailyBackupPath } from '../../../src/main/core/db/auto-backup';
import { connect, type Connection } from '../../../src/main/core/db/connection';

let dir: string;
let file: string;
let conn: Connection;

const day = (d: number) => new Date(2026, 2, d, 9, 30); // 9:30 local time, March 2026
const backups = () => readdirSync(join(dir, 'backups')).sort();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-backup-'));
  file = join(dir, 'crm.sqlite');
  conn = connect(file);
  conn.sqlite.exec(`create table contact (id integer primary key, name text); insert into contact (name) values ('Anna Weber'), ('王小明');`);
});
afterEach(async () => {
  await conn.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('automatic daily backups', () => {
  it('copies the open database into backups/ with the day in its name, readable on its own', async () => {
    const { created } = await backupIfDue(conn.sqlite, file, { now: day(11) });
    expect(created).toBe(join(dir, 'backups', 'crm.sqlite.20260311.daily.sqlite'));
    const copy = new Database(created!, { readonly: true });
    try {
      expect(copy.prepare('select name from contact order by id').all()).toEqual([{ name: 'Anna Weber' }, { name: '王小明' }]);
    } finally {
      copy.close();
    }
  });

  it('includes changes still in the write-ahead log', async () => {
    conn.sqlite.prepare('insert into contact (name) values (?)').run('Zoe Miller');
    const { created } = await backupIfDue(conn.sqlite, file, { now: day(11) });
    const copy = new Database(created!, { readonly: true });
    try {
      expect(copy.prepare('select count(*) n from contact').get()).toEqual({ n: 3 });
    } finally {
      copy.close();
    }
  });

  it('takes one copy a day, however often the app starts', async () => {
    await backupIfDue(conn.sqlite, file, { now: day(11) });
    conn.sqlite.prepare('insert into contact (name) values (?)').run('later that day');
    expect((await backupIfDue(conn.sqlite, file, { now: new Date(2026, 2, 11, 17, 0) })).created).toBeNull();
    expect((await backupIfDue(conn.sqlite, file, { now: day(12) })).created).toBe(dailyBackupPath(file, day(12)));
    expect(backups()).toEqual(['crm.sqlite.20260311.daily.sqlite', 'crm.sqlite.20260312.daily.sqlite']);
  });

  it('keeps the newest 14 days by default and removes older ones', async () => {
    for (let d = 1; d <= 16; d++) await backupIfDue(conn.sqlite, file, { now: day(d) });
    const kept = backups();
    expect(kept).toHaveLength(14);
    expect(kept[0]).toBe('crm.sqlite.20260303.daily.sqlite');
    expect(kept.at(-1)).toBe('crm.sqlite.20260316.daily.sqlite');
  });

  it('honours a smaller number to keep, and reports what it removed', async () => {
    for (let d = 1; d <= 3; d++) await backupIfDue(conn.sqlite, file, { now: day(d), keep: 5 });
    const { removed } = await backupIfDue(conn.sqlite, file, { now: day(4), keep: 2 });
    expect(removed.map((f) => f.slice(dir.length + 1))).toEqual([
      join('backups', 'crm.sqlite.20260301.daily.sqlite'),
      join('backups', 'crm.sqlite.20260302.daily.sqlite'),
    ]);
    expect(backups()).toEqual(['crm.sqlite.20260303.daily.sqlite', 'crm.sqlite.20260304.daily.sqlite']);
  });

  it('never deletes the copy taken before a migration, nor other files in the folder', async () => {
    await backupIfDue(conn.sqlite, file, { now: day(1) });
    const migrationCopy = join(dir, 'backups', 'crm.sqlite.20260101T080000.before-migration.sqlite');
    const other = join(dir, 'backups', 'notes.txt');
    writeFileSync(migrationCopy, 'x');
    writeFileSync(other, 'x');
    for (let d = 2; d <= 5; d++) await backupIfDue(conn.sqlite, file, { now: day(d), keep: 1 });
    expect(existsSync(migrationCopy)).toBe(true);
    expect(existsSync(other)).toBe(true);
    expect(backups().filter((f) => f.endsWith('.daily.sqlite'))).toEqual(['crm.sqlite.20260305.daily.sqlite']);
  });

  it('replaces a half-written copy left by a crash instead of counting it as done', async () => {
    const target = dailyBackupPath(file, day(11));
    await backupIfDue(conn.sqlite, file, { now: day(10) });
    writeFileSync(`${target}.partial`, 'truncated');
    expect((await backupIfDue(conn.sqlite, file, { now: day(11) })).created).toBe(target);
    expect(existsSync(`${target}.partial`)).toBe(false);
  });
});
