import type { ContactDetail, ContactDraft } from '../../../shared/contacts/contact.schema';
import type { UndoableResult } from '../../../shared/contacts/bulk.schema';
import { isoNow, type ServiceContext } from '../context';
import { notFound } from '../errors';
import { getSettings } from '../settings/settings.service';
import { loadFieldDefs } from '../custom-fields/custom-fields.service';
import { Journal } from '../undo/journal';
import { ContactWriter } from './contact-writer';
import { CustomValueError } from './prepared-contact';
import { checkReferences } from './contact-references';
import { getContact } from './contact-reader';
import { invalid } from './field-issue';
import { undoLabel } from './undo-label';

export { getContact } from './contact-reader';
export { listContacts } from './contact-list';

/** A writer set up with the office's phone country and the custom field definitions. */
export async function contactWriter(ctx: ServiceContext): Promise<ContactWriter> {
  const { defaultCountry } = await getSettings(ctx);
  return new ContactWriter(ctx.sqlite, defaultCountry, await loadFieldDefs(ctx));
}

/** Runs a write; a custom value that does not fit its field becomes a validation error naming it. */
function translatingValueErrors<T>(ctx: ServiceContext, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof CustomValueError) {
      throw invalid(ctx, [{ path: ['custom', String(err.field.id)], field: err.field.label, key: err.key, params: err.params }]);
    }
    throw err;
  }
}

/** Adds one contact with its phones, emails, addresses, links, tags, groups and custom values. */
export async function createContact(ctx: ServiceContext, draft: ContactDraft): Promise<ContactDetail> {
  await checkReferences(ctx, [draft]);
  const w = await contactWriter(ctx);
  const id = translatingValueErrors(ctx, () => ctx.sqlite.transaction(() => w.insert(draft, isoNow(ctx)))());
  return getContact(ctx, id);
}

/**
 * Adds many contacts in one transaction: all are written or none.
 * @example await createContacts(ctx, drafts) // -> ids in input order
 */
export async function createContacts(ctx: ServiceContext, drafts: readonly ContactDraft[]): Promise<number[]> {
  await checkReferences(ctx, drafts);
  const w = await contactWriter(ctx);
  const now = isoNow(ctx);
  // A large transaction touches pages of a dozen indexes all over the file; with the default
  // 2 MB page cache SQLite spills and rewrites them again and again. Give it room while it runs.
  const cache = ctx.sqlite.pragma('cache_size', { simple: true }) as number;
  if (drafts.length > 1000) ctx.sqlite.pragma('cache_size = -262144');
  let ids: number[];
  try {
    ids = translatingValueErrors(ctx, () => ctx.sqlite.transaction(() => w.insertMany(drafts, now))());
  } finally {
    ctx.sqlite.pragma(`cache_size = ${cache}`);
  }
  // A bulk load changes the shape of the data: refresh the planner's statistics (cheap when
  // nothing changed much) so filters keep using their own indexes.
  ctx.sqlite.pragma('optimize=0x10002');
  return ids;
}

/** Saves an edited contact; optional parts the draft leaves out stay as they are. */
export async function updateContact(ctx: ServiceContext, id: number, draft: ContactDraft): Promise<ContactDetail> {
  const exists = await ctx.db.selectFrom('contacts').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw notFound('contact', id);
  await checkReferences(ctx, [draft], id);
  const w = await contactWriter(ctx);
  translatingValueErrors(ctx, () => ctx.sqlite.transaction(() => w.replace(id, draft, isoNow(ctx)))());
  return getContact(ctx, id);
}

/** Sets deleted_at on the given contacts (null restores), journaled so it can be undone. */
export function setDeleted(ctx: ServiceContext, ids: readonly number[], deleted: boolean, kind: string, label: string): UndoableResult {
  const now = isoNow(ctx);
  return ctx.sqlite.transaction(() => {
    const journal = Journal.open(ctx.sqlite, kind, label, now);
    // Only the columns the change touches are journaled: undo rewrites just those.
    const read = ctx.sqlite.prepare(
      `select id, deleted_at, updated_at, merged_into from contacts where id = ? and deleted_at is ${deleted ? '' : 'not '}null`,
    );
    const write = ctx.sqlite.prepare('update contacts set deleted_at = ?, updated_at = ? where id = ?');
    const clearMerged = ctx.sqlite.prepare('update contacts set merged_into = null where id = ?');
    let count = 0;
    for (const id of ids) {
      const row = read.get(id) as Record<string, unknown> | undefined;
      if (!row) continue;
      journal.captured('contacts', [row]);
      write.run(deleted ? now : null, now, id);
      if (!deleted) clearMerged.run(id);
      count++;
    }
    journal.finish(count);
    return { count, batchId: journal.batchId, skippedDoNotContact: 0 };
  })();
}

/** Moves contacts to the trash; their phones, emails, links and history stay with them. */
export async function trashContacts(ctx: ServiceContext, ids: number[]): Promise<UndoableResult> {
  return setDeleted(ctx, ids, true, 'contacts.trash', undoLabel(ctx, 'trash', ids.length));
}

export async function restoreContacts(ctx: ServiceContext, ids: number[]): Promise<UndoableResult> {
  return setDeleted(ctx, ids, false, 'contacts.restore', undoLabel(ctx, 'restore', ids.length));
}

/**
 * Deletes trashed contacts for good, with everything attached to them. Only contacts in the
 * trash can be purged; this cannot be undone (the undo entries that mention them go too).
 */
export async function emptyTrash(ctx: ServiceContext, ids?: number[]): Promise<{ count: number }> {
  return ctx.sqlite.transaction(() => {
    const targets = (
      ids
        ? ids.filter((id) => ctx.sqlite.prepare('select 1 from contacts where id = ? and deleted_at is not null').get(id))
        : (ctx.sqlite.prepare('select id from contacts where deleted_at is not null').all() as { id: number }[]).map((r) => r.id)
    ) as number[];
    const delFts = ctx.sqlite.prepare('delete from contact_fts where rowid = ?');
    const delContact = ctx.sqlite.prepare('delete from contacts where id = ?');
    const unlinkOwner = ctx.sqlite.prepare('update contacts set merged_into = null where merged_into = ?');
    for (const id of targets) {
      delFts.run(id);
      unlinkOwner.run(id);
      delContact.run(id);
    }
    if (targets.length) {
      // Undo batches that would resurrect part of a purged contact are dropped with it.
      ctx.sqlite
        .prepare(
          `delete from undo_batches where id in (select batch_id from undo_entries
           where json_extract(row_key, '$."$contact"') in (select value from json_each(?)))`,
        )
        .run(JSON.stringify(targets));
    }
    return { count: targets.length };
  })();
}
