import type { TargetField } from './fields';
import { headerKey } from './header-key';

/**
 * Where each column of Thunderbird's address book export goes, in the order Thunderbird writes
 * them (its exportAttributes). `undefined` is a column only the person fills (screen name, second
 * web page, Custom 1-4): kept in a new custom field when it holds values (keepUnknownColumns).
 * Thunderbird says nothing of whether an email is for work or home.
 */
const TARGETS: readonly (TargetField | undefined)[] = [
  'givenName', 'familyName', 'fullName', 'nickname', 'email.other', 'email.other', undefined,
  'phone.work', 'phone.home', 'phone.fax', 'phone.other', 'phone.mobile',
  'address.home.street', 'address.home.street', 'address.home.city', 'address.home.region', 'address.home.postcode', 'address.home.country',
  'address.work.street', 'address.work.street', 'address.work.city', 'address.work.region', 'address.work.postcode', 'address.work.country',
  'title', 'department', 'company', 'website', undefined, 'birthYear', 'birthMonth', 'birthDay',
  undefined, undefined, undefined, undefined, 'notes',
];

/**
 * The header row Thunderbird writes, in the language of its menus (its importMsgs strings
 * 2100-2136): English, German, French and Simplified Chinese. Some repeat a name ("城市",
 * "Ville" for home and work), so a column is known by its place.
 */
const HEADERS: readonly (readonly string[])[] = [
  [
    'First Name', 'Last Name', 'Display Name', 'Nickname', 'Primary Email', 'Secondary Email', 'Screen Name',
    'Work Phone', 'Home Phone', 'Fax Number', 'Pager Number', 'Mobile Number',
    'Home Address', 'Home Address 2', 'Home City', 'Home State', 'Home ZipCode', 'Home Country',
    'Work Address', 'Work Address 2', 'Work City', 'Work State', 'Work ZipCode', 'Work Country',
    'Job Title', 'Department', 'Organization', 'Web Page 1', 'Web Page 2', 'Birth Year', 'Birth Month', 'Birth Day',
    'Custom 1', 'Custom 2', 'Custom 3', 'Custom 4', 'Notes',
  ],
  [
    'Vorname', 'Nachname', 'Anzeigename', 'Spitzname', 'Primäre E-Mail-Adresse', 'Sekundäre E-Mail-Adresse', 'Messenger-Name',
    'Tel. dienstlich', 'Tel. privat', 'Fax-Nummer', 'Pager-Nummer', 'Mobil-Tel.-Nr.',
    'Privat: Adresse', 'Privat: Adresse 2', 'Privat: Ort', 'Privat: Bundesland', 'Privat: PLZ', 'Privat: Land',
    'Dienstlich: Adresse', 'Dienstlich: Adresse 2', 'Dienstlich: Ort', 'Dienstlich: Bundesland', 'Dienstlich: PLZ', 'Dienstlich: Land',
    'Arbeitstitel', 'Abteilung', 'Organisation', 'Webseite 1', 'Webseite 2', 'Geburtsjahr', 'Geburtsmonat', 'Geburtstag',
    'Benutzerdef. 1', 'Benutzerdef. 2', 'Benutzerdef. 3', 'Benutzerdef. 4', 'Notizen',
  ],
  [
    'Prénom', 'Nom de famille', 'Nom à afficher', 'Surnom', 'Adresse e-mail principale', 'Adresse e-mail secondaire', 'Nom de l’écran',
    'Tél. professionnel', 'Tél. personnel', 'Fax', 'Pager', 'Portable',
    'Adresse privée', 'Adresse privée 2', 'Ville', 'Pays/État', 'Code postal', 'Pays/Région (domicile)',
    'Adresse professionnelle', 'Adresse professionnelle 2', 'Ville', 'Pays/État', 'Code postal', 'Pays/Région (bureau)',
    'Profession', 'Service', 'Société', 'Site web 1', 'Site web 2', 'Année de naissance', 'Mois', 'Jour',
    'Divers 1', 'Divers 2', 'Divers 3', 'Divers 4', 'Notes',
  ],
  [
    '名字', '姓氏', '显示名称', '昵称', '主要电子邮件', '备用电子邮件', '屏幕名',
    '工作电话', '家庭电话', '传真号码', '寻呼机号码', '移动电话号码',
    '家庭地址', '家庭地址 2', '城市', '居住地省/自治区/直辖市', '邮政编码', '居住国家/地区',
    '工作地址', '工作地址 2', '城市', '工作地省/自治区/直辖市', '邮政编码', '工作国家/地区',
    '职务', '部门', '公司', '网页 1', '网页 2', '出生年份', '出生月份', '出生日',
    '定制 1', '定制 2', '定制 3', '定制 4', '注释',
  ],
];

const KEYS = HEADERS.map((list) => list.map(headerKey));

/**
 * Whether the headers are those of a Thunderbird export, in one of its languages: all of them in
 * its order (older versions end the row with an empty column).
 */
export function isThunderbirdExport(headers: readonly string[]): boolean {
  const keys = headers.map(headerKey);
  while (keys.length > TARGETS.length && keys[keys.length - 1] === '') keys.pop();
  return keys.length === TARGETS.length && KEYS.some((list) => list.every((k, i) => k === keys[i]));
}

/** What a Thunderbird export's column at `index` holds (see TARGETS); null past its columns. */
export function thunderbirdTarget(index: number): TargetField | undefined | null {
  return index < TARGETS.length ? TARGETS[index] : null;
}
