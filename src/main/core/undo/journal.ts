import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';

/** The key columns of every table a batch may change; undo refuses any other table. */
export const TABLE_KEYS: Readonly<Record<string, readonly string[]>> = {
  contacts: ['id'],
  contact_phones: ['id'],
  contact_emails: ['id'],
  contact_addresses: ['id'],
  contact_links: ['id'],
  history: ['id'],
  contact_tags: ['tag_id', 'contact_id'],
  contact_group_members: ['group_id', 'contact_id'],
  contact_custom_values: ['field_id', 'contact_id'],
  settings: ['key'],
  sales: ['id'],
};

type Row = Record<string, unknown>;

type Stmt = Database.Statement<unknown[], unknown>;
const statements = new WeakMap<Sqlite, { batch: Stmt; entry: Stmt; count: Stmt }>();

function prepared(sqlite: Sqlite) {
  let s = statements.get(sqlite);
  if (!s) {
    s = {
      batch: sqlite.prepare('insert into undo_batches (kind, label, count, created_at) values (?, ?, 0, ?)'),
      entry: sqlite.prepare('insert into undo_entries (batch_id, seq, tbl, row_key, before) values (?, ?, ?, ?, ?)'),
      count: sqlite.prepare('update undo_batches set count = ? where id = ?'),
    };
    statements.set(sqlite, s);
  }
  return s;
}

/**
 * The key of one entry standing for every contact with an id in (above, upTo]: all the contacts
 * an import created (ids only grow, and nothing else writes while the import holds the lock).
 */
export interface ContactRange {
  idAbove: number;
  idUpTo: number;
}

/** The range an entry's key stands for, or null for the key of a single row. */
export function contactRange(key: Record<string, unknown>): ContactRange | null {
  return typeof key.idAbove === 'number' && typeof key.idUpTo === 'number' ? { idAbove: key.idAbove, idUpTo: key.idUpTo } : null;
}

/**
 * The contact a row belongs to, so undo knows whose search entry to rebuild and whose later
 * changes to keep. A sale is linked to a contact but no part of what is edited on it.
 */
export function contactOf(table: string, row: Row): number | null {
  if (table === 'sales') return null;
  const id = table === 'contacts' ? row.id : (row.contact_id ?? row.person_id);
  return typeof id === 'number' ? id : null;
}

/**
 * Records, row by row, what a change is about to overwrite, so `undo.apply` can put it back.
 * Capture a row before changing or deleting it; note a row after inserting it. Use inside the
 * transaction that makes the change: the journal and the change commit together.
 */
export class Journal {
  private seq = 0;
  private constructor(
    private readonly sqlite: Sqlite,
    readonly batchId: number,
  ) {}

  /** Starts a batch, e.g. Journal.open(sqlite, 'bulk.tag', 'Tag 1,000 contacts', now). */
  static open(sqlite: Sqlite, kind: string, label: string, now: string): Journal {
    return new Journal(sqlite, Number(prepared(sqlite).batch.run(kind, label, now).lastInsertRowid));
  }

  private keyOf(table: string, row: Row, extra?: Row): string {
    const cols = TABLE_KEYS[table];
    if (!cols) throw new Error(`undo journal: table ${table} is not journaled`);
    const key: Row = {};
    for (const c of cols) key[c] = row[c];
    const contact = contactOf(table, row);
    if (contact != null) key.$contact = contact;
    return JSON.stringify({ ...key, ...extra });
  }

  /** Records rows as they are now, before they are changed or deleted. */
  captured(table: string, rows: readonly Row[]): void {
    const { entry } = prepared(this.sqlite);
    for (const row of rows) entry.run(this.batchId, this.seq++, table, this.keyOf(table, row), JSON.stringify(row));
  }

  /** Reads and records the rows of `table` matching `where` (SQL with ? params). */
  capture(table: string, where: string, ...params: unknown[]): Row[] {
    const rows = this.sqlite.prepare(`select * from ${table} where ${where}`).all(...params) as Row[];
    this.captured(table, rows);
    return rows;
  }

  /** Records that a row was inserted: undo deletes it. `row` needs the key columns. */
  inserted(table: string, row: Row): void {
    prepared(this.sqlite).entry.run(this.batchId, this.seq++, table, this.keyOf(table, row), null);
  }

  /**
   * Records that every contact with an id above `above`, up to `upTo`, was inserted, as one
   * entry: an import of 200,000 contacts would otherwise write 200,000 entries (a tenth of its
   * time). Undo deletes the contacts of the range that are still there.
   */
  insertedContacts(above: number, upTo: number): void {
    if (upTo <= above) return;
    const key: ContactRange = { idAbove: above, idUpTo: upTo };
    prepared(this.sqlite).entry.run(this.batchId, this.seq++, 'contacts', JSON.stringify(key), null);
  }

  /** Stores how many records the batch touched (shown in the undo menu). */
  finish(count: number): void {
    prepared(this.sqlite).count.run(count, this.batchId);
  }
}
