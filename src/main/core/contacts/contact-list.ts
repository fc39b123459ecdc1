import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { z } from 'zod';
import type { BuiltInSort, ContactListQuery, ContactPage, ContactRow, CustomValue } from '../../../shared/contacts/contact.schema';
import { Lifecycle } from '../../../shared/contacts/contact-traits';
import type { ContactFacets, SearchHit } from '../../../shared/contacts/facets.schema';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings/settings.service';
import { loadFieldDefs } from '../custom-fields/custom-fields.service';
import { filterConditions } from './contact-filters';
import { searchCondition, type ContactEB } from './contact-search';
import { readValue, type FieldDef } from './custom-values';
import { displayPhone, extensionWriter, isParsedPhone, type ExtensionWriter } from './phone';

type ListQuery = z.output<typeof ContactListQuery>;

/**
 * ORDER BY of each sort that an index serves: the same columns, in the same order, as the index,
 * so the first page is read straight off it (id breaks ties, it ends every index).
 */
const INDEXED_ORDER: Partial<Record<BuiltInSort, string[]>> = {
  name: ['c.sort_name'],
  updated: ['c.updated_at'],
  created: ['c.created_at'],
  company: ['c.company_name collate nocase'],
  city: ['c.city collate nocase', 'c.sort_name'],
  country: ['c.country', 'c.sort_name'],
  postcode: ['c.postcode'],
  // The tier words happen to sort alphabetically in rank order (key, major, regular, small), so
  // the rank sort is the stored word's; SQLite reads "nulls last" off the index in two runs.
  tier: ['c.tier', 'c.sort_name'],
  owner: ['c.owner_id', 'c.sort_name'],
  source: ['c.source collate nocase'],
  email: ['c.primary_email'],
  phone: ['c.primary_phone'],
  birthday: ['c.birthday'],
  lastContact: ['c.last_contact_at'],
};

/** Sort columns where an empty value goes last in both directions. */
const NULLS_LAST = new Set(['c.tier']);

/** A stored word's rank in its list (tier by importance, lifecycle by stage); anything else is null. */
const rankOf = (column: string, order: readonly string[]) =>
  sql.raw(`(case ${column} ${order.map((v, i) => `when '${v}' then ${i}`).join(' ')} end)`);

/**
 * The sort key of a sort no index can serve (stage by rank, tags, a custom field), or
 * null for an indexed sort. Such a key is computed per matching row, so the page first sorts ids
 * only (see listQueries); an empty key sorts last in both directions.
 */
function computedKey(q: ListQuery, fields: ReadonlyMap<number, FieldDef>): RawBuilder<unknown> | null {
  switch (q.sort) {
    case 'lifecycle':
      return rankOf('c.lifecycle', Lifecycle.options);
    case 'tags':
      // Tag names in order: a contact tagged "Alpha" sorts before one tagged only "Beta".
      return sql`(select group_concat(t.name, ${SEP} order by t.name collate nocase) from contact_tags ct join tags t on t.id = ct.tag_id where ct.contact_id = c.id) collate nocase`;
  }
  const fieldId = /^custom:(\d+)$/.exec(q.sort)?.[1];
  const field = fieldId === undefined ? undefined : fields.get(Number(fieldId));
  if (!field) return null;
  // Numbers and yes/no compare as numbers, the rest as text (dates are ISO, so text order is date order).
  const value = field.type === 'number' || field.type === 'yesno' ? sql`v.value_num` : sql`v.value_text collate nocase`;
  return sql`(select ${value} from contact_custom_values v where v.field_id = ${field.id} and v.contact_id = c.id)`;
}

/** Every condition of a list query: live or trash, search, filters. */
function conditions(eb: ContactEB, q: Pick<ListQuery, 'search' | 'trashed' | 'filters'>, fields: ReadonlyMap<number, FieldDef>, now: Date): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [eb('c.deleted_at', q.trashed ? 'is not' : 'is', null)];
  const search = searchCondition(q.search);
  if (search) all.push(search);
  all.push(...filterConditions(eb, q.filters, fields, now));
  return eb.and(all);
}

const SEP = '\u001f';

/** The shared SELECT of list rows (page, rows by id, duplicates). */
function rowQuery(ctx: ServiceContext) {
  return ctx.db
    .selectFrom('contacts as c')
    .leftJoin('staff as s', 's.id', 'c.owner_id')
    .select([
      'c.id',
      'c.kind',
      'c.display_name',
      'c.updated_at',
      'c.created_at',
      'c.deleted_at',
      'c.company_name',
      'c.city',
      'c.country',
      'c.postcode',
      'c.tier',
      'c.lifecycle',
      'c.owner_id',
      's.name as owner_name',
      'c.source',
      'c.birthday',
      'c.last_contact_at',
      'c.do_not_contact',
      'c.primary_email',
      'c.primary_phone',
      sql<string | null>`(select group_concat(t.name, ${SEP}) from contact_tags ct join tags t on t.id = ct.tag_id where ct.contact_id = c.id)`.as('tag_names'),
    ]);
}

