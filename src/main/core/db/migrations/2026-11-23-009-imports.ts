import { sql, type Kysely } from 'kysely';

/**
 * Issue 5: the import log (one row per import, pointing at its undo batch), mappings saved by
 * name, and sales records linked to contacts for the customer-value reports. Frozen once
 * released; add a migration instead.
 */
 
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('contacts','sales')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('undo_batch_id', 'integer', (c) => c.references('undo_batches.id').onDelete('set null'))
    // The tag every imported contact got, and whether this import created it (undo then removes it).
    .addColumn('tag_id', 'integer', (c) => c.references('tags.id').onDelete('set null'))
    .addColumn('tag_created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('invalid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duration_ms', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();

  await db.schema
    .createTable('import_mappings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** JSON of the saved mapping (header text → target). */
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index import_mappings_by_name on import_mappings (kind, name collate nocase)`.execute(db);

  // Money as integer minor units plus the ISO currency code; the customer as written in the file
  // is kept, so a sale whose customer matched nobody can still be linked later.
  await db.schema
    .createTable('sales')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('contact_id', 'integer', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('sold_on', 'text', (c) => c.notNull())
    .addColumn('customer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('product', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('quantity', 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('import_id', 'integer', (c) => c.references('import_batches.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index sales_by_contact on sales (contact_id, sold_on)`.execute(db);
  await sql`create index sales_by_import on sales (import_id)`.execute(db);
  await sql`create index sales_by_date on sales (sold_on)`.execute(db);
}

 
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['sales', 'import_mappings', 'import_batches']) await db.schema.dropTable(t).execute();
}
