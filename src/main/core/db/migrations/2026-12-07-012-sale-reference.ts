import { sql, type Kysely } from 'kysely';

/**
 * A sale keeps the order or invoice number its file gave (empty when none): shown and exported
 * with it, and part of what tells a sale imported again from one sold again. Frozen once
 * released; add a migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sales').addColumn('reference', 'text', (c) => c.notNull().defaultTo('')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table sales drop column reference`.execute(db);
}
