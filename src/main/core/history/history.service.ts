import type { z } from 'zod';
import { CONTACT_KINDS, type HistoryDraft, type HistoryItem, type HistoryListQuery, type HistoryPage } from '../../../shared/contacts/history.schema';
import { isoNow, type ServiceContext } from '../context';
import type { Sqlite } from '../db/connection';
import { notFound } from '../errors';
import { invalid } from '../contacts/field-issue';

type ListQuery = z.output<typeof HistoryListQuery>;

const CONTACT_KIND_SQL = CONTACT_KINDS.map((k) => `'${k}'`).join(', ');

/** Recomputes when the office was last in touch with a contact, from its history. */
export function refreshLastContact(sqlite: Sqlite, contactId: number): void {
  sqlite
    .prepare(
      `update contacts set last_contact_at = (select max(occurred_at) from history
       where contact_id = ? and kind in (${CONTACT_KIND_SQL})) where id = ?`,
    )
    .run(contactId, contactId);
}

function rowQuery(ctx: ServiceContext) {
  return ctx.db
    .selectFrom('history as h')
    .leftJoin('staff as s', 's.id', 'h.staff_id')
    .selectAll('h')
    .select('s.name as staff_name');
}

type Raw = Awaited<ReturnType<ReturnType<typeof rowQuery>['execute']>>[number];

const toItem = (r: Raw): HistoryItem => ({
  id: r.id,
  contactId: r.contact_id,
  kind: r.kind,
  occurredAt: r.occurred_at,
  summary: r.summary,
  body: r.body,
  payload: JSON.parse(r.payload) as Record<string, unknown>,
  staffId: r.staff_id,
  staffName: r.staff_name,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

async function getItem(ctx: ServiceContext, id: number): Promise<HistoryItem> {
  const row = await rowQuery(ctx).where('h.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('history', id);
  return toItem(row);
}

async function checkRefs(ctx: ServiceContext, d: HistoryDraft): Promise<void> {
  const contact = await ctx.db.selectFrom('contacts').select('id').where('id', '=', d.contactId).executeTakeFirst();
  if (!contact) throw notFound('contact', d.contactId);
  if (d.staffId != null) {
    const staff = await ctx.db.selectFrom('staff').select('id').where('id', '=', d.staffId).executeTakeFirst();
    if (!staff) throw invalid(ctx, [{ path: ['staffId'], key: 'unknownStaff', params: { id: d.staffId } }]);
  }
}

/** The timestamp stored: UTC ISO, so entries from any time zone sort together. */
const stamp = (ctx: ServiceContext, at?: string) => (at ? new Date(at).toISOString() : isoNow(ctx));

/**
 * Adds one entry to a contact's timeline: a note, a call, a visit, an email, a letter...
 * Calls, visits, emails, letters and appointments also move the contact's "last contact".
 * @example await addHistory(ctx, { contactId: 7, kind: 'call', summary: 'Asked for a quote', ... })
 */
export async function addHistory(ctx: ServiceContext, d: HistoryDraft): Promise<HistoryItem> {
  await checkRefs(ctx, d);
  const now = isoNow(ctx);
  const id = ctx.sqlite.transaction(() => {
    const res = ctx.sqlite
      .prepare(
        `insert into history (contact_id, kind, occurred_at, summary, body, payload, staff_id, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(d.contactId, d.kind, stamp(ctx, d.occurredAt), d.summary, d.body, JSON.stringify(d.payload), d.staffId ?? null, now, now);
    refreshLastContact(ctx.sqlite, d.contactId);
    return Number(res.lastInsertRowid);
  })();
  return getItem(ctx, id);
}

export async function updateHistory(ctx: ServiceContext, id: number, d: HistoryDraft): Promise<HistoryItem> {
  const current = await getItem(ctx, id);
  await checkRefs(ctx, d);
  ctx.sqlite.transaction(() => {
    ctx.sqlite
      .prepare(
        `update history set contact_id = ?, kind = ?, occurred_at = ?, summary = ?, body = ?, payload = ?, staff_id = ?,
         updated_at = ? where id = ?`,
      )
      .run(d.contactId, d.kind, stamp(ctx, d.occurredAt ?? current.occurredAt), d.summary, d.body, JSON.stringify(d.payload), d.staffId ?? null, isoNow(ctx), id);
    refreshLastContact(ctx.sqlite, d.contactId);
    if (current.contactId !== d.contactId) refreshLastContact(ctx.sqlite, current.contactId);
  })();
  return getItem(ctx, id);
}

export async function deleteHistory(ctx: ServiceContext, id: number): Promise<{ count: number }> {
  const current = await getItem(ctx, id);
  ctx.sqlite.transaction(() => {
    ctx.sqlite.prepare('delete from history where id = ?').run(id);
    refreshLastContact(ctx.sqlite, current.contactId);
  })();
  return { count: 1 };
}

/** A contact's timeline, newest first, paged by (occurredAt, id). */
export async function listHistory(ctx: ServiceContext, q: ListQuery): Promise<HistoryPage> {
  let base = ctx.db.selectFrom('history as h').where('h.contact_id', '=', q.contactId);
  if (q.kinds?.length) base = base.where('h.kind', 'in', q.kinds);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let page = rowQuery(ctx).where('h.contact_id', '=', q.contactId);
  if (q.kinds?.length) page = page.where('h.kind', 'in', q.kinds);
  if (q.before) {
    const { occurredAt, id } = q.before;
    page = page.where((eb) =>
      eb.or([eb('h.occurred_at', '<', occurredAt), eb.and([eb('h.occurred_at', '=', occurredAt), eb('h.id', '<', id)])]),
    );
  }
  const rows = await page.orderBy('h.occurred_at', 'desc').orderBy('h.id', 'desc').limit(q.limit).execute();
  return { items: rows.map(toItem), total: Number(total) };
}
