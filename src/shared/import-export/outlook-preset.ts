import type { TargetField } from './fields';
import { dictionary } from './dictionary';
import { headerKey } from './header-key';
import { OUTLOOK_COLUMNS, type OutlookField } from './outlook-columns';

type Dictionary = Record<string, TargetField>;

/** Outlook's English CSV export: "Title" there is the salutation, and every channel has its own column. */
const ENGLISH: Dictionary = dictionary({
  title: 'prefix', jobtitle: 'title', company: 'company', department: 'department',
  businessstreet: 'address.work.street', businessstreet2: 'address.work.street', businessstreet3: 'address.work.street',
  businesscity: 'address.work.city', businessstate: 'address.work.region', businesspostalcode: 'address.work.postcode', businesscountryregion: 'address.work.country', businesscountry: 'address.work.country',
  homestreet: 'address.home.street', homestreet2: 'address.home.street', homestreet3: 'address.home.street',
  homecity: 'address.home.city', homestate: 'address.home.region', homepostalcode: 'address.home.postcode', homecountryregion: 'address.home.country', homecountry: 'address.home.country',
  otherstreet: 'address.other.street', otherstreet2: 'address.other.street', otherstreet3: 'address.other.street',
  othercity: 'address.other.city', otherstate: 'address.other.region', otherpostalcode: 'address.other.postcode', othercountryregion: 'address.other.country',
  businessphone: 'phone.work', businessphone2: 'phone.work', companymainphone: 'phone.work', primaryphone: 'phone.work', assistantsphone: 'phone.work',
  homephone: 'phone.home', homephone2: 'phone.home', mobilephone: 'phone.mobile', carphone: 'phone.mobile', otherphone: 'phone.other', pager: 'phone.other',
  businessfax: 'phone.fax', homefax: 'phone.fax', otherfax: 'phone.fax',
  emailaddress: 'email.work', email2address: 'email.home', email3address: 'email.other',
  webpage: 'website', categories: 'tags', notes: 'notes', birthday: 'birthday', anniversary: 'anniversary',
});

/** What each of Outlook's fields becomes; its other fields (display names, e-mail types, ...) are not imported. */
const FIELD_TARGETS: Partial<Record<OutlookField, TargetField>> = {
  Title: 'prefix', FirstName: 'givenName', MiddleName: 'middleName', LastName: 'familyName', Suffix: 'suffix',
  Company: 'company', Department: 'department', JobTitle: 'title',
  BusinessStreet: 'address.work.street', BusinessStreet2: 'address.work.street', BusinessStreet3: 'address.work.street',
  BusinessCity: 'address.work.city', BusinessState: 'address.work.region', BusinessPostalCode: 'address.work.postcode', BusinessCountryOrRegion: 'address.work.country',
  HomeStreet: 'address.home.street', HomeStreet2: 'address.home.street', HomeStreet3: 'address.home.street',
  HomeCity: 'address.home.city', HomeState: 'address.home.region', HomePostalCode: 'address.home.postcode', HomeCountryOrRegion: 'address.home.country',
  OtherStreet: 'address.other.street', OtherStreet2: 'address.other.street', OtherStreet3: 'address.other.street',
  OtherCity: 'address.other.city', OtherState: 'address.other.region', OtherPostalCode: 'address.other.postcode', OtherCountryOrRegion: 'address.other.country',
  BusinessPhone: 'phone.work', BusinessPhone2: 'phone.work', CompanyMainPhone: 'phone.work', PrimaryPhone: 'phone.work', AssistantPhone: 'phone.work',
  HomePhone: 'phone.home', HomePhone2: 'phone.home', MobilePhone: 'phone.mobile', CarPhone: 'phone.mobile',
  OtherPhone: 'phone.other', Pager: 'phone.other', BusinessFax: 'phone.fax', HomeFax: 'phone.fax', OtherFax: 'phone.fax',
  EmailAddress: 'email.work', Email2Address: 'email.home', Email3Address: 'email.other',
  WebPage: 'website', Categories: 'tags', Notes: 'notes', Birthday: 'birthday', Anniversary: 'anniversary',
};

/**
 * Fields whose column names are plain words in their language ("Vorname", "Firma", "E-Mail-
 * Adresse"), so a spreadsheet that is not Outlook's may use them too. Left out: the salutation
 * and suffix (Outlook's names for them mean other things outside it: Japanese 肩書き is a job
 * title), the address at home (Bulgarian Outlook calls it just "Улица"), and the business and
 * home phones (Swedish "Arbete", "Hem").
 */
const PLAIN_FIELDS: readonly OutlookField[] = [
  'FirstName', 'MiddleName', 'LastName', 'Company', 'Department', 'JobTitle',
  'BusinessStreet', 'BusinessCity', 'BusinessState', 'BusinessPostalCode', 'BusinessCountryOrRegion',
  'MobilePhone', 'EmailAddress', 'WebPage', 'Categories', 'Notes', 'Birthday', 'Anniversary',
];

