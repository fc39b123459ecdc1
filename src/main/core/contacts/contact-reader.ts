import type { ContactDetail, CustomValue } from '../../../shared/contacts/contact.schema';
import type { ChannelLabel } from '../../../shared/contacts/address.schema';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { getSettings } from '../settings/settings.service';
import { displayPhone, extensionWriter } from './phone';
import { readValue } from './custom-values';

type Detail = ContactDetail;

/** Everything the contact page shows about one contact (its history is paged separately). */
export async function getContact(ctx: ServiceContext, id: number): Promise<Detail> {
  const row = await ctx.db
    .selectFrom('contacts as c')
    .leftJoin('staff as s', 's.id', 'c.owner_id')
    .selectAll('c')
    .select(['s.name as owner_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('contact', id);
  const { defaultCountry } = await getSettings(ctx);
  const extension = extensionWriter(ctx.locale);
  const phones = await ctx.db.selectFrom('contact_phones').selectAll().where('contact_id', '=', id).orderBy('position').execute();
  const emails = await ctx.db.selectFrom('contact_emails').selectAll().where('contact_id', '=', id).orderBy('position').execute();
  const addresses = await ctx.db
    .selectFrom('contact_addresses')
    .selectAll()
    .where('contact_id', '=', id)
    .orderBy('position')
    .execute();
  const companies = await ctx.db
    .selectFrom('contact_links as l')
    .innerJoin('contacts as co', 'co.id', 'l.company_id')
    .select(['l.company_id', 'co.display_name', 'l.role', 'l.title'])
    .where('l.person_id', '=', id)
    .orderBy('l.position')
    .execute();
  const people = await ctx.db
    .selectFrom('contact_links as l')
    .innerJoin('contacts as p', 'p.id', 'l.person_id')
    .select(['l.person_id', 'p.display_name', 'l.role', 'l.title'])
    .where('l.company_id', '=', id)
    .where('p.deleted_at', 'is', null)
    .orderBy('p.sort_name')
    .execute();
  const tags = await ctx.db
    .selectFrom('contact_tags as ct')
    .innerJoin('tags as t', 't.id', 'ct.tag_id')
    .select(['t.id', 't.name', 't.color'])
    .where('ct.contact_id', '=', id)
    .orderBy('t.name')
    .execute();
  const groups = await ctx.db
    .selectFrom('contact_group_members as m')
    .innerJoin('contact_groups as g', 'g.id', 'm.group_id')
    .select(['g.id', 'g.name'])
    .where('m.contact_id', '=', id)
    .orderBy('g.name')
    .execute();
  const values = await ctx.db
    .selectFrom('contact_custom_values as v')
    .innerJoin('custom_fields as f', 'f.id', 'v.field_id')
    .select(['v.field_id', 'f.type', 'v.value_text', 'v.value_num'])
    .where('v.contact_id', '=', id)
    .execute();
  const custom: Record<string, CustomValue> = {};
  for (const v of values) custom[String(v.field_id)] = readValue(v.type, v);
  return {
    id: row.id,
    kind: row.kind,
    givenName: row.given_name,
    familyName: row.family_name,
    companyName: row.company_name,
    displayName: row.display_name,
    phones: phones.map((p) => ({
      id: p.id,
      label: p.label as ChannelLabel,
      value: p.value,
      display: displayPhone(p.value, p.valid === 1, defaultCountry, extension),
      valid: p.valid === 1,
      primary: p.is_primary === 1,
    })),
    emails: emails.map((e) => ({ id: e.id, label: e.label as ChannelLabel, value: e.value, primary: e.is_primary === 1 })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    middleName: row.middle_name,
    namePrefix: row.name_prefix,
    nameSuffix: row.name_suffix,
    salutation: row.salutation,
    phoneticName: row.phonetic_name,
    nameOrder: row.name_order as Detail['nameOrder'],
    birthday: row.birthday,
    anniversary: row.anniversary,
    tier: row.tier as Detail['tier'],
    lifecycle: row.lifecycle as Detail['lifecycle'],
    source: row.source,
    owner: row.owner_id != null && row.owner_name != null ? { id: row.owner_id, name: row.owner_name } : null,
    comm: {
      phone: row.may_phone === 1,
      email: row.may_email === 1,
      letter: row.may_letter === 1,
      marketing: row.may_marketing === 1,
      doNotContact: row.do_not_contact === 1,
    },
    relationshipStyle: row.relationship_style as Detail['relationshipStyle'],
    relationshipNote: row.relationship_note,
    notes: row.notes,
    addresses: addresses.map((a) => ({
      id: a.id,
      label: a.label as ChannelLabel,
      street: a.street,
      city: a.city,
      region: a.region,
      postcode: a.postcode,
      country: a.country,
      primary: a.is_primary === 1,
    })),
    companies: companies.map((c) => ({ companyId: c.company_id, name: c.display_name, role: c.role, title: c.title })),
    people: people.map((p) => ({ personId: p.person_id, name: p.display_name, role: p.role, title: p.title })),
    tags,
    groups,
    custom,
    lastContactAt: row.last_contact_at,
    mergedInto: row.merged_into,
  };
}
