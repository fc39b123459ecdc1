import { sql, type Kysely } from 'kysely';
import { searchEntry } from './search-document';
import { sourceFromRows, type SearchRow } from './search-source';
import { sortName } from './display-name';

type Row = SearchRow & { id: number };

/** Rows per multi-row INSERT: well under SQLite's limit of bound parameters. */
const CHUNK = 500;

async function insertChunked<T>(rows: readonly T[], write: (chunk: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * Rebuilds every contact's search entry, duplicate key and sort key through Kysely, so it can
 * run inside a migration's transaction. Multi-row statements keep an upgrade of a large file
 * to seconds. The index is derived data: rebuilding it is always safe.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs inside migrations, on any schema version
export async function rebuildSearchIndex(db: Kysely<any>): Promise<number> {
  const contacts = (await sql<Row>`select id, kind, given_name, family_name, middle_name, company_name, display_name, phonetic_name from contacts`.execute(db)).rows;
  const phones = (await sql<{ contact_id: number; value: string; digits: string; valid: number }>`select contact_id, value, digits, valid from contact_phones`.execute(db)).rows;
  const emails = (await sql<{ contact_id: number; value: string }>`select contact_id, value from contact_emails`.execute(db)).rows;
  const addresses = (await sql<{ contact_id: number; postcode: string }>`select contact_id, postcode from contact_addresses`.execute(db)).rows;
  const by = <T extends { contact_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) {
      const list = map.get(r.contact_id);
      if (list) list.push(r);
      else map.set(r.contact_id, [r]);
    }
    return map;
  };
  const links = (
    await sql<{ contact_id: number; name: string }>`select l.person_id contact_id, c.display_name name from contact_links l join contacts c on c.id = l.company_id`.execute(db)
  ).rows;
  const [p, e, a, l] = [by(phones), by(emails), by(addresses), by(links)];
  const docs: { id: number; doc: string }[] = [];
  const names: { id: number; nameKey: string; sortKey: string }[] = [];
  for (const c of contacts) {
    const linked = (l.get(c.id) ?? []).map((r) => r.name);
    const entry = searchEntry(sourceFromRows(c, p.get(c.id) ?? [], e.get(c.id) ?? [], a.get(c.id) ?? [], linked));
    docs.push({ id: c.id, doc: entry.doc });
    names.push({ id: c.id, nameKey: entry.nameKey, sortKey: sortName(c.kind, c.given_name, c.family_name, c.company_name) });
  }
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
  return contacts.length;
}
