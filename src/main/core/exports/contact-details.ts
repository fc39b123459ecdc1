import type Database from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import type { ChannelLabel } from '../../../shared/contacts/contact.schema';
import type { CommPrefs } from '../../../shared/contacts/contact-traits';

/** Everything an export writes about one contact. */
export interface ExportContact {
  id: number;
  kind: 'person' | 'company';
  displayName: string;
  givenName: string;
  middleName: string;
  familyName: string;
  prefix: string;
  suffix: string;
  salutation: string;
  phoneticName: string;
  company: string;
  birthday: string | null;
  anniversary: string | null;
  tier: string | null;
  lifecycle: string | null;
  source: string;
  owner: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
  phones: { label: ChannelLabel; value: string }[];
  emails: { label: ChannelLabel; value: string }[];
  addresses: { label: ChannelLabel; street: string; city: string; region: string; postcode: string; country: string }[];
  tags: string[];
  groups: string[];
  comm: CommPrefs;
  custom: Map<number, string | number | null>;
}

interface ContactRowDb {
  id: number;
  kind: 'person' | 'company';
  display_name: string;
  given_name: string;
  middle_name: string;
  family_name: string;
  name_prefix: string;
  name_suffix: string;
  salutation: string;
  phonetic_name: string;
  company_name: string;
  birthday: string | null;
  anniversary: string | null;
  tier: string | null;
  lifecycle: string | null;
  source: string;
  owner: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
  may_phone: number;
  may_email: number;
  may_letter: number;
  may_marketing: number;
  do_not_contact: number;
}

const statements = new WeakMap<Sqlite, Map<string, Database.Statement<unknown[], unknown>>>();

/** Chunks are nearly all the same size, so their seven statements are prepared once, not per chunk. */
function prepared(sqlite: Sqlite, text: string): Database.Statement<unknown[], unknown> {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  let stmt = cache.get(text);
  if (!stmt) {
    if (cache.size > 64) cache.clear();
    cache.set(text, (stmt = sqlite.prepare<unknown[], unknown>(text)));
  }
  return stmt;
}

const group = <T extends { contact_id: number }>(rows: T[]) => {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const list = map.get(r.contact_id);
    if (list) list.push(r);
    else map.set(r.contact_id, [r]);
  }
  return map;
};

/**
 * Reads contacts by id with their phones (as typed), emails, addresses, tags, groups and custom
 * values: seven queries per chunk, whatever its size.
 */
export function loadContacts(sqlite: Sqlite, ids: readonly number[]): ExportContact[] {
  if (!ids.length) return [];
  const list = `(${ids.map(() => '?').join(',')})`;
  const q = <T>(text: string) => prepared(sqlite, text).all(...ids) as T[];
  const contacts = q<ContactRowDb>(
    `select c.id, c.kind, c.display_name, c.given_name, c.middle_name, c.family_name, c.name_prefix, c.name_suffix, c.salutation,
     c.phonetic_name, c.company_name, c.birthday, c.anniversary, c.tier, c.lifecycle, c.source, s.name owner, c.notes, c.created_at, c.updated_at,
     c.may_phone, c.may_email, c.may_letter, c.may_marketing, c.do_not_contact
     from contacts c left join staff s on s.id = c.owner_id where c.id in ${list}`,
  );
  const phones = group(q<{ contact_id: number; label: ChannelLabel; raw: string }>(`select contact_id, label, raw from contact_phones where contact_id in ${list} order by contact_id, is_primary desc, position`));
  const emails = group(q<{ contact_id: number; label: ChannelLabel; value: string }>(`select contact_id, label, value from contact_emails where contact_id in ${list} order by contact_id, is_primary desc, position`));
  const addresses = group(
    q<{ contact_id: number; label: ChannelLabel; street: string; city: string; region: string; postcode: string; country: string }>(
      `select contact_id, label, street, city, region, postcode, country from contact_addresses where contact_id in ${list} order by contact_id, is_primary desc, position`,
    ),
  );
  const tags = group(q<{ contact_id: number; name: string }>(`select ct.contact_id, t.name from contact_tags ct join tags t on t.id = ct.tag_id where ct.contact_id in ${list} order by t.name`));
  const groups = group(q<{ contact_id: number; name: string }>(`select m.contact_id, g.name from contact_group_members m join contact_groups g on g.id = m.group_id where m.contact_id in ${list} order by g.name`));
  const custom = group(q<{ contact_id: number; field_id: number; value_text: string | null; value_num: number | null }>(`select contact_id, field_id, value_text, value_num from contact_custom_values where contact_id in ${list}`));
  const byId = new Map(contacts.map((c) => [c.id, c]));
  // Keep the order asked for (the list view's sort).
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    return [
      {
        id,
        kind: c.kind,
        displayName: c.display_name,
        givenName: c.given_name,
        middleName: c.middle_name,
        familyName: c.family_name,
        prefix: c.name_prefix,
        suffix: c.name_suffix,
        salutation: c.salutation,
        phoneticName: c.phonetic_name,
        company: c.company_name,
        birthday: c.birthday,
        anniversary: c.anniversary,
        tier: c.tier,
        lifecycle: c.lifecycle,
        source: c.source,
        owner: c.owner ?? '',
        notes: c.notes,
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        phones: (phones.get(id) ?? []).map((p) => ({ label: p.label, value: p.raw })),
        emails: (emails.get(id) ?? []).map((e) => ({ label: e.label, value: e.value })),
        addresses: (addresses.get(id) ?? []).map(({ contact_id: _, ...a }) => a),
        tags: (tags.get(id) ?? []).map((t) => t.name),
        groups: (groups.get(id) ?? []).map((g) => g.name),
        comm: { phone: c.may_phone === 1, email: c.may_email === 1, letter: c.may_letter === 1, marketing: c.may_marketing === 1, doNotContact: c.do_not_contact === 1 },
        custom: new Map((custom.get(id) ?? []).map((v) => [v.field_id, v.value_text ?? v.value_num])),
      },
    ];
  });
}