/**
 * Names among PLAIN_FIELDS' that mean something else in a spreadsheet of another language:
 * "Nome" is the whole name in Portuguese, "Service" and "Cargo" are English words.
 */
const NOT_PLAIN = new Set(['nome', 'service', 'cargo']);

/**
 * Fields only Outlook's export has, named with what they belong to in every language: its
 * business address, its second and third street lines and other address, its faxes and
 * numbered phones, the type and display name of each e-mail address, its free/busy and billing
 * columns. Their columns tell an Outlook file in any language.
 */
const OWN_FIELDS: readonly OutlookField[] = [
  'BusinessStreet', 'BusinessStreet2', 'BusinessStreet3', 'BusinessCity', 'BusinessState', 'BusinessPostalCode', 'BusinessCountryOrRegion',
  'HomeStreet2', 'HomeStreet3', 'OtherStreet', 'OtherStreet2', 'OtherStreet3', 'OtherCity', 'OtherState', 'OtherPostalCode', 'OtherCountryOrRegion',
  'BusinessPhone2', 'HomePhone2', 'CompanyMainPhone', 'AssistantPhone', 'CarPhone', 'BusinessFax', 'HomeFax', 'OtherFax',
  'EmailType', 'EmailDisplayName', 'Email2Address', 'Email2Type', 'Email2DisplayName', 'Email3Address', 'Email3Type', 'Email3DisplayName',
  'BusinessPOBox', 'HomePOBox', 'OtherPOBox', 'RadioPhone', 'TTYOrTDDPhone', 'InternetFreeBusy', 'BillingInformation', 'GovernmentIDNumber', 'Mileage', 'ManagerName', 'AssistantName',
];

function dictionaryOf(fields: readonly OutlookField[]): Dictionary {
  const out: Dictionary = {};
  for (const field of fields) {
    const target = FIELD_TARGETS[field];
    if (target) for (const name of OUTLOOK_COLUMNS[field]) out[headerKey(name)] = target;
  }
  return out;
}

/** Every column name of OUTLOOK_COLUMNS, by headerKey: what it becomes, or null when it is not imported. */
const LOCALISED: Record<string, TargetField | null> = Object.create(null) as Record<string, TargetField | null>;
for (const field of Object.keys(OUTLOOK_COLUMNS) as OutlookField[]) {
  for (const name of OUTLOOK_COLUMNS[field]) LOCALISED[headerKey(name)] = FIELD_TARGETS[field] ?? null;
}
const PLAIN = dictionary(Object.fromEntries(Object.entries(dictionaryOf(PLAIN_FIELDS)).filter(([key]) => !NOT_PLAIN.has(key))));

/**
 * Chinese Outlook's suffix column is its Chinese form of address, 中文称谓 (稱謂), which holds 先生
 * or 女士 (its "英文称谓" holds Mr or Ms): a name prefix, as letters print it ("尊敬的王先生").
 */
const FORMS_OF_ADDRESS: Dictionary = dictionary({ 中文称谓: 'prefix', 稱謂: 'prefix' });

/**
 * What a column of an Outlook export holds, by its headerKey, in English or any of Outlook's
 * languages: null for one of its own columns this app does not import (so German Outlook's
 * "Ort", a meeting place, is not read as the city), undefined for a name it does not write.
 * @example outlookTarget(headerKey('Straße geschäftlich')) // 'address.work.street'
 */
export const outlookTarget = (key: string): TargetField | null | undefined => ENGLISH[key] ?? FORMS_OF_ADDRESS[key] ?? LOCALISED[key];

/**
 * What a column named as Outlook names a plain field ("Vorname", "Prénom", "E-Mail-Adresse")
 * holds in any spreadsheet.
 */
export const plainOutlookTarget = (key: string): TargetField | undefined => PLAIN[key];

/**
 * Marker column names of an Outlook export in a language other than English, by headerKey,
 * made once: those of Outlook's own fields (OWN_FIELDS), less any that `common` knows (names
 * any spreadsheet may use, such as 住宅电话).
 */
export function outlookMarkers(common: (key: string) => boolean): ReadonlySet<string> {
  const out = new Set<string>();
  for (const field of OWN_FIELDS) for (const name of OUTLOOK_COLUMNS[field]) if (!common(headerKey(name))) out.add(headerKey(name));
  return out;
}

/** Column names only Outlook's English export has. */
export const OUTLOOK_ENGLISH_MARKER = /^(business|home|other) (street|city|state|postal code|phone|fax)$|^e-mail \d address$|^job title$/i;

/**
 * The job title of French Outlook has the same name as the salutation ("Titre"), and comes
 * after it: of two columns mapped to the job title under that one name, the first is the
 * salutation. Changes `columns` in place.
 */
export function twinTitles(columns: { header: string; target: TargetField | null }[]): void {
  const first = columns.find((c) => c.target === 'title');
  const twin = first && columns.find((c) => c !== first && c.target === 'title' && headerKey(c.header) === headerKey(first.header));
  if (first && twin) first.target = 'prefix';
}
