import { sql, type Kysely } from 'kysely';
import { rebuildSearchIndex } from '../../contacts/search-rebuild';

/**
 * The customer file of issue 4: richer names and traits on contacts, addresses, company links,
 * staff, tags, groups, custom fields, the history timeline, saved views, the undo log and the
 * search index (FTS5 trigram + prefix keys). Frozen once released; add a migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('staff')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  const text = ['middle_name', 'name_prefix', 'name_suffix', 'salutation', 'phonetic_name', 'source', 'relationship_note', 'notes'];
  for (const col of text) await db.schema.alterTable('contacts').addColumn(col, 'text', (c) => c.notNull().defaultTo('')).execute();
  // Denormalised from the primary address/phone/email so the list can sort and filter on an index.
  for (const col of ['city', 'country', 'postcode', 'primary_email', 'primary_phone', 'name_key']) {
    await db.schema.alterTable('contacts').addColumn(col, 'text', (c) => c.notNull().defaultTo('')).execute();
  }
  await db.schema.alterTable('contacts').addColumn('name_order', 'text', (c) => c.notNull().defaultTo('auto')).execute();
  for (const col of ['birthday', 'anniversary', 'tier', 'lifecycle', 'relationship_style', 'last_contact_at']) {
    await db.schema.alterTable('contacts').addColumn(col, 'text').execute();
  }
  await db.schema.alterTable('contacts').addColumn('owner_id', 'integer', (c) => c.references('staff.id').onDelete('set null')).execute();
  await db.schema.alterTable('contacts').addColumn('merged_into', 'integer').execute();
  for (const col of ['may_phone', 'may_email', 'may_letter', 'may_marketing']) {
    await db.schema.alterTable('contacts').addColumn(col, 'integer', (c) => c.notNull().defaultTo(1)).execute();
  }
  await db.schema.alterTable('contacts').addColumn('do_not_contact', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  // One index per sortable/filterable column, led by deleted_at because every list query
  // names it (live or trash); the sort key follows where a filter is usually combined with it.
  const indexes: [string, string][] = [
    ['company', 'company_name collate nocase'],
    ['city', 'city collate nocase, sort_name'],
    ['country', 'country, sort_name'],
    ['postcode', 'postcode'],
    ['tier', 'tier, sort_name'],
    ['lifecycle', 'lifecycle, sort_name'],
    ['owner', 'owner_id, sort_name'],
    ['source', 'source collate nocase'],
    ['email', 'primary_email'],
    ['phone', 'primary_phone'],
    ['birthday', 'birthday'],
    ['last_contact', 'last_contact_at'],
    ['updated', 'updated_at'],
    ['created', 'created_at'],
  ];
  for (const [name, cols] of indexes) {
    await sql.raw(`create index contacts_by_${name} on contacts (deleted_at, ${cols})`).execute(db);
  }
  // Counts and facets of combined filters (tier + country, lifecycle + owner, ...) read this one
  // narrow index instead of looking up thousands of rows.
  await sql`create index contacts_facets on contacts (deleted_at, tier, lifecycle, country, owner_id, kind, do_not_contact)`.execute(db);
  await sql`create index contacts_by_name_key on contacts (name_key)`.execute(db);

  await db.schema
    .createTable('contact_addresses')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('street', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('postcode', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('contact_addresses_by_contact').on('contact_addresses').column('contact_id').execute();

  await db.schema
    .createTable('contact_links')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('company_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('contact_links_by_person').on('contact_links').column('person_id').execute();
  await db.schema.createIndex('contact_links_by_company').on('contact_links').column('company_id').execute();

  await db.schema
    .createTable('tags')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('color', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index tags_by_name on tags (name collate nocase)`.execute(db);
  await sql`create table contact_tags (
    tag_id integer not null references tags(id) on delete cascade,
    contact_id integer not null references contacts(id) on delete cascade,
    primary key (tag_id, contact_id)) without rowid`.execute(db);
  await sql`create index contact_tags_by_contact on contact_tags (contact_id, tag_id)`.execute(db);

  // "groups" is an SQL keyword (window frames), hence the prefix.
  await db.schema
    .createTable('contact_groups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create table contact_group_members (
    group_id integer not null references contact_groups(id) on delete cascade,
    contact_id integer not null references contacts(id) on delete cascade,
    primary key (group_id, contact_id)) without rowid`.execute(db);
  await sql`create index contact_group_members_by_contact on contact_group_members (contact_id, group_id)`.execute(db);

  await db.schema
    .createTable('custom_fields')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('text','number','date','yesno','choice')`))
    .addColumn('choices', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('applies_to', 'text', (c) => c.notNull().defaultTo('all'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Text, dates and choices in value_text; numbers and yes/no (0/1) in value_num: each typed
  // comparison then runs on its own index.
  await sql`create table contact_custom_values (
    field_id integer not null references custom_fields(id) on delete cascade,
    contact_id integer not null references contacts(id) on delete cascade,
    value_text text,
    value_num real,
    primary key (field_id, contact_id)) without rowid`.execute(db);
  await sql`create index contact_custom_values_by_text on contact_custom_values (field_id, value_text)`.execute(db);
  await sql`create index contact_custom_values_by_num on contact_custom_values (field_id, value_num)`.execute(db);
  await sql`create index contact_custom_values_by_contact on contact_custom_values (contact_id)`.execute(db);

  await db.schema
    .createTable('history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index history_by_contact on history (contact_id, occurred_at, id)`.execute(db);

  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('undo_batches')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();
  // One row per row changed: the table, its key and its previous content (null: it was inserted).
  await sql`create table undo_entries (
    batch_id integer not null references undo_batches(id) on delete cascade,
    seq integer not null,
    tbl text not null,
    row_key text not null,
    before text,
    primary key (batch_id, seq)) without rowid`.execute(db);

  // Search: a trigram FTS5 index over one document per contact (names, pinyin, company, emails,
  // phone digits, postcodes), rowid = contact id, plus prefix keys for 1-2 character queries,
  // which trigrams cannot answer.
  await sql`create virtual table contact_fts using fts5(doc, tokenize='trigram remove_diacritics 1', content='', contentless_delete=1)`.execute(db);
  await sql`create table contact_search_keys (
    key text not null,
    contact_id integer not null references contacts(id) on delete cascade,
    primary key (key, contact_id)) without rowid`.execute(db);
  await sql`create index contact_search_keys_by_contact on contact_search_keys (contact_id)`.execute(db);

  // Contacts written by the first version get their derived columns and search entries now.
  await sql`update contacts set
    primary_email = coalesce((select value from contact_emails e where e.contact_id = contacts.id order by is_primary desc, position limit 1), ''),
    primary_phone = coalesce((select value from contact_phones p where p.contact_id = contacts.id order by is_primary desc, position limit 1), '')`.execute(db);
  await rebuildSearchIndex(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'contact_search_keys',
    'contact_fts',
    'undo_entries',
    'undo_batches',
    'saved_views',
    'history',
    'contact_custom_values',
    'custom_fields',
    'contact_group_members',
    'contact_groups',
    'contact_tags',
    'tags',
    'contact_links',
    'contact_addresses',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
