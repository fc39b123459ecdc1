import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ContactListQuery, type ContactDraft } from '../../../src/shared/contacts/contact.schema';
import { createContacts } from '../../../src/main/core/contacts/contacts.service';
import { listQueries } from '../../../src/main/core/contacts/contact-list';
import { loadFieldDefs } from '../../../src/main/core/custom-fields/custom-fields.service';
import { tempBackend, type TempBackend } from '../support/temp-backend';

let b: TempBackend;

beforeAll(async () => {
  b = await tempBackend();
  const tag = await b.value('tags.create', { name: 'VIP' });
  const group = await b.value('groups.create', { name: 'Fair' });
  const staff = await b.value('staff.create', { name: 'Li Na' });
  const field = await b.value('customFields.create', { label: 'Size', type: 'choice', choices: ['S', 'M', 'L'] });
  const tiers = ['key', 'major', 'regular', 'small'] as const;
  // More than BULK_ROWS into an empty file: the bulk insert drops the list's indexes and builds
  // them again at the end, so every plan below also shows they came back.
  const drafts: ContactDraft[] = Array.from({ length: 6000 }, (_, i) => ({
    kind: 'person',
    givenName: `Given${i}`,
    familyName: `Family${i % 97}`,
    companyName: '',
    phones: [{ label: 'mobile', value: `+4930${1_000_000 + i}`, primary: true }],
    emails: [{ label: 'work', value: `p${i}@example.com`, primary: true }],
    tier: tiers[i % 4],
    lifecycle: 'customer',
    ownerId: i % 10 ? null : staff.id,
    tagIds: i % 50 ? [] : [tag.id],
    groupIds: i % 70 ? [] : [group.id],
    custom: i % 30 ? {} : { [field.id]: 'M' },
    addresses: [{ label: 'work', street: '', city: `City${i % 50}`, region: '', postcode: `${10_000 + i}`, country: i % 2 ? 'DE' : 'US', primary: true }],
  }));
  await createContacts(b.ctx, drafts);
});
afterAll(async () => {
  await b.dispose();
});

/** The query plan of the count and the page of a list query, one line per step. */
async function plans(input: z.input<typeof ContactListQuery>): Promise<string[][]> {
  const q = ContactListQuery.parse(input);
  const { count, page } = listQueries(b.ctx, q, await loadFieldDefs(b.ctx));
  return [count.compile(), page.compile()].map((c) =>
    (b.connection.sqlite.prepare(`explain query plan ${c.sql}`).all(...(c.parameters as unknown[])) as { detail: string }[]).map(
      (r) => r.detail,
    ),
  );
}

const fullScan = (lines: string[]) => lines.filter((l) => /^SCAN (c|contacts)\b/.test(l));

describe('the list, its filters and search run on indexes, not full scans of contacts', () => {
  const cases: [string, z.input<typeof ContactListQuery>, RegExp][] = [
    ['the plain list', {}, /contacts_live_by_name/],
    ['sorted by city', { sort: 'city' }, /contacts_by_city/],
    ['sorted by last contact', { sort: 'lastContact', direction: 'desc' }, /contacts_by_last_contact/],
    ['tier', { filters: { tiers: ['key'] } }, /contacts_by_tier/],
    ['lifecycle', { filters: { lifecycles: ['lead'] } }, /contacts_by_lifecycle/],
    ['owner', { filters: { ownerIds: [1] } }, /contacts_by_owner/],
    ['city', { filters: { cities: ['City7'] } }, /contacts_by_city/],
    ['country', { filters: { countries: ['DE'] } }, /contacts_by_country/],
    ['tag', { filters: { tagIds: [1] } }, /SEARCH contact_tags USING (COVERING INDEX|PRIMARY KEY)/],
    ['group', { filters: { groupIds: [1] } }, /SEARCH contact_group_members USING (COVERING INDEX|PRIMARY KEY)/],
    ['custom field', { filters: { custom: [{ fieldId: 1, op: 'eq', value: 'M' }] } }, /contact_custom_values_by_text/],
    ['company people', { filters: { companyId: 5 } }, /contact_links_by_company/],
    ['no contact for 90 days', { filters: { noContactDays: 90 } }, /contacts_by_last_contact|contacts_live_by_name/],
    ['search by name (trigram)', { search: 'given12' }, /contact_fts VIRTUAL TABLE/],
    ['search by phone digits', { search: '030 100 12' }, /contact_fts VIRTUAL TABLE/],
    ['search by 2 characters (prefix tokens)', { search: 'fa' }, /contact_fts VIRTUAL TABLE/],
    ['a sort and two filters', { sort: 'tier', filters: { countries: ['DE'], tiers: ['key', 'major'] } }, /contacts_by_(tier|country)/],
  ];
  for (const [name, query, index] of cases) {
    it(`${name}`, async () => {
      const [count, page] = await plans(query);
      expect(fullScan(count!), count!.join('\n')).toEqual([]);
      expect(fullScan(page!), page!.join('\n')).toEqual([]);
      expect(page!.join('\n')).toMatch(index);
    });
  }

  it('the plain name sort reads its rows in order off the index, with no sorting step', async () => {
    const [, page] = await plans({});
    expect(page!.join('\n')).toMatch(/contacts_live_by_name/);
    expect(page!.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it('sorts by tier rank, no tier last, straight off the tier index both ways', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const [, page] = await plans({ sort: 'tier', direction });
      expect(page!.join('\n')).toMatch(/contacts_by_tier/);
      expect(page!.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });

  const computed: [string, z.input<typeof ContactListQuery>, RegExp][] = [
    ['lifecycle by stage, filtered by country', { sort: 'lifecycle', filters: { countries: ['DE'] } }, /contacts_by_country/],
    ['a custom field', { sort: 'custom:1' }, /SEARCH v USING PRIMARY KEY \(field_id=\? AND contact_id=\?\)/],
    ['tags', { sort: 'tags' }, /SEARCH ct USING COVERING INDEX contact_tags_by_contact/],
  ];
  for (const [name, query, index] of computed) {
    it(`sorted by ${name}: ids are sorted on an index search, then only the page's rows are read by id`, async () => {
      const [count, page] = await plans(query);
      expect(fullScan(count!), count!.join('\n')).toEqual([]);
      expect(fullScan(page!), page!.join('\n')).toEqual([]);
      expect(page!.join('\n')).toMatch(index);
      expect(page![0]).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    });
  }

  it('a selective tag filter reaches contacts by id from the tag index, not by walking all of them', async () => {
    const [, page] = await plans({ filters: { tagIds: [1] } });
    expect(page!.join('\n')).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
  });
});
