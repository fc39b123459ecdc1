import { sql, type Kysely } from 'kysely';

/** Frozen: letter templates and the log of printed runs (issue 6). Never edit; add a migration. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('letter_templates')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('form', 'text', (c) => c.notNull().defaultTo('din5008-b'))
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  // One row per printed run: its request and the recipients as they were, so it reprints exactly.
  await db.schema
    .createTable('mailing_runs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('labels','returnLabels','envelopes','letters')`))
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .addColumn('skipped', 'text', (c) => c.notNull())
    .addColumn('contact_count', 'integer', (c) => c.notNull())
    .addColumn('piece_count', 'integer', (c) => c.notNull())
    .addColumn('page_count', 'integer', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id').onDelete('set null'))
    .addColumn('reprint_of', 'integer', (c) => c.references('mailing_runs.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mailing_runs_by_time').on('mailing_runs').columns(['created_at']).execute();
  // "Letters sent by this person / to this customer" count history rows by kind.
  await db.schema.createIndex('history_by_kind_staff').on('history').columns(['kind', 'staff_id']).execute();
}
