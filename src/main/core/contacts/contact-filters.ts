import { sql, type Expression, type SqlBool } from 'kysely';
import type { ContactFilters, CustomFilter } from '../../../shared/contacts/contact.schema';
import type { FieldDef } from './custom-values';
import type { ContactEB } from './contact-search';

const DAY_MS = 86_400_000;

/** "in (...)" over a list that may hold null ("none"), kept index-friendly. */
function inOrNull<T extends string | number>(eb: ContactEB, column: string, values: readonly (T | null)[]): Expression<SqlBool> {
  const set = values.filter((v): v is T => v !== null);
  const parts: Expression<SqlBool>[] = [];
  if (set.length) parts.push(sql<SqlBool>`${sql.ref(column)} in (${sql.join(set)})`);
  if (set.length !== values.length) parts.push(sql<SqlBool>`${sql.ref(column)} is null`);
  return eb.or(parts);
}

function customCondition(f: CustomFilter, field: FieldDef | undefined): Expression<SqlBool> {
  const ids = (cond: Expression<SqlBool>) =>
    sql<SqlBool>`c.id in (select contact_id from contact_custom_values where field_id = ${f.fieldId} and ${cond})`;
  const numeric = field?.type === 'number' || field?.type === 'yesno';
  const col = sql.ref(numeric ? 'value_num' : 'value_text');
  const value = typeof f.value === 'boolean' ? (f.value ? 1 : 0) : f.value;
  switch (f.op) {
    case 'set':
      return sql<SqlBool>`c.id in (select contact_id from contact_custom_values where field_id = ${f.fieldId})`;
    case 'unset':
      return sql<SqlBool>`c.id not in (select contact_id from contact_custom_values where field_id = ${f.fieldId})`;
    case 'contains':
      return ids(sql<SqlBool>`value_text like ${`%${String(value ?? '').replace(/[%_\\]/g, (m) => `\\${m}`)}%`} escape '\\'`);
    case 'eq':
      return ids(sql<SqlBool>`${col} = ${numeric ? Number(value) : String(value ?? '')}`);
    case 'gte':
      return ids(sql<SqlBool>`${col} >= ${numeric ? Number(value) : String(value ?? '')}`);
    case 'lte':
      return ids(sql<SqlBool>`${col} <= ${numeric ? Number(value) : String(value ?? '')}`);
  }
}

/**
 * The conditions of the list's filters, each written so SQLite answers it from an index
 * (see tests/unit/contacts/query-plan.test.ts).
 */
export function filterConditions(
  eb: ContactEB,
  f: ContactFilters,
  fields: ReadonlyMap<number, FieldDef>,
  now: Date,
): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (f.kind) out.push(eb('c.kind', '=', f.kind));
  if (f.tiers?.length) out.push(inOrNull(eb, 'c.tier', f.tiers));
  if (f.lifecycles?.length) out.push(inOrNull(eb, 'c.lifecycle', f.lifecycles));
  if (f.ownerIds?.length) out.push(inOrNull(eb, 'c.owner_id', f.ownerIds));
  if (f.countries?.length) out.push(eb('c.country', 'in', f.countries));
  if (f.cities?.length) out.push(sql<SqlBool>`c.city collate nocase in (${sql.join(f.cities)})`);
  if (f.sources?.length) out.push(sql<SqlBool>`c.source collate nocase in (${sql.join(f.sources)})`);
  if (f.doNotContact !== undefined) out.push(eb('c.do_not_contact', '=', f.doNotContact ? 1 : 0));
  if (f.tagIds?.length) {
    if (f.tagMode === 'all') {
      for (const tag of f.tagIds) out.push(sql<SqlBool>`c.id in (select contact_id from contact_tags where tag_id = ${tag})`);
    } else {
      out.push(sql<SqlBool>`c.id in (select contact_id from contact_tags where tag_id in (${sql.join(f.tagIds)}))`);
    }
  }
  if (f.groupIds?.length) {
    out.push(sql<SqlBool>`c.id in (select contact_id from contact_group_members where group_id in (${sql.join(f.groupIds)}))`);
  }
  if (f.companyId) out.push(sql<SqlBool>`c.id in (select person_id from contact_links where company_id = ${f.companyId})`);
  if (f.noContactDays) {
    const cutoff = new Date(now.getTime() - f.noContactDays * DAY_MS).toISOString();
    out.push(eb.or([eb('c.last_contact_at', '<', cutoff), eb('c.last_contact_at', 'is', null)]));
  }
  for (const cf of f.custom ?? []) out.push(customCondition(cf, fields.get(cf.fieldId)));
  return out;
}
