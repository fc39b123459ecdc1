import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import { isEmailAddress } from '../../../shared/import-export/apply-mapping';
import { firmAndPerson, looksLikeFirm } from '../../../shared/import-export/firm-name';
import { hanAndLatin, nameAndNote, splitFullName, type NameParts } from '../../../shared/import-export/name-split';
import type { PlannedSale } from './sales-plan';
import type { SaleOutcome } from './stored-sales';

const NO_NAME: NameParts = { prefix: '', givenName: '', middleName: '', familyName: '', suffix: '' };

/**
 * A person's name without the note in brackets after it ("王小明（VIP）", "Anna Weber (Berlin)"),
 * which is no part of it, and the note; a Chinese name without the English one beside it ("王小明 Tom"), that one the note.
 */
function personAndNote(name: string): { name: string; note: string } {
  const mixed = hanAndLatin(name);
  if (mixed) return { name: mixed.han, note: mixed.latin };
  const { name: bare, note } = nameAndNote(name);
  return { name: bare.trim(), note };
}

/**
 * The name a sale's customer is known by among the others: a person's without a note in
 * brackets after it ("王小明（VIP）" is 王小明), a firm's as written (its branch: "…有限公司（总部）").
 * @example customerName('Anna Weber (Berlin)') // 'Anna Weber'
 */
export const customerName = (name: string): string => (looksLikeFirm(name) ? name : personAndNote(name).name);

/**
 * The contact a sales file's customer becomes when no contact matches them: a firm when the name
 * reads as one ("Weber GmbH", "深圳市腾达贸易有限公司"), else a person, the name split as a
 * contacts import splits it (or as two columns give its first and last name); with the email and
 * phone the row gives (an email that is none is left out, as a phone without three digits).
 * @example customerDraft('Anna Weber', 'anna@weber.test', '').familyName // 'Weber'
 */
export function customerDraft(name: string, email: string, phone: string, nameParts?: PlannedSale['nameParts']): ContactDraft {
  const written = name.trim().slice(0, 200);
  // A firm's name and a person's in the one cell ("华信科技有限公司 李娜"): the person, at that firm.
  const both = nameParts ? null : firmAndPerson(written);
  const named = both?.person ?? written;
  const firm = named !== '' && looksLikeFirm(named);
  const { name: text, note } = firm || nameParts ? { name: named, note: '' } : personAndNote(named);
  // Two columns' first and last name are taken as they are: "Anna Maria" stays the given name.
  const parts = !text || firm ? null : nameParts ? { ...NO_NAME, givenName: nameParts.given.slice(0, 200), familyName: nameParts.family.slice(0, 200) } : splitFullName(text);
  // Built as a contacts import builds its rows' (recordToDraft), not checked again.
  const draft: ContactDraft = {
    kind: firm ? 'company' : 'person',
    companyName: firm ? text : (both?.firm ?? ''),
    givenName: parts?.givenName ?? '',
    // A name the splitter cannot part ("Acme") is the family name, as a contact form would keep it.
    familyName: parts ? parts.familyName || (parts.givenName ? '' : text) : '',
    emails: isEmailAddress(email.trim()) ? [{ label: 'work', value: email.trim().toLowerCase(), primary: true }] : [],
    phones: phone.replace(/\D/g, '').length >= 3 ? [{ label: 'mobile', value: phone.trim().slice(0, 64), primary: true }] : [],
  };
  if (note) draft.notes = note;
  if (parts?.middleName) draft.middleName = parts.middleName;
  if (parts?.prefix) draft.namePrefix = parts.prefix.slice(0, 50);
  if (parts?.suffix) draft.nameSuffix = parts.suffix.slice(0, 50);
  return draft;
}

/** What a till calls a sale to no one in particular: 散客, 零售客户, Walk-in, Laufkunde; lowercased. */
const WALK_IN = new Set([
  ...['散客', '零售', '零售客户', '现金客户', '门市', '门市客户', '门店客户', '门店散客', '过路客', '个人', '个人客户', '匿名', '匿名客户', '散客户'],
  ...['walk-in', 'walk in', 'walkin', 'walk-in customer', 'walk in customer', 'cash', 'cash customer', 'cash sale', 'cash sales', 'counter sale', 'guest', 'guest customer', 'retail customer', 'anonymous'],
  ...['laufkunde', 'laufkundschaft', 'barverkauf', 'barkunde', 'privatkunde'],
]);

/**
 * Whether a sale's customer is no one in particular (散客, Walk-in): the sale is kept with the
 * name as written, linked to no contact, and no contact is added for it.
 * @example isWalkIn('散客') // true
 */
export const isWalkIn = (name: string): boolean => WALK_IN.has(name.trim().toLowerCase().replace(/\s+/g, ' '));

/**
 * Whether the import adds the customer of this sale as a contact: asked to, for a sale it writes
 * whose customer no contact matches (nor one it added for an earlier row) and has a name, as a
 * row of a contacts file needs one; a customer known only by email or phone stays unlinked.
 */
export const addsCustomer = (sale: PlannedSale, outcome: SaleOutcome, addCustomers: boolean): boolean =>
  addCustomers && sale.contactId === null && sale.name !== '' && (outcome.action === 'create' || outcome.action === 'importNew');
