import type { Sqlite } from '../db/connection';

/**
 * Finds staff members by name (any case) or adds them, remembering each, inside the import's
 * transaction: a file's "Owner" or "负责人" column names the people of the office who look after
 * each customer. Those it adds carry the import's time, which is how its undo finds them.
 */
export class StaffFinder {
  private readonly cache = new Map<string, number>();
  private readonly find;
  private readonly insert;

  constructor(
    sqlite: Sqlite,
    private readonly now: string,
  ) {
    // Active staff first: a name reused after someone left is the one working now.
    this.find = sqlite.prepare('select id from staff where name = ? collate nocase order by active desc, id limit 1').pluck();
    this.insert = sqlite.prepare("insert into staff (name, email, active, created_at) values (?, '', 1, ?)");
  }

  /** The staff id for a name, adding the staff member when there is none. */
  id(name: string): number {
    const key = name.trim().slice(0, 100);
    const lower = key.toLowerCase();
    let id = this.cache.get(lower);
    if (id === undefined) {
      id = (this.find.get(key) as number | undefined) ?? Number(this.insert.run(key, this.now).lastInsertRowid);
      this.cache.set(lower, id);
    }
    return id;
  }
}
