import type { Sqlite } from '../db/connection';

const DEFAULT_COLOR = '#868e96';

/**
 * Rows found by name (any case) or made, remembering each, inside an import's transaction: the
 * tags and groups a file names, and the staff its owner column names. What it makes carries the
 * import's time, which is how the import's undo finds it.
 */
export class FoundByName {
  private readonly cache = new Map<string, number>();
  /** The ids of the rows this finder made (rather than found). */
  private readonly madeIds = new Set<number>();

  constructor(
    private readonly find: (name: string) => number | undefined,
    private readonly make: (name: string) => number,
  ) {}

  /** The id for a name (trimmed, at most 100 characters), making the row when there is none. */
  id(name: string): number {
    const key = name.trim().slice(0, 100);
    const lower = key.toLowerCase();
    let id = this.cache.get(lower);
    if (id === undefined) {
      id = this.find(key);
      if (id === undefined) {
        id = this.make(key);
        this.madeIds.add(id);
      }
      this.cache.set(lower, id);
    }
    return id;
  }

  /** Whether `id` is a row this finder made: an import notes whether it made its own tag, which its undo then removes. */
  made(id: number): boolean {
    return this.madeIds.has(id);
  }
}

/** A finder over one table: `find` selects an id by name, `insert` adds a row from the values `row` gives. */
function finderOf(sqlite: Sqlite, find: string, insert: string, row: (name: string) => unknown[]): FoundByName {
  const select = sqlite.prepare(find).pluck();
  const add = sqlite.prepare(insert);
  return new FoundByName(
    (name) => select.get(name) as number | undefined,
    (name) => Number(add.run(...row(name)).lastInsertRowid),
  );
}

/** Tags by name. */
export const tagFinder = (sqlite: Sqlite, now: string): FoundByName =>
  finderOf(sqlite, 'select id from tags where name = ? collate nocase', 'insert into tags (name, color, created_at) values (?, ?, ?)', (name) => [name, DEFAULT_COLOR, now]);

/** Contact groups by name. */
export const groupFinder = (sqlite: Sqlite, now: string): FoundByName =>
  finderOf(
    sqlite,
    'select id from contact_groups where name = ? collate nocase order by id limit 1',
    "insert into contact_groups (name, description, created_at) values (?, '', ?)",
    (name) => [name, now],
  );

/**
 * The office's staff by name, as an owner column ("Owner", "负责人") names them; those missing
 * are added. Active staff first: a name reused after someone left is the one working now.
 */
export const staffFinder = (sqlite: Sqlite, now: string): FoundByName =>
  finderOf(
    sqlite,
    'select id from staff where name = ? collate nocase order by active desc, id limit 1',
    "insert into staff (name, email, active, created_at) values (?, '', 1, ?)",
    (name) => [name, now],
  );
