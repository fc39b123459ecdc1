import type { ImportRecord } from '../../../shared/contract/imports.contract';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';

type Base = Pick<ServiceContext, 'db'>;

function query(ctx: Base) {
  return ctx.db
    .selectFrom('import_batches as i')
    .leftJoin('undo_batches as u', 'u.id', 'i.undo_batch_id')
    .select([
      'i.id', 'i.kind', 'i.name', 'i.file_name', 'i.created_at', 'i.total', 'i.created', 'i.updated', 'i.skipped', 'i.invalid', 'i.duration_ms', 'i.undo_batch_id', 'i.contacts_added', 'i.ignored',
      // Undone from the import history, or from the general undo menu: either way it is undone.
      (eb) => eb.fn.coalesce('i.undone_at', 'u.undone_at').as('undone_at'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

const toRecord = (r: Row): ImportRecord => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  fileName: r.file_name,
  createdAt: r.created_at,
  undoneAt: r.undone_at,
  total: r.total,
  created: r.created,
  updated: r.updated,
  skipped: r.skipped,
  invalid: r.invalid,
  ignored: r.ignored,
  durationMs: r.duration_ms,
  contactsAdded: r.contacts_added,
  undoable: r.kind === 'sales' || r.undo_batch_id !== null,
});

/** The imports made so far, newest first. */
export async function importHistory(ctx: Base, limit: number): Promise<ImportRecord[]> {
  return (await query(ctx).orderBy('i.id', 'desc').limit(limit).execute()).map(toRecord);
}

export async function importRecord(ctx: Base, id: number): Promise<ImportRecord> {
  const row = await query(ctx).where('i.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('import', id);
  return toRecord(row);
}
