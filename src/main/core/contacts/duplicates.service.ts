import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import type { DuplicateCandidate, DuplicateGroup, DuplicateReason } from '../../../shared/contacts/duplicates.schema';
import type { ServiceContext } from '../context';
import { getSettings } from '../settings/settings.service';
import { contactRows } from './contact-list';
import { normalizePhone, phoneKind } from './phone';
import { homeCountry } from './prepared-contact';
import { bothPeople, markedLetters, markedWords, nameMarks, namesAgree } from './name-marks';
import { nameKeyOf } from './search-document';

/** Fewer digits than this are extensions or typos, not a number two records could share. */
const MIN_PHONE_DIGITS = 6;

/**
 * Stored contacts that look like the one being typed: the same email, the same phone number,
 * or the same name (in any order, accents and pinyin folded) in the same city or company. For a
 * stored contact (`excludeId`), whose duplicates the merge dialog then offers, one sharing only
 * an email or a landline under another person's name (a colleague on the switchboard) is none,
 * while a mobile is one person's whatever they are called ("Bob" and "Robert Smith"); a record
 * being typed is told of every contact with its number.
 */
export async function duplicatesOf(ctx: ServiceContext, draft: ContactDraft, excludeId?: number): Promise<DuplicateCandidate[]> {
  const { defaultCountry } = await getSettings(ctx);
  const reasons = new Map<number, Set<DuplicateReason>>();
  const add = (ids: { contact_id: number }[], reason: DuplicateReason) => {
    for (const { contact_id } of ids) {
      if (contact_id === excludeId) continue;
      reasons.set(contact_id, (reasons.get(contact_id) ?? new Set()).add(reason));
    }
  };
  const emails = draft.emails.map((e) => e.value);
  if (emails.length) {
    add(await ctx.db.selectFrom('contact_emails').select('contact_id').where('value', 'in', emails).execute(), 'email');
  }
  const home = homeCountry(draft);
  const numbers = draft.phones.map((p) => normalizePhone(p.value, defaultCountry, home)).filter((n) => n.digits.length >= MIN_PHONE_DIGITS);
  // The contacts sharing one of its mobiles: the same person, whatever either is called.
  const byMobile = new Set<number>();
  if (numbers.length) {
    const sharing = await ctx.db.selectFrom('contact_phones').select(['contact_id', 'digits']).where('digits', 'in', numbers.map((n) => n.digits)).execute();
    add(sharing, 'phone');
    const mobiles = new Set(numbers.filter((n) => n.kind === 'mobile').map((n) => n.digits));
    for (const s of sharing) if (mobiles.has(s.digits)) byMobile.add(s.contact_id);
  }
  const key = nameKeyOf(draft);
  if (key) {
    const cities = (draft.addresses ?? []).map((a) => a.city.toLowerCase()).filter(Boolean);
    const company = draft.companyName.toLowerCase();
    const sameName = await ctx.db
      .selectFrom('contacts')
      .select(['id', 'city', 'company_name'])
      .where('name_key', '=', key)
      .execute();
    for (const c of sameName) {
      if (cities.length && cities.includes(c.city.toLowerCase())) add([{ contact_id: c.id }], 'nameCity');
      if (company && company === c.company_name.toLowerCase()) add([{ contact_id: c.id }], 'nameCompany');
    }
  }
  if (excludeId !== undefined) {
    const byNumber = [...reasons].filter(([, r]) => !r.has('nameCity') && !r.has('nameCompany')).map(([id]) => id);
    const marks = await nameMarksOf(ctx, [excludeId, ...byNumber]);
    const own = marks.get(excludeId);
    for (const id of byNumber) {
      const other = marks.get(id);
      if (!own || !other || namesAgree(...own, ...other) || (byMobile.has(id) && bothPeople(own[0], other[0]))) continue;
      reasons.delete(id);
    }
  }
  const rows = await contactRows(ctx, [...reasons.keys()]);
  return rows
    .filter((r) => r.deletedAt === null)
    .map((contact) => ({ contact, reasons: [...reasons.get(contact.id)!] }))
    .sort((a, b) => b.reasons.length - a.reasons.length)
    .slice(0, 20);
}