type RawRow = Awaited<ReturnType<ReturnType<typeof rowQuery>['execute']>>[number];

async function customValues(ctx: ServiceContext, ids: number[], fieldIds: number[], fields: ReadonlyMap<number, FieldDef>) {
  const out = new Map<number, Record<string, CustomValue>>();
  if (!ids.length || !fieldIds.length) return out;
  const rows = await ctx.db
    .selectFrom('contact_custom_values')
    .selectAll()
    .where('contact_id', 'in', ids)
    .where('field_id', 'in', fieldIds)
    .execute();
  for (const r of rows) {
    const field = fields.get(r.field_id);
    if (!field) continue;
    const rec = out.get(r.contact_id) ?? {};
    rec[String(r.field_id)] = readValue(field.type, r);
    out.set(r.contact_id, rec);
  }
  return out;
}

function toRow(r: RawRow, country: string, extension: ExtensionWriter, custom: Record<string, CustomValue>): ContactRow {
  return {
    id: r.id,
    kind: r.kind,
    displayName: r.display_name,
    phone: r.primary_phone ? displayPhone(r.primary_phone, isParsedPhone(r.primary_phone), country, extension) : null,
    email: r.primary_email || null,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    companyName: r.company_name,
    city: r.city,
    country: r.country,
    postcode: r.postcode,
    tier: r.tier as ContactRow['tier'],
    lifecycle: r.lifecycle as ContactRow['lifecycle'],
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    source: r.source,
    birthday: r.birthday,
    lastContactAt: r.last_contact_at,
    createdAt: r.created_at,
    doNotContact: r.do_not_contact === 1,
    tags: r.tag_names ? r.tag_names.split(SEP).sort((a, b) => a.localeCompare(b)) : [],
    custom,
  };
}

async function toRows(ctx: ServiceContext, raw: RawRow[], fieldIds: number[], fields: ReadonlyMap<number, FieldDef>) {
  const { defaultCountry } = await getSettings(ctx);
  const custom = await customValues(ctx, raw.map((r) => r.id), fieldIds, fields);
  const extension = extensionWriter(ctx.locale);
  return raw.map((r) => toRow(r, defaultCountry, extension, custom.get(r.id) ?? {}));
}

/**
 * The two statements behind a list page: the count and the page itself. Exported so the
 * query-plan test can EXPLAIN exactly what the list runs.
 */
export function listQueries(ctx: ServiceContext, q: ListQuery, fields: ReadonlyMap<number, FieldDef>) {
  const now = ctx.now();
  const where = (eb: ContactEB) => conditions(eb, q, fields, now);
  const count = ctx.db
    .selectFrom('contacts as c')
    .where(where)
    .select((eb) => eb.fn.countAll<number>().as('total'));
  const key = computedKey(q, fields);
  if (!key) {
    // A custom field that no longer exists sorts like the plain list.
    const order = INDEXED_ORDER[q.sort as BuiltInSort] ?? INDEXED_ORDER.name!;
    // With a tier filter that leaves out "no tier" there are no empty values to place, and the
    // plain order lets the planner walk the tier index for the IN list without a sorting step.
    const tiers = q.filters.tiers;
    const noEmptyTier = tiers !== undefined && tiers.length > 0 && !tiers.includes(null);
    const suffix = (col: string) => (NULLS_LAST.has(col) && !noEmptyTier ? ' nulls last' : '');
    let page = rowQuery(ctx).where(where);
    for (const col of [...order, 'c.id']) page = page.orderBy(sql.raw(`${col} ${q.direction}${suffix(col)}`));
    return { count, page: page.limit(q.limit).offset(q.offset) };
  }
  // A computed key is sorted with nothing but ids, then only the page's rows are read and
  // ordered again the same way: the row's tags and owner are never fetched for rows off the page.
  const ids = ctx.db
    .selectFrom('contacts as c')
    .select('c.id')
    .where(where)
    .orderBy(sql`${key} ${sql.raw(q.direction)} nulls last`)
    .orderBy('c.sort_name', q.direction)
    .orderBy('c.id', q.direction)
    .limit(q.limit)
    .offset(q.offset);
  const page = rowQuery(ctx)
    .where('c.id', 'in', ids)
    .orderBy(sql`${key} ${sql.raw(q.direction)} nulls last`)
    .orderBy('c.sort_name', q.direction)
    .orderBy('c.id', q.direction);
  return { count, page };
}

