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

/** Tags by name. */
export function tagFinder(sqlite: Sqlite, now: string): FoundByName {
  const find = sqlite.prepare('select id from tags where name = ? collate nocase').pluck();
  const insert = sqlite.prepare('insert into tags (name, color, created_at) values (?, ?, ?)');
  return new FoundByName(
    (name) => find.get(name) as number | undefined,
    (name) => Number(insert.run(name, DEFAULT_COLOR, now).lastInsertRowid),
  );
}

/** Contact groups by name. */
export function groupFinder(sqlite: Sqlite, now: string): FoundByName {
  const find = sqlite.prepare('select id from contact_groups where name = ? collate nocase order by id limit 1').pluck();
  const insert = sqlite.prepare("insert into contact_groups (name, description, created_at) values (?, '', ?)");
  return new FoundByName(
    (name) => find.get(name) as number | undefined,
    (name) => Number(insert.run(name, now).lastInsertRowid),
  );
}

/**
 * The office's staff by name, as an owner column ("Owner", "负责人") names them; those missing
 * are added. Active staff first: a name reused after someone left is the one working now.
 */
export function staffFinder(sqlite: Sqlite, now: string): FoundByName {
  const find = sqlite.prepare('select id from staff where name = ? collate nocase order by active desc, id limit 1').pluck();
  const insert = sqlite.prepare("insert into staff (name, email, active, created_at) values (?, '', 1, ?)");
  return new FoundByName(
    (name) => find.get(name) as number | undefined,
    (name) => Number(insert.run(name, now).lastInsertRowid),
  );
}
