import { sql, type Kysely } from 'kysely';

/**
 * A sale keeps the order or invoice number its file gave (empty when none): shown and exported
 * with it, and part of what tells a sale imported again from one sold again. A sales import
 * counts the customers it added as contacts. Frozen once released; add a migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sales').addColumn('reference', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('import_batches').addColumn('contacts_added', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table import_batches drop column contacts_added`.execute(db);
  await sql`alter table sales drop column reference`.execute(db);
}
