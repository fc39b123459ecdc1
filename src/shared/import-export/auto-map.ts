import { parseTarget } from './fields';
import { headerKey } from './header-key';
import { simplifiedHan } from './traditional-han';
import type { ColumnMapping, ImportMapping } from './mapping';
import { twinTitles } from './outlook-preset';
import { matchHeader, recognisePreset } from './presets';
import { thunderbirdTarget } from './thunderbird-preset';

/** A header's key with its words in simplified characters, as the lists below are written ("客戶名稱" is "客户名称"). */
const wordsKey = (header: string): string => headerKey(simplifiedHan(header));

/** Headers that say their column holds the whole name, as wordsKey writes them. */
const WHOLE_NAME = new Set(['fn', 'fullname', 'displayname', '姓名', '全名', '名称']);

/**
 * Maps each column to a contact field from its header, recognising Google, Outlook, Thunderbird
 * (by the column's place), vCard and Chinese spreadsheets. A column nobody recognises is left
 * unmapped for the person to choose.
 * @example autoMap(['姓名', '手机', '公司']).columns.map((c) => c.target) // ['fullName', 'phone.mobile', 'company']
 */
export function autoMap(headers: readonly string[]): ImportMapping {
  const preset = recognisePreset(headers);
  const columns: ColumnMapping[] = headers.map((header, index) => {
    if (preset === 'thunderbird') return { index, header, target: thunderbirdTarget(index) ?? null };
    const match = matchHeader(preset, header, headers);
    if (!match) return { index, header, target: null };
    const labelColumn = match.labelHeader !== undefined ? headers.indexOf(match.labelHeader) : -1;
    return {
      index,
      header,
      target: match.target,
      ...(labelColumn >= 0 ? { labelColumn } : {}),
      ...(match.group !== undefined ? { group: match.group } : {}),
    };
  });
  if (preset === 'outlook') twinTitles(columns);
  // "Vorname; Name" or "First name, Name": beside a first name, the name is the family name. A
  // column that says it holds the whole name (a vCard's FN, "Full Name", "Display Name", "姓名")
  // does: a phone's card of "Anna" alone has her given name and FN "Anna", and no family name.
  const targetsNow = new Set(columns.map((c) => c.target));
  if (targetsNow.has('givenName') && !targetsNow.has('familyName')) {
    const full = columns.filter((c) => c.target === 'fullName');
    if (full.length === 1 && !WHOLE_NAME.has(wordsKey(full[0]!.header))) full[0]!.target = 'familyName';
  }
  // "Name; Nachname", Italian "Nome; Cognome", Portuguese "Nome; Sobrenome": beside a family name, the name is the given name.
  if (targetsNow.has('familyName') && !targetsNow.has('givenName')) {
    const full = columns.filter((c) => c.target === 'fullName');
    if (full.length === 1 && !WHOLE_NAME.has(wordsKey(full[0]!.header)) && !isCustomerHeader(full[0]!.header)) full[0]!.target = 'givenName';
  }
  codesBesideNames(columns);
  customerBesideContact(columns);
  ownerBesideContact(columns);
  titleBesideSalutation(columns);
  // With separate city or region columns, an "address" column holds only the street part.
  const partsMapped = new Set(
    columns.flatMap((c) => {
      if (!c.target) return [];
      const t = parseTarget(c.target);
      return t.kind === 'address' && t.part !== 'full' && t.part !== 'street' ? [`${t.label}#${c.group ?? 0}`] : [];
    }),
  );
  for (const c of columns) {
    if (!c.target) continue;
    const t = parseTarget(c.target);
    if (t.kind === 'address' && t.part === 'full' && partsMapped.has(`${t.label}#${c.group ?? 0}`)) c.target = `address.${t.label}.street`;
  }
  const names = new Set(columns.map((c) => c.target));
  // Mailchimp writes birthdays month first (03/04 is March 4), whatever the office's country.
  const dateOrders: ImportMapping['dateOrders'] = {};
  if (preset === 'mailchimp') for (const c of columns) if (c.target === 'birthday') dateOrders[c.index] = 'mdy';
  return { columns, splitFullName: names.has('fullName'), dateOrders, preset };
}

/**
 * "联系人 | 负责人": beside a column naming the contact person, 负责人 (the one in charge, or
 * 客户负责人) is the staff member who looks after the customer, not a second name; alone it
 * names the person at a firm to speak to.
 */
function ownerBesideContact(columns: ColumnMapping[]): void {
  const names = columns.filter((c) => c.target === 'fullName' || c.target === 'givenName' || c.target === 'familyName');
  const inCharge = names.filter((c) => /^(?:客户)?负责人$/.test(wordsKey(c.header)));
  if (inCharge.length === 1 && names.length > 1) inCharge[0]!.target = 'owner';
}

/**
 * "Salutation | Title" (Salesforce, Zoho): beside a salutation, "Title" is the job title, not the
 * Mr or Ms it is in Outlook's export, which has a "Job Title" of its own.
 */
function titleBesideSalutation(columns: ColumnMapping[]): void {
  const prefixes = columns.filter((c) => c.target === 'prefix');
  const title = prefixes.find((c) => headerKey(c.header) === 'title');
  if (title && prefixes.length > 1 && !columns.some((c) => c.target === 'title')) title.target = 'title';
  // "Title | Job Title" in a file too short to be known as Outlook's: the Title is still the Mr or Ms.
  const titles = columns.filter((c) => c.target === 'title');
  const plain = titles.find((c) => headerKey(c.header) === 'title');
  if (plain && titles.some((c) => headerKey(c.header) === 'jobtitle')) plain.target = 'prefix';
}

/**
 * "Country | Country Code", "Province | Province Code" (Shopify): beside a column naming the
 * country or region, the column of its code is left out, not joined to it ("Germany DE").
 */
function codesBesideNames(columns: ColumnMapping[]): void {
  const codes = columns.filter((c) => /code$/.test(headerKey(c.header)) && /\.(country|region)$/.test(c.target ?? ''));
  for (const code of codes) if (columns.some((c) => c !== code && c.target === code.target && !codes.includes(c))) code.target = null;
}

/** Headers that name the customer, a person or a firm: "客户名称", "Customer", "Kunde". */
const CUSTOMER = new Set(['客户名称', '客户名', '客户', '名称', 'customer', 'customername', 'client', 'clientname', 'kunde', 'kundenname', 'cliente']);
export const isCustomerHeader = (header: string): boolean => CUSTOMER.has(wordsKey(header));

/**
 * "客户名称 | 联系人" or "Customer | Contact person": beside a column naming the person, the
 * customer column names the firm (without this both would join into one name).
 */
function customerBesideContact(columns: ColumnMapping[]): void {
  if (columns.some((c) => c.target === 'company')) return;
  const names = columns.filter((c) => c.target === 'fullName');
  const customers = names.filter((c) => isCustomerHeader(c.header));
  if (customers.length === 1 && names.length > 1) customers[0]!.target = 'company';
}

/**
 * The columns no preset knows, as opposed to those a preset knows and leaves out (German
 * Outlook's "Ort", Google's label columns).
 */
export function unknownColumns(headers: readonly string[]): Set<number> {
  const preset = recognisePreset(headers);
  if (preset === 'thunderbird') return new Set(headers.flatMap((_, index) => (thunderbirdTarget(index) === undefined ? [index] : [])));
  return new Set(headers.flatMap((header, index) => (matchHeader(preset, header, headers) ? [] : [index])));
}
