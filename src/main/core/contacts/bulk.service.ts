import type { BulkAction, UndoableResult } from '../../../shared/contacts/bulk.schema';
import { isoNow, type ServiceContext } from '../context';
import { notFound } from '../errors';
import { Journal } from '../undo/journal';
import { setDeleted } from './contacts.service';
import { undoLabel } from './undo-label';

type Membership = { table: 'contact_tags' | 'contact_group_members'; col: 'tag_id' | 'group_id' };

/**
 * Adds (or removes) many contacts to a tag or group; only real changes are journaled. Adding
 * skips "do not contact" contacts unless overridden; returns [changed, skipped].
 */
function setMembership(
  ctx: ServiceContext,
  ids: readonly number[],
  m: Membership,
  refId: number,
  add: boolean,
  j: Journal,
  override: boolean,
): [number, number] {
  const has = ctx.sqlite.prepare(`select 1 from ${m.table} where ${m.col} = ? and contact_id = ?`).pluck();
  const blocked = ctx.sqlite.prepare('select do_not_contact from contacts where id = ?').pluck();
  const ins = ctx.sqlite.prepare(`insert into ${m.table} (${m.col}, contact_id) values (?, ?)`);
  const del = ctx.sqlite.prepare(`delete from ${m.table} where ${m.col} = ? and contact_id = ?`);
  let count = 0;
  let skipped = 0;
  for (const id of ids) {
    const present = has.get(refId, id) !== undefined;
    if (add && !present) {
      const dnc = blocked.get(id) as number | undefined;
      if (dnc === undefined) continue;
      if (dnc === 1 && !override) {
        skipped++;
        continue;
      }
      ins.run(refId, id);
      j.inserted(m.table, { [m.col]: refId, contact_id: id });
      count++;
    } else if (!add && present) {
      j.captured(m.table, [{ [m.col]: refId, contact_id: id }]);
      del.run(refId, id);
      count++;
    }
  }
  return [count, skipped];
}

/** Sets one column on many contacts, journaling each previous value. */
function setColumn(ctx: ServiceContext, ids: readonly number[], col: 'owner_id' | 'tier', value: string | number | null, j: Journal): number {
  const now = isoNow(ctx);
  const read = ctx.sqlite.prepare(`select id, ${col}, updated_at from contacts where id = ? and ${col} is not ?`);
  const write = ctx.sqlite.prepare(`update contacts set ${col} = ?, updated_at = ? where id = ?`);
  let count = 0;
  for (const id of ids) {
    const row = read.get(id, value) as Record<string, unknown> | undefined;
    if (!row) continue;
    j.captured('contacts', [row]);
    write.run(value, now, id);
    count++;
  }
  return count;
}

async function nameOf(ctx: ServiceContext, table: 'tags' | 'contact_groups' | 'staff', id: number, what: string): Promise<string> {
  const row = await ctx.db.selectFrom(table).select('name').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(what, id);
  return row.name;
}

/**
 * Applies one action to many contacts in one transaction and returns its undo batch.
 * @example await bulkAction(ctx, ids, { type: 'tag', tagId: 3 }) // { count: 1000, batchId: 12 }
 */
export async function bulkAction(ctx: ServiceContext, ids: number[], action: BulkAction, overrideDoNotContact = false): Promise<UndoableResult> {
  if (action.type === 'trash') return setDeleted(ctx, ids, true, 'contacts.trash', undoLabel(ctx, 'trash', ids.length));
  let label: string;
  switch (action.type) {
    case 'tag':
    case 'untag':
      label = undoLabel(ctx, action.type, ids.length, { name: await nameOf(ctx, 'tags', action.tagId, 'tag') });
      break;
    case 'addToGroup':
    case 'removeFromGroup':
      label = undoLabel(ctx, action.type, ids.length, { name: await nameOf(ctx, 'contact_groups', action.groupId, 'group') });
      break;
    case 'setOwner':
      label = undoLabel(ctx, 'setOwner', ids.length, {
        name: action.ownerId == null ? '—' : await nameOf(ctx, 'staff', action.ownerId, 'staff'),
      });
      break;
    case 'setTier':
      label = undoLabel(ctx, 'setTier', ids.length, { name: action.tier ?? '—' });
      break;
  }
  const now = isoNow(ctx);
  return ctx.sqlite.transaction(() => {
    const j = Journal.open(ctx.sqlite, `bulk.${action.type}`, label, now);
    let count = 0;
    let skipped = 0;
    switch (action.type) {
      case 'tag':
      case 'untag':
        [count, skipped] = setMembership(ctx, ids, { table: 'contact_tags', col: 'tag_id' }, action.tagId, action.type === 'tag', j, overrideDoNotContact);
        break;
      case 'addToGroup':
      case 'removeFromGroup':
        [count, skipped] = setMembership(
          ctx,
          ids,
          { table: 'contact_group_members', col: 'group_id' },
          action.groupId,
          action.type === 'addToGroup',
          j,
          overrideDoNotContact,
        );
        break;
      case 'setOwner':
        count = setColumn(ctx, ids, 'owner_id', action.ownerId, j);
        break;
      case 'setTier':
        count = setColumn(ctx, ids, 'tier', action.tier, j);
        break;
    }
    j.finish(count);
    return { count, batchId: j.batchId, skippedDoNotContact: skipped };
  })();
}
