import type { ContactRecord } from '../../../shared/import-export/contact-record';
import { importExportEn } from '../../../shared/i18n/importExport.en';
import { importExportZhCN } from '../../../shared/i18n/importExport.zh-CN';
import { parseDate } from '../../../shared/import-export/dates';
import type { FieldDef } from '../contacts/custom-values';
import { MESSENGER_PROPS, RELATIONS, SERVICES } from '../import-export/vcard-names';

type CardFields = Pick<ContactRecord, 'nickname' | 'title' | 'department' | 'website' | 'birthdayWithoutYear' | 'anniversaryWithoutYear' | 'messengers' | 'related' | 'websites' | 'dates' | 'profession' | 'customFields'>;

/** A further website as the vCard reader names its column: "Website (Blog)", "Website 2". */
const FURTHER_WEBSITE = /^website(?: \((.+)\)| \d+)$/i;

/** The custom fields an import keeps what a vCard has a property for in, by their name in either language. */
const PROPERTY_OF = new Map<string, 'nickname' | 'title' | 'department' | 'website' | 'birthdayWithoutYear' | 'anniversaryWithoutYear'>();
for (const fields of [importExportEn.fields, importExportZhCN.fields]) {
  for (const key of ['nickname', 'title', 'department', 'website', 'birthdayWithoutYear', 'anniversaryWithoutYear'] as const) PROPERTY_OF.set(fields[key].toLowerCase(), key);
}

/** A date without its year as the import wrote it ("April 1", "4月1日"), as MM-DD. */
function monthDay(text: string): string {
  const parsed = parseDate(text, null);
  return !parsed.ok && parsed.reason === 'dateWithoutYear' ? parsed.monthDay : '';
}
/** Messenger fields by name, as phones name them and as Chinese lists head their columns (微信号, QQ号). */
const MESSENGERS = new Map([
  ...[...Object.values(SERVICES), ...Object.values(MESSENGER_PROPS)].map((s) => [s.toLowerCase(), s] as const),
  ...(['微信', '微信号', '微信号码', 'wechat id'] as const).map((s) => [s, 'WeChat'] as const),
  ...(['qq号', 'qq号码'] as const).map((s) => [s, 'QQ'] as const),
]);
const RELATION_NAMES = new Map(RELATIONS.map((r) => [r.toLowerCase(), r]));

/**
 * What of a contact's custom fields goes into its vCard, by the field's name: the job title,
 * department, nickname, website and dates without a year an import kept ("Job title", "职位",
 * "Birthday (no year)"), messenger handles
 * ("QQ", "Skype"), related people ("Spouse"), further websites ("Website (Blog)") and the
 * profession, the names the vCard reader gives them, and every date field under its name
 * ("Kennengelernt"), so a phone's address book comes back out as it came in. Every other field
 * (客户编号, a number, a choice, a yes or no in `yesNo`'s words) goes by its name, as an Android
 * phone keeps a Google contact's custom fields.
 */
export function vcardFields(custom: ReadonlyMap<number, string | number | null>, fields: ReadonlyMap<number, FieldDef>, yesNo: (yes: boolean) => string): CardFields {
  const out: CardFields = { nickname: '', title: '', department: '', website: '', birthdayWithoutYear: '', anniversaryWithoutYear: '', messengers: [], related: [], websites: [], dates: [], profession: '', customFields: [] };
  for (const [id, value] of custom) {
    const field = fields.get(id);
    if (!field || value === null || value === '') continue;
    if (field.type === 'yesno') out.customFields!.push([field.label.trim(), yesNo(value === 1)]);
    else if (typeof value === 'number') out.customFields!.push([field.label.trim(), String(value)]);
    if (typeof value !== 'string' || !value.trim()) continue;
    if (field.type === 'date') out.dates!.push([/^event$/i.test(field.label.trim()) ? '' : field.label.trim(), value]);
    if (field.type === 'choice') out.customFields!.push([field.label.trim(), value]);
    if (field.type !== 'text') continue;
    const name = field.label.trim().toLowerCase();
    const further = FURTHER_WEBSITE.exec(field.label.trim());
    const property = PROPERTY_OF.get(name);
    if (property === 'birthdayWithoutYear' || property === 'anniversaryWithoutYear') out[property] ||= monthDay(value);
    else if (property) out[property] ||= value;
    else if (further) out.websites!.push([further[1] ?? '', value]);
    else if (name === 'profession') out.profession ||= value;
    else if (MESSENGERS.has(name)) out.messengers!.push([MESSENGERS.get(name)!, value]);
    else if (RELATION_NAMES.has(name)) for (const person of value.split(/\s*,\s*/).filter(Boolean)) out.related!.push([RELATION_NAMES.get(name)!, person]);
    else out.customFields!.push([field.label.trim(), value]);
  }
  return out;
}
