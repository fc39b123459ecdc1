import { sql, type Kysely } from 'kysely';

/** Frozen: the first schema (people with phones and emails, settings). Never edit; add a migration. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('person').check(sql`kind in ('person','company')`))
    .addColumn('given_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('family_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('company_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('sort_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('contacts_live_by_name').on('contacts').columns(['deleted_at', 'sort_name']).execute();

  for (const table of ['contact_phones', 'contact_emails'] as const) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('contact_id', 'integer', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull());
    if (table === 'contact_phones') {
      builder = builder
        .addColumn('raw', 'text', (c) => c.notNull())
        .addColumn('digits', 'text', (c) => c.notNull())
        .addColumn('valid', 'integer', (c) => c.notNull().defaultTo(0));
    }
    await builder
      .addColumn('is_primary', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex(`${table}_by_contact`).on(table).column('contact_id').execute();
  }
  await db.schema.createIndex('contact_emails_by_value').on('contact_emails').column('value').execute();
  await db.schema.createIndex('contact_phones_by_digits').on('contact_phones').column('digits').execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['settings', 'contact_emails', 'contact_phones', 'contacts']) await db.schema.dropTable(t).execute();
}
