import type { ContactDetail } from '../../../shared/contacts/contact.schema';
import type { MergeField, MergeInput } from '../../../shared/contacts/duplicates.schema';
import { isoNow, type ServiceContext } from '../context';
import { notFound } from '../errors';
import { Journal } from '../undo/journal';
import { getContact } from './contact-reader';
import { invalid } from './field-issue';
import { SearchIndexer } from './search-index';
import { undoLabel } from './undo-label';

/** The stored columns behind each field a person picks when merging. */
const FIELD_COLUMNS: Record<MergeField, string[]> = {
  kind: ['kind'],
  names: ['given_name', 'family_name', 'middle_name', 'company_name', 'name_prefix', 'name_suffix', 'name_order', 'display_name', 'sort_name', 'name_key'],
  salutation: ['salutation'],
  phoneticName: ['phonetic_name'],
  birthday: ['birthday'],
  anniversary: ['anniversary'],
  tier: ['tier'],
  lifecycle: ['lifecycle'],
  source: ['source'],
  owner: ['owner_id'],
  comm: ['may_phone', 'may_email', 'may_letter', 'may_marketing', 'do_not_contact'],
  relationship: ['relationship_style', 'relationship_note'],
  notes: ['notes'],
};

type Row = Record<string, unknown>;

/** Moves the rows of one child table from a source contact to the target, journaling them first. */
function moveChildren(ctx: ServiceContext, j: Journal, table: string, col: string, from: number, to: number, extraSet = ''): void {
  j.capture(table, `${col} = ?`, from);
  ctx.sqlite.prepare(`update ${table} set ${col} = ?${extraSet} where ${col} = ?`).run(to, from);
}

/** Moves memberships (tags, groups) the target lacks; drops the source's duplicates. */
function moveMemberships(ctx: ServiceContext, j: Journal, table: 'contact_tags' | 'contact_group_members', col: string, from: number, to: number): void {
  const rows = j.capture(table, 'contact_id = ?', from);
  ctx.sqlite.prepare(`delete from ${table} where contact_id = ?`).run(from);
  const ins = ctx.sqlite.prepare(`insert or ignore into ${table} (${col}, contact_id) values (?, ?)`);
  for (const r of rows) {
    if (ins.run(r[col], to).changes) j.inserted(table, { [col]: r[col], contact_id: to });
  }
}

/** Keeps one primary per channel and drops entries the target already has with the same value. */
function tidyChannels(ctx: ServiceContext, j: Journal, to: number): void {
  for (const table of ['contact_phones', 'contact_emails', 'contact_addresses']) {
    j.capture(table, 'contact_id = ?', to);
    const sameAs =
      table === 'contact_addresses'
        ? 'd.street = k.street and d.postcode = k.postcode and d.country = k.country'
        : 'd.value = k.value';
    ctx.sqlite
      .prepare(
        `delete from ${table} as d where d.contact_id = ? and exists (select 1 from ${table} k
         where k.contact_id = d.contact_id and ${sameAs} and (k.is_primary > d.is_primary or (k.is_primary = d.is_primary and k.id < d.id)))`,
      )
      .run(to);
    const keep = ctx.sqlite
      .prepare(`select id from ${table} where contact_id = ? order by is_primary desc, position, id limit 1`)
      .pluck()
      .get(to);
    ctx.sqlite.prepare(`update ${table} set is_primary = (id = ?) where contact_id = ?`).run(keep ?? -1, to);
  }
}

/**
 * Merges two or more records into one: the person picks each field's winner; every phone,
 * email, address, history item, link, tag, group and custom value of the others moves to the
 * target; the others go to the trash marked as merged. One transaction, one undo batch.
 */
