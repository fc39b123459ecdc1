import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as foundation from '../../../src/main/core/db/migrations/2026-11-23-001-foundation';
import { migrations } from '../../../src/main/core/db/migrations';
import { LATEST_MIGRATION } from '../../../src/main/core/db/migrate';
import { tempBackend, type TempBackend } from '../support/temp-backend';

let dir: string;
let file: string;
let b: TempBackend | undefined;

/** Writes a data file as the first release did: only the foundation migration, with two people. */
async function firstReleaseFile(path: string): Promise<void> {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file of an older schema
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({
    db,
    migrationTableName: 'kysely_migration',
    provider: { getMigrations: async () => ({ '2026-11-23-001-foundation': foundation }) },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  const now = '2026-01-01T00:00:00.000Z';
  sqlite
    .prepare(`insert into contacts (id, kind, given_name, family_name, display_name, sort_name, created_at, updated_at) values (?, 'person', ?, ?, ?, ?, ?, ?)`)
    .run(1, '小明', '王', '王小明', '王 小明', now, now);
  sqlite
    .prepare(`insert into contacts (id, kind, given_name, family_name, display_name, sort_name, created_at, updated_at) values (?, 'person', ?, ?, ?, ?, ?, ?)`)
    .run(2, 'Anna', 'Weber', 'Anna Weber', 'weber anna', now, now);
  sqlite
    .prepare(`insert into contact_phones (contact_id, label, value, raw, digits, valid, is_primary, position) values (1, 'mobile', '+8613812345678', '138 1234 5678', '8613812345678', 1, 1, 0)`)
    .run();
  sqlite.prepare(`insert into contact_emails (contact_id, label, value, is_primary, position) values (2, 'work', 'anna@weber.example', 1, 0)`).run();
  await db.destroy();
}

/** Writes a data file as the release before prefix tokens did: 1-2 character keys in a table of their own. */
async function prefixKeysFile(path: string): Promise<void> {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file of an older schema
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  const older = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-12-06-011'));
  const { error } = await new Migrator({ db, migrationTableName: 'kysely_migration', provider: { getMigrations: async () => older } }).migrateToLatest();
  if (error) throw error;
  const now = '2026-11-30T00:00:00.000Z';
  sqlite
    .prepare(`insert into contacts (id, kind, given_name, family_name, display_name, sort_name, created_at, updated_at) values (7, 'person', 'Jonas', 'Quast', 'Jonas Quast', 'quast jonas', ?, ?)`)
    .run(now, now);
  sqlite.prepare(`insert into contact_fts (rowid, doc) values (7, 'Jonas Quast')`).run();
  sqlite.prepare(`insert into contact_search_keys (key, contact_id) values ('jo', 7), ('qu', 7)`).run();
  await db.destroy();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-migrate-'));
  file = join(dir, 'crm.sqlite');
});
afterEach(async () => {
  await b?.dispose();
  b = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('a data file from the first release', () => {
  it('opens with this version, is upgraded, keeps its rows, and a copy of the old file is kept', async () => {
    await firstReleaseFile(file);
    b = await tempBackend({ file });
    expect(b.connection.migrated).toContain(LATEST_MIGRATION);
    expect(b.connection.backupFile).not.toBeNull();
    expect(existsSync(b.connection.backupFile!)).toBe(true);
    const old = new Database(b.connection.backupFile!, { readonly: true });
    expect(old.prepare('select name from kysely_migration').pluck().all()).toEqual(['2026-11-23-001-foundation']);
    expect(old.prepare('select count(*) from contacts').pluck().get()).toBe(2);
    old.close();

    const wang = await b.value('contacts.get', { id: 1 });
    expect(wang).toMatchObject({ displayName: '王小明', tier: null, addresses: [], comm: { doNotContact: false } });
    expect(wang.phones[0]).toMatchObject({ value: '+8613812345678', primary: true });
    const page = await b.value('contacts.list', {});
    expect(page.rows.map((r) => [r.displayName, r.email])).toEqual([
      ['王小明', null],
      ['Anna Weber', 'anna@weber.example'],
    ]);
  });

  it('finds the old rows through the new search index: pinyin, initials, phone digits, email', async () => {
    await firstReleaseFile(file);
    b = await tempBackend({ file });
    for (const q of ['wxm', 'wangxiaoming', '5678', 'weber.example', 'an']) {
      expect((await b.value('contacts.list', { search: q })).total, q).toBe(1);
    }
  });
});

describe('a data file whose short searches used prefix keys', () => {
  it('still finds a customer by one or two letters once upgraded, and the keys table is gone', async () => {
    await prefixKeysFile(file);
    b = await tempBackend({ file });
    for (const q of ['q', 'qu', 'jo', 'j q', 'quast']) {
      expect((await b.value('contacts.list', { search: q })).rows.map((r) => r.id), q).toEqual([7]);
    }
    expect(b.connection.sqlite.prepare("select count(*) from sqlite_master where name like 'contact_search_keys%'").pluck().get()).toBe(0);
  });
});
