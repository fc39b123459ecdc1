import type { ExportScope } from '../../../shared/contract/exports.contract';
import type { ServiceContext } from '../context';
import { listQueries } from '../contacts/contact-list';
import { loadFieldDefs } from '../custom-fields/custom-fields.service';

const CHUNK = 1000;

/**
 * The ids of the contacts an export holds, a chunk at a time, so a million contacts never sit in
 * memory as rows. `view` follows the list's own query, in its sort order.
 */
export async function* scopeIds(ctx: ServiceContext, scope: ExportScope): AsyncGenerator<number[]> {
  if (scope.type === 'selection') {
    for (let i = 0; i < scope.ids.length; i += CHUNK) yield scope.ids.slice(i, i + CHUNK);
    return;
  }
  if (scope.type === 'view') {
    const fields = await loadFieldDefs(ctx);
    for (let offset = 0; ; offset += CHUNK) {
      const { page } = listQueries(ctx, { ...scope.query, offset, limit: CHUNK }, fields);
      const ids = (await page.execute()).map((r) => r.id);
      if (ids.length) yield ids;
      if (ids.length < CHUNK) return;
    }
  }
  const text =
    scope.type === 'group'
      ? `select m.contact_id id from contact_group_members m join contacts c on c.id = m.contact_id and c.deleted_at is null
         where m.group_id = ? and m.contact_id > ? order by m.contact_id limit ${CHUNK}`
      : `select id from contacts where deleted_at is null and id > ? order by id limit ${CHUNK}`;
  const stmt = ctx.sqlite.prepare(text).pluck();
  for (let after = 0; ; ) {
    const ids = (scope.type === 'group' ? stmt.all(scope.groupId, after) : stmt.all(after)) as number[];
    if (ids.length) yield ids;
    if (ids.length < CHUNK) return;
    after = ids[ids.length - 1]!;
  }
}
