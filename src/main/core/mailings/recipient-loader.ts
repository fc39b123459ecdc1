import type { AddressContent, ExtraLine } from '../../../shared/contract/mailings.contract';
import { toPostalAddress } from '../../../shared/address/postal-address';
import type { ServiceContext } from '../context';
import { loadFieldDefs } from '../custom-fields/custom-fields.service';
import { readValue, type FieldDef } from '../contacts/custom-values';
import type { MailRecipient } from './mail-recipient';
import { splitNamePrefix } from './name-prefix';

const CHUNK = 500;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

function valueText(field: FieldDef | undefined, v: { value_text: string | null; value_num: number | null }): string {
  if (!field) return v.value_text ?? (v.value_num == null ? '' : String(v.value_num));
  const value = readValue(field.type, v);
  if (value == null) return '';
  return typeof value === 'boolean' ? (value ? '✓' : '') : String(value);
}

function extraLine(line: ExtraLine, id: number, fields: Record<string, string>): string {
  if (line.type === 'text') return line.text;
  const value = line.type === 'customerNumber' ? String(id) : (fields[String(line.fieldId)] ?? '');
  return value ? `${line.prefix}${value}`.trim() : '';
}

/**
 * The contacts as recipients, in the order of `ids`: name parts, form of address and title
 * (as the content options allow), company, primary postal address (an address without a
 * country is taken as domestic), mail preferences, custom values and owner.
 * @example await loadRecipients(ctx, [7, 9], AddressContent.parse({}), 'DE')
 */
export async function loadRecipients(ctx: ServiceContext, ids: readonly number[], content: AddressContent, homeCountry: string): Promise<MailRecipient[]> {
  const fieldDefs = await loadFieldDefs(ctx);
  const byId = new Map<number, MailRecipient>();
  for (const part of chunks(ids)) {
    const contacts = await ctx.db
      .selectFrom('contacts as c')
      .leftJoin('staff as s', 's.id', 'c.owner_id')
      .select([
        'c.id',
        'c.kind',
        'c.given_name',
        'c.family_name',
        'c.company_name',
        'c.display_name',
        'c.name_prefix',
        'c.salutation',
        'c.may_letter',
        'c.do_not_contact',
        's.name as owner_name',
      ])
      .where('c.id', 'in', part)
      .execute();
    const addresses = await ctx.db
      .selectFrom('contact_addresses')
      .selectAll()
      .where('contact_id', 'in', part)
      .orderBy('contact_id')
      .orderBy('is_primary', 'desc')
      .orderBy('position')
      .execute();
    const firstAddress = new Map<number, (typeof addresses)[number]>();
    for (const a of addresses) if (!firstAddress.has(a.contact_id)) firstAddress.set(a.contact_id, a);
    const links = await ctx.db
      .selectFrom('contact_links as l')
      .innerJoin('contacts as co', 'co.id', 'l.company_id')
      .select(['l.person_id', 'co.company_name', 'l.position'])
      .where('l.person_id', 'in', part)
      .where('co.deleted_at', 'is', null)
      .orderBy('l.person_id')
      .orderBy('l.position')
      .execute();
    const companyOf = new Map<number, string>();
    for (const l of links) if (!companyOf.has(l.person_id)) companyOf.set(l.person_id, l.company_name);
    const values = await ctx.db.selectFrom('contact_custom_values').selectAll().where('contact_id', 'in', part).execute();
    const fieldsOf = new Map<number, Record<string, string>>();
    for (const v of values) {
      const text = valueText(fieldDefs.get(v.field_id), v);
      if (!text) continue;
      const f = fieldsOf.get(v.contact_id) ?? {};
      f[String(v.field_id)] = text;
      fieldsOf.set(v.contact_id, f);
    }
    for (const c of contacts) {
      const stored = firstAddress.get(c.id);
      const address = stored
        ? toPostalAddress({ street: stored.street, city: stored.city, region: stored.region, postcode: stored.postcode, country: stored.country || homeCountry })
        : null;
      const prefix = splitNamePrefix(c.name_prefix);
      const fields = fieldsOf.get(c.id) ?? {};
      // A person's firm: the first company linked, else the one their own record names (an imported list's 公司 column).
      const company = c.kind === 'company' ? c.company_name : content.company ? (companyOf.get(c.id) ?? c.company_name) : '';
      byId.set(c.id, {
        id: c.id,
        displayName: c.display_name,
        kind: c.kind,
        givenName: c.given_name,
        familyName: c.family_name,
        salutation: content.salutation ? prefix.salutation : 'none',
        title: content.title ? prefix.title : '',
        company,
        address,
        extraLines: content.extraLines.map((l) => extraLine(l, c.id, fields)).filter(Boolean),
        noLetters: c.may_letter === 0 || c.do_not_contact === 1,
        fields,
        greeting: c.salutation,
        ownerName: c.owner_name ?? '',
      });
    }
  }
  return ids.map((id) => byId.get(id)).filter((r): r is MailRecipient => r !== undefined);
}