export async function mergeContacts(ctx: ServiceContext, input: MergeInput): Promise<{ contact: ContactDetail; batchId: number }> {
  const { targetId } = input;
  const sourceIds = [...new Set(input.sourceIds)].filter((id) => id !== targetId);
  if (!sourceIds.length) throw invalid(ctx, [{ path: ['sourceIds'], key: 'mergeNeedsTwo' }]);
  const all = [targetId, ...sourceIds];
  const rows = ctx.sqlite.prepare(`select * from contacts where id in (${all.map(() => '?').join(',')})`).all(...all) as Row[];
  const byId = new Map(rows.map((r) => [r.id as number, r]));
  for (const id of all) if (!byId.has(id)) throw notFound('contact', id);
  for (const [field, from] of Object.entries(input.pick)) {
    if (!byId.has(from)) throw invalid(ctx, [{ path: ['pick', field], key: 'mergePickOutside', params: { id: from } }]);
  }
  const target = byId.get(targetId)!;
  const now = isoNow(ctx);
  const batchId = ctx.sqlite.transaction(() => {
    const j = Journal.open(ctx.sqlite, 'contacts.merge', undoLabel(ctx, 'merge', all.length, { name: target.display_name }), now);
    j.captured('contacts', rows);
    // Positions after the target's own entries, so the target's order stays first.
    const shift = ', is_primary = 0, position = position + 1000';
    for (const from of sourceIds) {
      moveChildren(ctx, j, 'contact_phones', 'contact_id', from, targetId, shift);
      moveChildren(ctx, j, 'contact_emails', 'contact_id', from, targetId, shift);
      moveChildren(ctx, j, 'contact_addresses', 'contact_id', from, targetId, shift);
      moveChildren(ctx, j, 'history', 'contact_id', from, targetId);
      moveChildren(ctx, j, 'contact_links', 'person_id', from, targetId);
      moveChildren(ctx, j, 'contact_links', 'company_id', from, targetId);
      moveMemberships(ctx, j, 'contact_tags', 'tag_id', from, targetId);
      moveMemberships(ctx, j, 'contact_group_members', 'group_id', from, targetId);
      const lacks = 'contact_id = ? and field_id not in (select field_id from contact_custom_values where contact_id = ?)';
      j.capture('contact_custom_values', lacks, from, targetId);
      ctx.sqlite.prepare(`update contact_custom_values set contact_id = ? where ${lacks}`).run(targetId, from, targetId);
    }
    // A person merged with a company they were linked to must not end up linked to itself.
    j.capture('contact_links', 'person_id = ? and company_id = ?', targetId, targetId);
    ctx.sqlite.prepare('delete from contact_links where person_id = ? and company_id = ?').run(targetId, targetId);
    tidyChannels(ctx, j, targetId);

    const set: Row = {};
    for (const [field, from] of Object.entries(input.pick) as [MergeField, number][]) {
      for (const col of FIELD_COLUMNS[field]) set[col] = byId.get(from)![col];
    }
    const lastContact = rows.map((r) => r.last_contact_at as string | null).filter(Boolean).sort().at(-1) ?? null;
    Object.assign(set, { last_contact_at: lastContact, updated_at: now });
    ctx.sqlite.prepare(`update contacts set ${Object.keys(set).map((c) => `${c} = @${c}`).join(', ')} where id = @id`).run({ ...set, id: targetId });
    ctx.sqlite
      .prepare(
        `update contacts set
          primary_email = coalesce((select value from contact_emails where contact_id = contacts.id and is_primary = 1), ''),
          primary_phone = coalesce((select value from contact_phones where contact_id = contacts.id and is_primary = 1), ''),
          city = coalesce((select city from contact_addresses where contact_id = contacts.id and is_primary = 1), city),
          country = coalesce((select country from contact_addresses where contact_id = contacts.id and is_primary = 1), country),
          postcode = coalesce((select postcode from contact_addresses where contact_id = contacts.id and is_primary = 1), postcode)
         where id = ?`,
      )
      .run(targetId);
    const trash = ctx.sqlite.prepare(
      `update contacts set deleted_at = coalesce(deleted_at, ?), merged_into = ?, updated_at = ?,
       primary_email = '', primary_phone = '' where id = ?`,
    );
    for (const from of sourceIds) trash.run(now, targetId, now, from);
    const index = new SearchIndexer(ctx.sqlite);
    for (const id of all) index.refresh(id);
    j.finish(all.length);
    return j.batchId;
  })();
  return { contact: await getContact(ctx, targetId), batchId };
}
