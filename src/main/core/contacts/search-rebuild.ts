import { sql, type Kysely } from 'kysely';
import { searchEntry } from './search-document';
import { sourceFromRows, type SearchRow } from './search-source';
import { sortName } from './display-name';
import type { Sqlite } from '../db/connection';
import { MultiRowInsert } from '../db/multi-row-insert';

type Row = SearchRow & { id: number };

/** Rows per multi-row INSERT: well under SQLite's limit of bound parameters. */
const CHUNK = 500;

async function insertChunked<T>(rows: readonly T[], write: (chunk: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** The rows a search entry is made from, read the same way by both rebuilds. */
const READS = {
  contacts: 'select id, kind, given_name, family_name, middle_name, company_name, display_name, phonetic_name from contacts',
  phones: 'select contact_id, value, digits, valid from contact_phones',
  emails: 'select contact_id, value from contact_emails',
  addresses: 'select contact_id, postcode from contact_addresses',
  links: 'select l.person_id contact_id, c.display_name name from contact_links l join contacts c on c.id = l.company_id',
} as const;

interface Sources {
  contacts: Row[];
  phones: { contact_id: number; value: string; digits: string; valid: number }[];
  emails: { contact_id: number; value: string }[];
  addresses: { contact_id: number; postcode: string }[];
  links: { contact_id: number; name: string }[];
}

/** Every contact's search document, duplicate key and sort key. */
function entriesOf(rows: Sources): { docs: { id: number; doc: string }[]; names: { id: number; nameKey: string; sortKey: string }[] } {
  const by = <T extends { contact_id: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of list) {
      const found = map.get(r.contact_id);
      if (found) found.push(r);
      else map.set(r.contact_id, [r]);
    }
    return map;
  };
  const [p, e, a, l] = [by(rows.phones), by(rows.emails), by(rows.addresses), by(rows.links)];
  const docs: { id: number; doc: string }[] = [];
  const names: { id: number; nameKey: string; sortKey: string }[] = [];
  for (const c of rows.contacts) {
    const linked = (l.get(c.id) ?? []).map((r) => r.name);
    const entry = searchEntry(sourceFromRows(c, p.get(c.id) ?? [], e.get(c.id) ?? [], a.get(c.id) ?? [], linked));
    docs.push({ id: c.id, doc: entry.doc });
    names.push({ id: c.id, nameKey: entry.nameKey, sortKey: sortName(c.kind, c.given_name, c.family_name, c.company_name) });
  }
  return { docs, names };
}

/**
 * Rebuilds every contact's search entry, duplicate key and sort key through Kysely, so it can
 * run inside a migration's transaction. Multi-row statements keep an upgrade of a large file
 * to seconds. The index is derived data: rebuilding it is always safe.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs inside migrations, on any schema version
export async function rebuildSearchIndex(db: Kysely<any>): Promise<number> {
  const read = async <T>(query: string) => (await sql<T>`${sql.raw(query)}`.execute(db)).rows;
  const { docs, names } = entriesOf({
    contacts: await read(READS.contacts),
    phones: await read(READS.phones),
    emails: await read(READS.emails),
    addresses: await read(READS.addresses),
    links: await read(READS.links),
  });
  await sql`delete from contact_fts`.execute(db);
  await insertChunked(docs, (chunk) =>
    sql`insert into contact_fts (rowid, doc) values ${sql.join(chunk.map((d) => sql`(${d.id}, ${d.doc})`))}`.execute(db),
  );
  await sql`create temp table rebuilt_names (id integer primary key, name_key text not null, sort_name text not null)`.execute(db);
  await insertChunked(names, (chunk) =>
    sql`insert into rebuilt_names (id, name_key, sort_name) values ${sql.join(chunk.map((n) => sql`(${n.id}, ${n.nameKey}, ${n.sortKey})`))}`.execute(db),
  );
  await sql`update contacts set name_key = r.name_key, sort_name = r.sort_name from rebuilt_names r where r.id = contacts.id`.execute(db);
  await sql`drop table rebuilt_names`.execute(db);
  return docs.length;
}

/** Every stored contact's search document, duplicate key and sort key, read on a better-sqlite3 connection. */
function storedEntries(sqlite: Sqlite): ReturnType<typeof entriesOf> {
  const read = <T>(query: string) => sqlite.prepare(query).all() as T[];
  return entriesOf({
    contacts: read(READS.contacts),
    phones: read(READS.phones),
    emails: read(READS.emails),
    addresses: read(READS.addresses),
    links: read(READS.links),
  });
}

/** Every stored contact's search document, as the search index holds it (which keeps no copy to read back). */
export const storedSearchDocuments = (sqlite: Sqlite): { id: number; doc: string }[] => storedEntries(sqlite).docs;

/**
 * The same rebuild on a better-sqlite3 connection, for a write that holds a transaction of its
 * own (restoring a full export). Call inside that transaction.
 */
export function rebuildSearchIndexNow(sqlite: Sqlite): number {
  const { docs, names } = storedEntries(sqlite);
  sqlite.exec('delete from contact_fts');
  const index = new MultiRowInsert(sqlite, 'insert into contact_fts (rowid, doc)', 2);
  for (const d of docs) index.add([d.id, d.doc]);
  index.flush();
  const update = sqlite.prepare('update contacts set name_key = ?, sort_name = ? where id = ?');
  for (const n of names) update.run(n.nameKey, n.sortKey, n.id);
  return docs.length;
}
