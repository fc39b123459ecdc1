import { afterEach, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../../src/main/seed/seed';
import { tempBackend, type TempBackend } from '../support/temp-backend';

const open: TempBackend[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((b) => b.dispose()));
});

async function seeded(contacts: number): Promise<TempBackend> {
  const b = await tempBackend();
  open.push(b);
  await seedDatabase(b.ctx, { contacts });
  return b;
}

const all = <T>(b: TempBackend, sql: string) => b.connection.sqlite.prepare(sql).all() as T[];

describe('the demo data', () => {
  it('is the same on every run', async () => {
    const [one, two] = [await seeded(200), await seeded(200)];
    const names = (b: TempBackend) => all<{ display_name: string }>(b, 'select display_name from contacts order by id').map((r) => r.display_name);
    expect(names(one)).toEqual(names(two));
  });

  it('mixes English, German and Chinese people and companies, in the US, UK, Germany and China', async () => {
    const b = await seeded(400);
    const countries = all<{ country: string }>(b, 'select distinct country from contact_addresses order by 1').map((r) => r.country);
    expect(countries).toEqual(['CN', 'DE', 'GB', 'US']);
    const kinds = all<{ kind: string; n: number }>(b, 'select kind, count(*) n from contacts group by kind');
    expect(kinds.find((k) => k.kind === 'company')?.n).toBe(40);
    expect(all(b, "select 1 from contacts where display_name glob '*[王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋]*'").length).toBeGreaterThan(50);
    expect(all(b, "select 1 from contacts where family_name in ('Müller', 'Schröder', 'Krüger', 'Schäfer')").length).toBeGreaterThan(0);
  });

  it('gives every phone a number valid for its country and every contact an email', async () => {
    const b = await seeded(400);
    expect(all(b, 'select 1 from contact_phones where valid = 0')).toEqual([]);
    expect(all(b, "select 1 from contact_emails where value not like '%_@_%._%'")).toEqual([]);
    expect(all(b, 'select 1 from contacts c where not exists (select 1 from contact_emails e where e.contact_id = c.id)')).toEqual([]);
  });

  it('fills tiers, tags, custom values and history, and the search finds Chinese names by pinyin', async () => {
    const b = await seeded(400);
    const tiers = all<{ tier: string }>(b, 'select distinct tier from contacts where tier is not null order by 1').map((r) => r.tier);
    expect(tiers).toEqual(['key', 'major', 'regular', 'small']);
    expect(all(b, 'select 1 from contact_tags').length).toBeGreaterThan(50);
    expect(all(b, 'select 1 from contact_custom_values').length).toBeGreaterThan(50);
    expect(all(b, 'select 1 from history').length).toBeGreaterThan(400);
    const [wang] = all<{ phonetic_name: string; id: number }>(b, "select id, phonetic_name from contacts where phonetic_name <> '' limit 1");
    const spelled = wang!.phonetic_name.replace(/\s+/g, '').toLowerCase();
    expect((await b.value('contacts.list', { search: spelled })).rows.map((r) => r.id)).toContain(wang!.id);
  });
});
