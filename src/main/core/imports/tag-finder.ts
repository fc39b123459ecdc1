import type { Sqlite } from '../db/connection';

const DEFAULT_COLOR = '#868e96';

/** Finds tags by name (any case) or makes them, remembering each, inside the import's transaction. */
export class TagFinder {
  private readonly cache = new Map<string, number>();
  private readonly find;
  private readonly insert;
  /** Ids of tags this import made. */
  readonly created: number[] = [];

  constructor(
    sqlite: Sqlite,
    private readonly now: string,
  ) {
    this.find = sqlite.prepare('select id from tags where name = ? collate nocase').pluck();
    this.insert = sqlite.prepare('insert into tags (name, color, created_at) values (?, ?, ?)');
  }

  /** The tag id for a name, making the tag when there is none. */
  id(name: string): number {
    const key = name.trim().slice(0, 100);
    const lower = key.toLowerCase();
    let id = this.cache.get(lower);
    if (id === undefined) {
      id = this.find.get(key) as number | undefined;
      if (id === undefined) {
        id = Number(this.insert.run(key, DEFAULT_COLOR, this.now).lastInsertRowid);
        this.created.push(id);
      }
      this.cache.set(lower, id);
    }
    return id;
  }
}