/**
 * The contacts among `ids` that can be one, in groups of two or more: those sharing an email or
 * a phone under names that are not one person's (see namesAgree), colleagues on the office's
 * switchboard or a couple on their home phone, are no duplicates of each other; with
 * `anyPerson` (a mobile they share), people are of one group whatever their names.
 */
async function byAgreeingNames(ctx: ServiceContext, ids: number[], anyPerson = false): Promise<number[][]> {
  const groups: { marks: [number, number]; ids: number[] }[] = [];
  for (const [id, marks] of await nameMarksOf(ctx, ids)) {
    const group = groups.find((g) => namesAgree(...marks, ...g.marks) || (anyPerson && bothPeople(marks[0], g.marks[0])));
    if (group) group.ids.push(id);
    else groups.push({ marks, ids: [id] });
  }
  return groups.filter((g) => g.ids.length > 1).map((g) => g.ids);
}

/** The marked names (see nameMarks) of the contacts `ids`, by id. */
async function nameMarksOf(ctx: ServiceContext, ids: number[]): Promise<Map<number, [number, number]>> {
  const rows = await ctx.db
    .selectFrom('contacts')
    .select(['id', 'kind', 'given_name', 'middle_name', 'family_name', 'company_name'])
    .where('id', 'in', ids)
    .execute();
  const marks = new Map<number, [number, number]>();
  for (const r of rows) {
    nameMarks(r.kind as ContactDraft['kind'], r.company_name, r.given_name, r.middle_name, r.family_name);
    marks.set(r.id, [markedLetters, markedWords]);
  }
  return marks;
}

/**
 * Every group of live contacts sharing an email or a landline under names that can be one
 * person's, a mobile, or a name with a city or company, for the "find duplicates" screen.
 */
export async function findDuplicates(ctx: ServiceContext, limit: number): Promise<DuplicateGroup[]> {
  const { defaultCountry } = await getSettings(ctx);
  const q = (text: string) => ctx.sqlite.prepare(text).all(limit) as { ids: string; phone?: string }[];
  const found: { reason: DuplicateReason; ids: number[] }[] = [];
  const collect = async (reason: DuplicateReason, rows: { ids: string; phone?: string }[]) => {
    for (const r of rows) {
      const ids = [...new Set(r.ids.split(',').map(Number))];
      // A shared email or landline is no duplicate under names that are not one person's; a mobile two people share is.
      if (reason === 'email' || reason === 'phone') {
        for (const group of await byAgreeingNames(ctx, ids, reason === 'phone' && phoneKind(r.phone!, defaultCountry) === 'mobile')) found.push({ reason, ids: group });
      } else found.push({ reason, ids });
    }
  };
  const live = 'join contacts c on c.id = x.contact_id and c.deleted_at is null';
  await collect('email', q(`select group_concat(x.contact_id) ids from contact_emails x ${live} group by x.value having count(distinct x.contact_id) > 1 limit ?`));
  await collect(
    'phone',
    q(`select group_concat(x.contact_id) ids, min(x.value) phone from contact_phones x ${live} where length(x.digits) >= ${MIN_PHONE_DIGITS}
       group by x.digits having count(distinct x.contact_id) > 1 limit ?`),
  );
  await collect(
    'nameCity',
    q(`select group_concat(id) ids from contacts where deleted_at is null and name_key <> '' and city <> ''
       group by name_key, city collate nocase having count(*) > 1 limit ?`),
  );
  await collect(
    'nameCompany',
    q(`select group_concat(id) ids from contacts where deleted_at is null and kind = 'person' and name_key <> '' and company_name <> ''
       group by name_key, company_name collate nocase having count(*) > 1 limit ?`),
  );
  const seen = new Set<string>();
  const groups = found.filter((g) => g.ids.length > 1 && !seen.has(g.ids.sort().join()) && seen.add(g.ids.sort().join())).slice(0, limit);
  const rows = new Map((await contactRows(ctx, [...new Set(groups.flatMap((g) => g.ids))])).map((r) => [r.id, r]));
  return groups.map((g) => ({ reason: g.reason, contacts: g.ids.map((id) => rows.get(id)).filter((r) => r !== undefined) }));
}
