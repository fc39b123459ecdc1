import { sql } from 'kysely';
import type {
  ContactDetail,
  ContactDraft,
  ContactListQuery,
  ContactPage,
  ContactRow,
} from '../../../shared/contacts/contact.schema';
import type { z } from 'zod';
import { isoNow, type ServiceContext } from '../context';
import { notFound } from '../errors';
import { getSettings } from '../settings/settings.service';
import { ContactWriter } from './contact-writer';
import { displayPhone } from './phone';

type ListQuery = z.output<typeof ContactListQuery>;

async function writer(ctx: ServiceContext): Promise<ContactWriter> {
  const { defaultCountry } = await getSettings(ctx);
  return new ContactWriter(ctx.sqlite, defaultCountry);
}

/** Adds one contact with its phones and emails. */
export async function createContact(ctx: ServiceContext, draft: ContactDraft): Promise<ContactDetail> {
  const w = await writer(ctx);
  const id = ctx.sqlite.transaction(() => w.insert(draft, isoNow(ctx)))();
  return getContact(ctx, id);
}

/**
 * Adds many contacts in one transaction: all are written or none.
 * @example await createContacts(ctx, drafts) // -> ids in input order
 */
export async function createContacts(ctx: ServiceContext, drafts: readonly ContactDraft[]): Promise<number[]> {
  const w = await writer(ctx);
  const now = isoNow(ctx);
  return ctx.sqlite.transaction(() => drafts.map((d) => w.insert(d, now)))();
}

export async function updateContact(ctx: ServiceContext, id: number, draft: ContactDraft): Promise<ContactDetail> {
  const w = await writer(ctx);
  const exists = await ctx.db.selectFrom('contacts').select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw notFound('contact', id);
  ctx.sqlite.transaction(() => w.replace(id, draft, isoNow(ctx)))();
  return getContact(ctx, id);
}

export async function getContact(ctx: ServiceContext, id: number): Promise<ContactDetail> {
  const row = await ctx.db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('contact', id);
  const { defaultCountry } = await getSettings(ctx);
  const phones = await ctx.db
    .selectFrom('contact_phones')
    .selectAll()
    .where('contact_id', '=', id)
    .orderBy('position')
    .execute();
  const emails = await ctx.db
    .selectFrom('contact_emails')
    .selectAll()
    .where('contact_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    id: row.id,
    kind: row.kind,
    givenName: row.given_name,
    familyName: row.family_name,
    companyName: row.company_name,
    displayName: row.display_name,
    phones: phones.map((p) => ({
      id: p.id,
      label: p.label as ContactDetail['phones'][number]['label'],
      value: p.value,
      display: displayPhone(p.value, p.valid === 1, defaultCountry),
      valid: p.valid === 1,
      primary: p.is_primary === 1,
    })),
    emails: emails.map((e) => ({
      id: e.id,
      label: e.label as ContactDetail['emails'][number]['label'],
      value: e.value,
      primary: e.is_primary === 1,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

const SORT_COLUMN = { name: 'sort_name', updated: 'updated_at', created: 'created_at' } as const;

/** One page of the contact list, live or trashed, optionally narrowed by a search fragment. */
export async function listContacts(ctx: ServiceContext, q: ListQuery): Promise<ContactPage> {
  const { defaultCountry } = await getSettings(ctx);
  let base = ctx.db
    .selectFrom('contacts as c')
    .where('c.deleted_at', q.trashed ? 'is not' : 'is', null);
  if (q.search) {
    const like = `%${q.search.toLocaleLowerCase('en').replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
    const digits = q.search.replace(/\D/g, '');
    base = base.where((eb) =>
      eb.or([
        eb(sql`lower(c.display_name)`, 'like', sql`${like} escape '\\'`),
        eb.exists(
          eb
            .selectFrom('contact_emails as e')
            .select('e.id')
            .whereRef('e.contact_id', '=', 'c.id')
            .where(sql`e.value`, 'like', sql`${like} escape '\\'`),
        ),
        ...(digits.length >= 3
          ? [
              eb.exists(
                eb
                  .selectFrom('contact_phones as p')
                  .select('p.id')
                  .whereRef('p.contact_id', '=', 'c.id')
                  .where('p.digits', 'like', `%${digits}%`),
              ),
            ]
          : []),
      ]),
    );
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const col = SORT_COLUMN[q.sort];
  const rows = await base
    .select([
      'c.id',
      'c.kind',
      'c.display_name',
      'c.updated_at',
      'c.deleted_at',
      (eb) =>
        eb
          .selectFrom('contact_phones as p')
          .select('p.value')
          .whereRef('p.contact_id', '=', 'c.id')
          .where('p.is_primary', '=', 1)
          .limit(1)
          .as('phone'),
      (eb) =>
        eb
          .selectFrom('contact_phones as p')
          .select('p.valid')
          .whereRef('p.contact_id', '=', 'c.id')
          .where('p.is_primary', '=', 1)
          .limit(1)
          .as('phone_valid'),
      (eb) =>
        eb
          .selectFrom('contact_emails as e')
          .select('e.value')
          .whereRef('e.contact_id', '=', 'c.id')
          .where('e.is_primary', '=', 1)
          .limit(1)
          .as('email'),
    ])
    .orderBy(`c.${col}`, q.direction)
    .orderBy('c.id', q.direction)
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return {
    total: Number(total),
    rows: rows.map(
      (r): ContactRow => ({
        id: r.id,
        kind: r.kind,
        displayName: r.display_name,
        phone: r.phone == null ? null : displayPhone(r.phone, r.phone_valid === 1, defaultCountry),
        email: r.email ?? null,
        updatedAt: r.updated_at,
        deletedAt: r.deleted_at,
      }),
    ),
  };
}

/** Moves contacts to the trash; their phones, emails and history stay with them. */
export async function trashContacts(ctx: ServiceContext, ids: number[]): Promise<{ count: number }> {
  const res = await ctx.db
    .updateTable('contacts')
    .set({ deleted_at: isoNow(ctx) })
    .where('id', 'in', ids)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return { count: Number(res.numUpdatedRows) };
}

export async function restoreContacts(ctx: ServiceContext, ids: number[]): Promise<{ count: number }> {
  const res = await ctx.db
    .updateTable('contacts')
    .set({ deleted_at: null, updated_at: isoNow(ctx) })
    .where('id', 'in', ids)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  return { count: Number(res.numUpdatedRows) };
}
