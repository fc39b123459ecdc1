import { sql, type Kysely } from 'kysely';
import { rebuildSearchIndex } from '../../contacts/search-rebuild';

/**
 * Frozen: 1-2 character searches are answered by marked trigrams in each contact's FTS document
 * (see prefixToken) instead of a table of prefix keys, which a large import filled with five
 * rows per contact in two B-trees. Every document is written again with its tokens. Never edit;
 * add a migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop table contact_search_keys`.execute(db);
  await rebuildSearchIndex(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create table contact_search_keys (
    key text not null,
    contact_id integer not null references contacts(id) on delete cascade,
    primary key (key, contact_id)) without rowid`.execute(db);
  await sql`create index contact_search_keys_by_contact on contact_search_keys (contact_id)`.execute(db);
}
