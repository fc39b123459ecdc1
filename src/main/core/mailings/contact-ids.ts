import type { RunSource } from '../../../shared/contract/mailings.contract';
import type { ServiceContext } from '../context';
import { listContacts } from '../contacts/contact-list';

const PAGE = 1000;

/**
 * The contacts a run reaches, in the order a person saw them: the list as filtered and sorted,
 * a group by name, or the ticked rows as ticked. Contacts in the trash never get mail.
 */
export async function contactIdsOf(ctx: ServiceContext, source: RunSource): Promise<number[]> {
  switch (source.type) {
    case 'query': {
      const ids: number[] = [];
      const query = { ...source.query, trashed: false, customColumns: [] };
      for (let offset = 0; ; offset += PAGE) {
        const page = await listContacts(ctx, { ...query, offset, limit: PAGE });
        ids.push(...page.rows.map((r) => r.id));
        if (page.rows.length < PAGE || ids.length >= page.total) return ids;
      }
    }
    case 'group': {
      const rows = await ctx.db
        .selectFrom('contact_group_members as m')
        .innerJoin('contacts as c', 'c.id', 'm.contact_id')
        .select('c.id')
        .where('m.group_id', '=', source.groupId)
        .where('c.deleted_at', 'is', null)
        .orderBy('c.sort_name')
        .orderBy('c.id')
        .execute();
      return rows.map((r) => r.id);
    }
    case 'selection':
    case 'contact': {
      const wanted = source.type === 'contact' ? [source.id] : [...new Set(source.ids)];
      const live = new Set<number>();
      for (let i = 0; i < wanted.length; i += 500) {
        const rows = await ctx.db
          .selectFrom('contacts')
          .select('id')
          .where('id', 'in', wanted.slice(i, i + 500))
          .where('deleted_at', 'is', null)
          .execute();
        for (const r of rows) live.add(r.id);
      }
      return wanted.filter((id) => live.has(id));
    }
  }
}