/** The ids of every contact a list query matches (search, filters, live or trash), in one query. */
export async function contactIds(ctx: ServiceContext, q: Pick<ListQuery, 'search' | 'trashed' | 'filters'>): Promise<number[]> {
  const fields = await loadFieldDefs(ctx);
  const now = ctx.now();
  const rows = await ctx.db
    .selectFrom('contacts as c')
    .select('c.id')
    .where((eb) => conditions(eb, q, fields, now))
    .execute();
  return rows.map((r) => r.id);
}

/** One page of the contact list, live or trashed, narrowed by search and filters, in any sort. */
export async function listContacts(ctx: ServiceContext, q: ListQuery): Promise<ContactPage> {
  const fields = await loadFieldDefs(ctx);
  const { count, page } = listQueries(ctx, q, fields);
  const { total } = await count.executeTakeFirstOrThrow();
  const raw = await page.execute();
  return { total: Number(total), rows: await toRows(ctx, raw, q.customColumns, fields) };
}

/** Contacts by id as list rows, in the order asked. */
export async function contactRows(ctx: ServiceContext, ids: number[], customColumns: number[] = []): Promise<ContactRow[]> {
  if (!ids.length) return [];
  const fields = await loadFieldDefs(ctx);
  const raw = await rowQuery(ctx).where('c.id', 'in', ids).execute();
  const rows = await toRows(ctx, raw, customColumns, fields);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ContactRow => r !== undefined);
}

/** How the contacts a list query matches split by tier, stage, owner, tag and group. */
export async function contactFacets(ctx: ServiceContext, q: ListQuery): Promise<ContactFacets> {
  const fields = await loadFieldDefs(ctx);
  const now = ctx.now();
  const where = (eb: ContactEB) => conditions(eb, q, fields, now);
  const matching = ctx.db.selectFrom('contacts as c').select('c.id').where(where);
  const grouped = async (col: 'c.tier' | 'c.lifecycle' | 'c.owner_id') =>
    ctx.db
      .selectFrom('contacts as c')
      .where(where)
      .select([sql.ref<string | number | null>(col).as('key'), (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy(col)
      .execute();
  const [tiers, lifecycles, owners] = [await grouped('c.tier'), await grouped('c.lifecycle'), await grouped('c.owner_id')];
  const tags = await ctx.db
    .selectFrom('contact_tags')
    .select(['tag_id as id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('contact_id', 'in', matching)
    .groupBy('tag_id')
    .execute();
  const groups = await ctx.db
    .selectFrom('contact_group_members')
    .select(['group_id as id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('contact_id', 'in', matching)
    .groupBy('group_id')
    .execute();
  const total = tiers.reduce((n, r) => n + Number(r.count), 0);
  const str = (k: string | number | null) => (k == null ? null : String(k));
  return {
    total,
    tiers: tiers.map((r) => ({ key: str(r.key), count: Number(r.count) })),
    lifecycles: lifecycles.map((r) => ({ key: str(r.key), count: Number(r.count) })),
    owners: owners.map((r) => ({ id: r.key == null ? null : Number(r.key), count: Number(r.count) })),
    tags: tags.map((r) => ({ id: r.id, count: Number(r.count) })),
    groups: groups.map((r) => ({ id: r.id, count: Number(r.count) })),
  };
}

/** The Ctrl/Cmd+K search: the best few matches, live contacts before trashed ones. */
export async function quickSearch(ctx: ServiceContext, q: string, limit: number): Promise<SearchHit[]> {
  const raw = await ctx.db
    .selectFrom('contacts as c')
    .select(['c.id', 'c.kind', 'c.display_name', 'c.company_name', 'c.primary_email', 'c.primary_phone', 'c.city', 'c.deleted_at'])
    .where((eb) => searchCondition(q) ?? eb.lit(false))
    .orderBy(sql`c.deleted_at is not null`)
    .orderBy('c.sort_name')
    .limit(limit)
    .execute();
  const { defaultCountry } = await getSettings(ctx);
  const extension = extensionWriter(ctx.locale);
  return raw.map((r) => ({
    id: r.id,
    kind: r.kind,
    displayName: r.display_name,
    detail: [
      r.kind === 'person' ? r.company_name : '',
      r.primary_email,
      r.primary_phone ? displayPhone(r.primary_phone, isParsedPhone(r.primary_phone), defaultCountry, extension) : '',
      r.city,
    ]
      .filter(Boolean)
      .join(' · '),
    deleted: r.deleted_at !== null,
  }));
}
