import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import type { ServiceContext } from '../context';
import { invalid } from './field-issue';

type Problem = Parameters<typeof invalid>[1][number];

/** Splits an id list so one statement never exceeds SQLite's limit on bound parameters. */
function chunks(ids: Set<number>, size = 5000): number[][] {
  const all = [...ids];
  const out: number[][] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

async function missing(ctx: ServiceContext, table: 'staff' | 'tags' | 'contact_groups' | 'custom_fields', ids: Set<number>) {
  const have = new Set<number>();
  for (const part of chunks(ids)) {
    for (const r of await ctx.db.selectFrom(table).select('id').where('id', 'in', part).execute()) have.add(r.id);
  }
  return new Set([...ids].filter((id) => !have.has(id)));
}

/**
 * Checks that every staff member, tag, group, company and custom field the drafts point at
 * exists, before anything is written; names the field of the first bad reference.
 */
export async function checkReferences(ctx: ServiceContext, drafts: readonly ContactDraft[], selfId?: number): Promise<void> {
  const owners = new Set<number>();
  const tags = new Set<number>();
  const groups = new Set<number>();
  const companies = new Set<number>();
  const fields = new Set<number>();
  for (const d of drafts) {
    if (d.ownerId != null) owners.add(d.ownerId);
    d.tagIds?.forEach((t) => tags.add(t));
    d.groupIds?.forEach((g) => groups.add(g));
    d.companies?.forEach((l) => companies.add(l.companyId));
    Object.keys(d.custom ?? {}).forEach((k) => fields.add(Number(k)));
  }
  const [badOwners, badTags, badGroups, badFields] = [
    await missing(ctx, 'staff', owners),
    await missing(ctx, 'tags', tags),
    await missing(ctx, 'contact_groups', groups),
    await missing(ctx, 'custom_fields', fields),
  ];
  const realCompanies = new Set<number>();
  for (const part of chunks(companies)) {
    const rows = await ctx.db.selectFrom('contacts').select('id').where('id', 'in', part).where('kind', '=', 'company').execute();
    for (const r of rows) realCompanies.add(r.id);
  }
  const problems: Problem[] = [];
  drafts.forEach((d, row) => {
    const at = (path: (string | number)[]) => (drafts.length > 1 ? [`row:${row}`, ...path] : path);
    if (d.ownerId != null && badOwners.has(d.ownerId)) problems.push({ path: at(['ownerId']), key: 'unknownStaff', params: { id: d.ownerId } });
    d.tagIds?.forEach((t, i) => badTags.has(t) && problems.push({ path: at(['tagIds', i]), key: 'unknownTag', params: { id: t } }));
    d.groupIds?.forEach((g, i) => badGroups.has(g) && problems.push({ path: at(['groupIds', i]), key: 'unknownGroup', params: { id: g } }));
    d.companies?.forEach((l, i) => {
      if (!realCompanies.has(l.companyId) || l.companyId === selfId) {
        problems.push({ path: at(['companies', i]), key: 'unknownCompany', params: { id: l.companyId } });
      }
    });
    for (const k of Object.keys(d.custom ?? {})) {
      if (badFields.has(Number(k))) problems.push({ path: at(['custom', k]), key: 'unknownField', params: { id: k } });
    }
  });
  if (problems.length) throw invalid(ctx, problems.slice(0, 20));
}
