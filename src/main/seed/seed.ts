import type { ContactDraft } from '../../shared/contacts/contact.schema';
import { CONTACT_KINDS } from '../../shared/contacts/history.schema';
import type { ServiceContext } from '../core/context';
import { createContacts } from '../core/contacts/contacts.service';
import { createCustomField } from '../core/custom-fields/custom-fields.service';
import { createGroup } from '../core/groups/groups.service';
import { createStaff } from '../core/staff/staff.service';
import { createTag } from '../core/tags/tags.service';
import { demoCompany, demoPerson, pickCulture, type Culture, type SeedRefs } from './demo-contacts';
import { Prng } from './prng';

export interface SeedOptions {
  contacts: number;
  /** Same seed, same data. */
  seed?: number;
  /** Average history items per contact. */
  historyPerContact?: number;
}

export interface SeedSummary {
  contacts: number;
  companies: number;
  people: number;
  history: number;
}

const HISTORY: Record<string, { en: string[]; zh: string[] }> = {
  note: { en: ['Prefers calls in the morning', 'Asked about the new catalogue', 'Birthday card sent'], zh: ['喜欢上午联系', '询问新产品目录', '已寄生日贺卡'] },
  call: { en: ['Follow-up on quote', 'Order confirmed by phone', 'Asked for delivery date'], zh: ['报价跟进', '电话确认订单', '询问交货日期'] },
  visit: { en: ['Showroom visit', 'Visited their office', 'Site inspection'], zh: ['到店参观', '上门拜访', '现场考察'] },
  email: { en: ['Sent price list', 'Invoice sent', 'Newsletter reply'], zh: ['已发送价格表', '已发送发票', '回复了简报'] },
  letter: { en: ['Christmas card', 'Contract by post', 'Welcome letter'], zh: ['新年贺卡', '邮寄合同', '欢迎信'] },
};
const KINDS = ['note', 'call', 'call', 'visit', 'email', 'email', 'letter'] as const;

/** Creates the staff, tags, groups and custom fields demo contacts point at. */
export async function seedOrganising(ctx: ServiceContext): Promise<SeedRefs> {
  const staff = [];
  for (const name of ['Li Na', 'Anna Weber', 'Tom Baker', '王芳', 'Jürgen Koch']) staff.push((await createStaff(ctx, { name, email: '', active: true })).id);
  const tags = [];
  const tagNames: [string, string][] = [
    ['VIP', '#e03131'], ['Newsletter', '#1c7ed6'], ['Trade fair', '#2f9e44'], ['Wholesale', '#f08c00'],
    ['Referral', '#7048e8'], ['Christmas card', '#c2255c'], ['老客户', '#0c8599'], ['重点跟进', '#e8590c'],
  ];
  for (const [name, color] of tagNames) tags.push((await createTag(ctx, { name, color })).id);
  const groups = [];
  for (const name of ['Christmas cards 2026', 'Spring mailing', '展会邀请']) groups.push((await createGroup(ctx, { name, description: '' })).id);
  const field = async (label: string, type: 'text' | 'number' | 'date' | 'yesno' | 'choice', choices: string[] = []) =>
    (await createCustomField(ctx, { label, type, choices, appliesTo: 'all' })).id;
  return {
    staff,
    tags,
    groups,
    since: await field('Customer since', 'date'),
    volume: await field('Annual volume', 'number'),
    language: await field('Preferred language', 'choice', ['English', 'Deutsch', '中文']),
    nda: await field('NDA signed', 'yesno'),
  };
}

/** Writes history items for the given contacts in one transaction, then their last-contact dates. */
function seedHistory(ctx: ServiceContext, rng: Prng, contacts: { id: number; culture: Culture }[], average: number, staff: number[]): number {
  const insert = ctx.sqlite.prepare(
    `insert into history (contact_id, kind, occurred_at, summary, body, payload, staff_id, created_at, updated_at)
     values (?, ?, ?, ?, '', ?, ?, ?, ?)`,
  );
  const now = ctx.now().getTime();
  let count = 0;
  ctx.sqlite.transaction(() => {
    for (const c of contacts) {
      const n = rng.int(Math.max(1, Math.round(average * 2)) + 1);
      for (let i = 0; i < n; i++) {
        const kind = rng.pick(KINDS);
        const at = new Date(now - rng.int(3 * 365 * 86_400_000)).toISOString();
        const summary = rng.pick(HISTORY[kind]![c.culture === 'cn' ? 'zh' : 'en']);
        const payload = kind === 'call' ? { direction: rng.chance(0.5) ? 'inbound' : 'outbound', minutes: rng.between(1, 30) } : {};
        insert.run(c.id, kind, at, summary, JSON.stringify(payload), rng.pick(staff), at, at);
        count++;
      }
    }
    ctx.sqlite.exec(
      `update contacts set last_contact_at = (select max(occurred_at) from history h
       where h.contact_id = contacts.id and h.kind in (${CONTACT_KINDS.map((k) => `'${k}'`).join(', ')}))`,
    );
  })();
  return count;
}

/**
 * Fills a database with realistic demo data: English, German and Chinese people and companies,
 * addresses in US, UK, DE and CN formats, valid phones, emails, tiers, tags, custom values and
 * history. Deterministic for a given seed.
 * @example await seedDatabase(ctx, { contacts: 1000 })
 */
export async function seedDatabase(ctx: ServiceContext, options: SeedOptions): Promise<SeedSummary> {
  const rng = new Prng(options.seed ?? 20261123);
  const refs = await seedOrganising(ctx);
  const nCompanies = Math.round(options.contacts * 0.1);
  const companyCultures = Array.from({ length: nCompanies }, () => pickCulture(rng));
  const companyDrafts = companyCultures.map((c) => demoCompany(rng, c, refs));
  const companyIds = await createContacts(ctx, companyDrafts);
  const byCulture = new Map<Culture, { id: number; name: string }[]>();
  companyIds.forEach((id, i) => {
    const culture = companyCultures[i]!;
    byCulture.set(culture, [...(byCulture.get(culture) ?? []), { id, name: companyDrafts[i]!.companyName }]);
  });
  const people: { draft: ContactDraft; culture: Culture }[] = [];
  for (let i = 0; i < options.contacts - nCompanies; i++) {
    const culture = pickCulture(rng);
    const pool = byCulture.get(culture);
    const company = pool?.length && rng.chance(0.6) ? rng.pick(pool) : undefined;
    people.push({ draft: demoPerson(rng, culture, refs, company), culture });
  }
  const peopleIds = await createContacts(ctx, people.map((p) => p.draft));
  const all = [
    ...companyIds.map((id, i) => ({ id, culture: companyCultures[i]! })),
    ...peopleIds.map((id, i) => ({ id, culture: people[i]!.culture })),
  ];
  const history = seedHistory(ctx, rng, all, options.historyPerContact ?? 2, refs.staff);
  ctx.sqlite.exec('analyze');
  return { contacts: all.length, companies: companyIds.length, people: peopleIds.length, history };
}
