import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/main/core/import-export/read-import-file';
import {
  applyMapping,
  autoMap,
  formatIssue,
  fromSavedMapping,
  mappingContext,
  SavedMappingSchema,
  toSavedMapping,
  type Translate,
} from '../../../src/shared/import-export';
import { importExportEn } from '../../../src/shared/i18n/importExport.en';
import { importExportZhCN } from '../../../src/shared/i18n/importExport.zh-CN';
import { fixture } from './fixtures';
import { isPlainPhoneHeader } from '../../../src/shared/import-export/presets';
import { OUTLOOK_COLUMNS, type OutlookField } from '../../../src/shared/import-export/outlook-columns';
import { looksLikeFirm } from '../../../src/shared/import-export/firm-name';

/** A fixture (or any file at a path) read and mapped automatically. */
async function load(name: string) {
  const table = await readImportFile(name.includes('/') ? name : fixture(name));
  const mapping = autoMap(table.headers);
  const ctx = mappingContext(table, mapping);
  return { table, mapping, ctx, results: table.rows.map((r) => applyMapping(r, mapping, ctx)) };
}

function translate(locale: 'en' | 'zh-CN'): Translate {
  const i = i18next.createInstance();
  void i.init({
    lng: locale,
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
    resources: { en: { translation: { importExport: importExportEn } }, 'zh-CN': { translation: { importExport: importExportZhCN } } },
  });
  return (key, params) => i.t(key, params);
}

/** A CSV of `rows` under `headers`, mapped automatically: each column's target, and each row as the import reads it. */
function mapRows(headers: string[], rows: string[][]) {
  const table = { headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })), info: { format: 'csv' as const } };
  const mapping = autoMap(headers);
  const context = mappingContext(table, mapping);
  return { targets: mapping.columns.map((c) => c.target), results: table.rows.map((r) => applyMapping(r, mapping, context)) };
}

/** One row under `headers`, mapped automatically, as the import reads it. */
const mapRow = (headers: string[], cells: string[]) => mapRows(headers, [cells]).results[0]!.record;

/** A row's first address as region, city, street and postcode. */
const addressOf = (result: ReturnType<typeof applyMapping>): string[] => {
  const a = result.record.addresses[0]!;
  return [a.region, a.city, a.street, a.postcode];
};

describe('mapping columns to contact fields', () => {
  it('recognises a Google Contacts export, with per-row labels and the address from its parts', async () => {
    const { mapping, results } = await load('google-contacts.csv');
    expect(mapping.preset).toBe('google');
    const anna = results[0]!.record;
    expect(anna).toMatchObject({ prefix: 'Dr.', givenName: 'Anna', middleName: 'Maria', familyName: 'Weber', nickname: 'Annie', company: 'Weber & Co', title: 'Director', department: 'Sales', tags: ['VIP'], website: 'https://weber.example' });
    expect(anna.phones).toEqual([{ label: 'mobile', value: '+1 212 555 0143' }, { label: 'work', value: '+1 212 555 0100' }]);
    expect(anna.emails).toEqual([{ label: 'work', value: 'anna@weber.example' }, { label: 'home', value: 'anna.home@example.com' }]);
    expect(anna.addresses).toEqual([{ label: 'work', street: '1 Main St\nSuite 5', city: 'Springfield', region: 'IL', postcode: '62701', country: 'USA' }]);
    // Google writes a birthday without a year as --MM-DD: no fault, kept beside the contact's dates.
    expect(results[1]!.issues).toEqual([]);
    expect(results[1]!.record).toMatchObject({ birthday: '', birthdayWithoutYear: '04-01' });
  });

  it('keeps Google’s own groups a person put a contact in (* starred, * family) as tags, by the names its vCards give them, but not its * myContacts, which holds everyone', () => {
    const record = mapRow(['First Name', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value'], ['Anna', '* starred ::: * myContacts ::: VIP', '* Work', 'anna@weber.example']);
    expect(record.tags).toEqual(['starred', 'VIP']);
    expect(record.emails).toEqual([{ label: 'work', value: 'anna@weber.example' }]);
  });

  it('reads Google\'s labelled pairs as columns named by their labels: the anniversary is the contact\'s, a spouse or customer number a column of its own', async () => {
    const { table, mapping, results } = await load('google-contacts.csv');
    expect(table.headers.filter((h) => / - (Label|Value|Service)$/.test(h) && /^(Relation|Event|Custom Field|IM) /.test(h))).toEqual([]);
    expect(table.info.labelled).toEqual(['Anniversary', 'Spouse', 'Kundennummer', 'Skype', 'Child', 'QQ']);
    expect(mapping.columns.find((c) => c.header === 'Anniversary')?.target).toBe('anniversary');
    expect(results[0]!.record.anniversary).toBe('2008-06-21');
    const cell = (row: number, header: string) => table.rows[row]!.cells[table.headers.indexOf(header)];
    expect([cell(0, 'Spouse'), cell(0, 'Kundennummer'), cell(0, 'Skype'), cell(0, 'Child')]).toEqual(['Thomas Weber', 'K-1001', 'anna.weber', '']);
    // Bo's two children are one column's value; a messenger without a label is named by its service.
    expect([cell(1, 'Child'), cell(1, 'QQ'), cell(1, 'Kundennummer')]).toEqual(['Mia, Max', '12345678', 'K-1002']);
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('keeps Google’s second website (Website (Blog)) apart from the contact’s own, where a template’s "Website (optional)" is the website', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sites-')), 'google.csv');
    const csv = ['First Name,Website 1 - Label,Website 1 - Value,Website 2 - Label,Website 2 - Value', 'Anna,Homepage,https://weber.example,Blog,https://blog.weber.example'];
    writeFileSync(path, csv.join('\r\n'));
    const table = await readImportFile(path);
    const mapping = autoMap(table.headers);
    expect(mapping.columns.map((c) => [c.header, c.target])).toEqual([
      ['First Name', 'givenName'],
      ['Website 1 - Label', null],
      ['Website 1 - Value', 'website'],
      ['Website (Blog)', null],
    ]);
    expect(autoMap(['姓名', 'Website (optional)', '网站（选填）']).columns.map((c) => c.target)).toEqual(['fullName', 'website', 'website']);
  });

  it('recognises an Outlook export: "Title" is the salutation there, and street lines are joined', async () => {
    const { mapping, ctx, results } = await load('outlook-contacts.csv');
    expect(mapping.preset).toBe('outlook');
    expect(Object.values(ctx.dateColumns)).toEqual(['mdy', 'mdy']);
    expect(results[0]!.record).toMatchObject({ prefix: 'Mr.', title: 'Controller', suffix: 'Jr.', birthday: '1975-05-07', anniversary: '2001-06-20', tags: ['Suppliers', 'Golf'] });
    expect(results[0]!.record.addresses[0]).toEqual({ label: 'work', street: '1 Microsoft Way\nBuilding 4', city: 'Redmond', region: 'WA', postcode: '98052', country: 'United States' });
    expect(results[0]!.record.phones).toContainEqual({ label: 'mobile', value: '+1 206 555 0122', lineDecides: true });
    expect(results[1]!.record.birthday).toBe('1982-12-31');
    // Outlook's 0/0/00 is no anniversary, not a bad one.
    expect(results[1]!.record.anniversary).toBe('');
    expect(results[1]!.issues).toEqual([]);
  });

  it('maps the columns of a phone backup made with QQ 同步助手: home and other e-mails, other mobiles, the business address', () => {
    const headers = ['姓', '名', '前缀', '家庭电话', '单位', '商务地址 国家/地区', '商务地址 市/县', '商务地址 省/市/自治区', '商务地址 街道', '商务地址 邮政编码', '工作电话', '工作电话 2', '备注', '电子邮件', '家庭邮箱', '其他手机', '其他手机 2', '生日'];
    const mapping = autoMap(headers);
    expect(mapping.columns.map((c) => c.target)).toEqual([
      'familyName', 'givenName', 'prefix', 'phone.home', 'company', 'address.work.country', 'address.work.city', 'address.work.region', 'address.work.street', 'address.work.postcode',
      'phone.work', 'phone.work', 'notes', 'email.work', 'email.home', 'phone.mobile', 'phone.mobile', 'birthday',
    ]);
  });

  it('recognises a Chinese Outlook export in GBK: addresses, every phone and email, and 0/0/00 as no date', async () => {
    const { table, mapping, results } = await load('outlook-zh-contacts.csv');
    expect(table.info.encoding).toBe('gb18030');
    expect(mapping.preset).toBe('outlook');
    const unmapped = mapping.columns.filter((c) => !c.target).map((c) => c.header);
    expect(unmapped).not.toContain('电子邮件地址');
    expect(unmapped).not.toContain('商务地址 街道');
    const wang = results[0]!;
    expect(wang.issues).toEqual([]);
    expect(wang.record).toMatchObject({ givenName: '小明', familyName: '王', company: '北京华联商厦', department: '采购部', title: '经理', birthday: '1975-05-07', anniversary: '', notes: '老客户', tags: ['VIP', '供应商'], website: 'www.hualian.example' });
    expect(wang.record.addresses).toEqual([{ label: 'work', street: '建国路88号', city: '朝阳区', region: '北京市', postcode: '100022', country: '中国' }]);
    expect(wang.record.phones).toEqual([{ label: 'work', value: '010 6512 3456' }, { label: 'mobile', value: '139 1234 5678', lineDecides: true }]);
    expect(wang.record.emails).toEqual([{ label: 'work', value: 'wang@hualian.example' }, { label: 'home', value: 'xiaoming@home.example' }]);
    expect(results[1]!.record).toMatchObject({ givenName: '娜娜', familyName: '欧阳', birthday: '' });
    expect(results[1]!.issues).toEqual([]);
  });

  it('recognises a German Outlook export in Windows-1252: business address, every phone and e-mail, day-first dates, 0.0.00 as none', async () => {
    const { table, mapping, ctx, results } = await load('outlook-de-contacts.csv');
    expect(table.info.encoding).toBe('windows-1252');
    expect(mapping.preset).toBe('outlook');
    expect(Object.values(ctx.dateColumns)).toContain('dmy');
    const juergen = results[0]!;
    expect(juergen.issues).toEqual([]);
    expect(juergen.record).toMatchObject({ prefix: 'Herr', givenName: 'Jürgen', familyName: 'Müller', company: 'Müller & Söhne GmbH', department: 'Einkauf', title: 'Einkaufsleiter', birthday: '1975-05-07', anniversary: '', notes: 'Bevorzugt Anrufe am Vormittag', tags: ['Lieferanten', 'Golf'], website: 'www.mueller-soehne.example' });
    expect(juergen.record.addresses).toEqual([{ label: 'work', street: 'Königstraße 12\nHinterhaus', city: 'Stuttgart', region: 'Baden-Württemberg', postcode: '70173', country: 'Deutschland' }]);
    expect(juergen.record.phones).toEqual([{ label: 'fax', value: '0711 1234568' }, { label: 'work', value: '0711 1234567' }, { label: 'mobile', value: '0151 23456789', lineDecides: true }]);
    expect(juergen.record.emails).toEqual([{ label: 'work', value: 'j.mueller@mueller-soehne.example' }, { label: 'home', value: 'juergen@privat.example' }]);
    expect(results[1]!.record).toMatchObject({ givenName: 'Grete', familyName: 'Weiß', birthday: '1982-12-31' });
    expect(results[1]!.record.phones).toEqual([{ label: 'home', value: '030 9876543' }]);
    // Outlook's display name and type of each address, and its own bookkeeping, are not imported.
    const unmapped = mapping.columns.filter((c) => !c.target).map((c) => c.header);
    expect(unmapped).toEqual(expect.arrayContaining(['E-Mail-Typ', 'E-Mail: Angezeigter Name', 'Priorität', 'Vertraulichkeit']));
  });

  it('recognises a French Outlook export, whose salutation and job title are both "Titre"', async () => {
    const { mapping, results } = await load('outlook-fr-contacts.csv');
    expect(mapping.preset).toBe('outlook');
    expect(mapping.columns.filter((c) => c.header === 'Titre').map((c) => c.target)).toEqual(['prefix', 'title']);
    const francois = results[0]!;
    expect(francois.issues).toEqual([]);
    expect(francois.record).toMatchObject({ prefix: 'M.', givenName: 'François', familyName: 'Lefèvre', company: 'Société Générale de Cafés', department: 'Achats', title: 'Directeur des achats', birthday: '1971-02-23', anniversary: '', tags: ['Fournisseurs'] });
    expect(francois.record.addresses).toEqual([{ label: 'work', street: '12 rue de la Paix', city: 'Paris', region: '', postcode: '75002', country: 'France' }]);
    expect(francois.record.phones).toEqual([{ label: 'work', value: '01 42 68 53 00' }, { label: 'mobile', value: '06 12 34 56 78', lineDecides: true }]);
    expect(francois.record.emails).toEqual([{ label: 'work', value: 'f.lefevre@cafes.example' }]);
  });

  it('maps every column Outlook writes, in each of its languages, to its field, and reads none of its own others as anything', () => {
    const imported: Partial<Record<OutlookField, string>> = { FirstName: 'givenName', LastName: 'familyName', BusinessCity: 'address.work.city', Email2Address: 'email.home', Location: 'none' };
    const columns = (Object.keys(OUTLOOK_COLUMNS) as OutlookField[]).flatMap((field) => OUTLOOK_COLUMNS[field].map((header) => ({ field, header })));
    const mapping = autoMap(columns.map((c) => c.header));
    expect(mapping.preset).toBe('outlook');
    // Chinese Outlook's suffix column is its Chinese form of address (先生, 女士): the name's prefix.
    const addressForms = ['中文称谓', '稱謂'];
    expect(mapping.columns.filter((c) => addressForms.includes(c.header)).map((c) => c.target)).toEqual(['prefix', 'prefix']);
    const byField = new Map<OutlookField, Set<string>>();
    mapping.columns.forEach((c, i) => {
      if (!addressForms.includes(c.header)) byField.set(columns[i]!.field, (byField.get(columns[i]!.field) ?? new Set()).add(c.target ?? 'none'));
    });
    // Each field's names in every language land on one target: no language's name means another field elsewhere.
    for (const [field, targets] of byField) expect([field, [...targets]]).toEqual([field, [expect.any(String)]]);
    for (const [field, target] of Object.entries(imported)) expect([...byField.get(field as OutlookField)!]).toEqual([target]);
    // German Outlook's "Ort" is the meeting place, not the city.
    expect(autoMap(['Vorname', 'Ort geschäftlich', 'Straße geschäftlich', 'Postleitzahl geschäftlich', 'Ort']).columns.map((c) => c.target)).toEqual(['givenName', 'address.work.city', 'address.work.street', 'address.work.postcode', null]);
  });

  it('maps the plain column names of Outlook\'s languages in any spreadsheet, and not those that mean something else there', () => {
    const german = autoMap(['Vorname', 'Nachname', 'Firma', 'Position', 'E-Mail-Adresse', 'Mobiltelefon', 'Geburtstag', 'Notizen', 'Kategorien']);
    expect(german.preset).toBe('generic');
    expect(german.columns.map((c) => c.target)).toEqual(['givenName', 'familyName', 'company', 'title', 'email.work', 'phone.mobile', 'birthday', 'notes', 'tags']);
    expect(autoMap(['Prénom', 'Nom', 'Société', 'Adresse de messagerie', 'Tél. mobile']).columns.map((c) => c.target)).toEqual(['givenName', 'familyName', 'company', 'email.work', 'phone.mobile']);
    // "Nome" alone is the whole name, as in Portuguese (Italian's given name only beside a family name); "Service" and "Cargo" are English words; 肩書き is a job title outside Outlook.
    expect(autoMap(['Nome', 'Service', 'Cargo', '肩書き']).columns.map((c) => c.target)).toEqual(['fullName', null, null, null]);
    // A Bulgarian spreadsheet's "Улица", "Град" (street, city) do not make it Outlook's.
    expect(autoMap(['Име', 'Улица', 'Град', 'Пощенски код', 'Област', 'Title']).preset).toBe('generic');
  });

  it('maps a German or British list’s columns named with whose they are (Telefon privat, E-Mail geschäftlich, Adresse privat, Telefon Zentrale) and its further address lines, fax and mobile numbers', () => {
    const targets = (headers: string[]) => autoMap(headers).columns.map((c) => c.target);
    expect(targets(['Name', 'Telefon privat', 'Telefon geschäftlich', 'Handy privat', 'E-Mail privat', 'E-Mail geschäftlich', 'Adresse privat', 'Adresszusatz', 'Faxnummer', 'Handynummer', 'Funktion'])).toEqual([
      'fullName', 'phone.home', 'phone.work', 'phone.mobile', 'email.home', 'email.work', 'address.home.full', 'address.work.street', 'phone.fax', 'phone.mobile', 'title',
    ]);
    expect(targets(['Name', 'Address 1', 'Address 2', 'Address 3', 'Post Town', 'County', 'Post code', 'Telephone number'])).toEqual([
      'fullName', 'address.work.street', 'address.work.street', 'address.work.street', 'address.work.city', 'address.work.region', 'address.work.postcode', 'phone.work',
    ]);
    // The firm's switchboard and a direct line written in full are work numbers; "Durchwahl" alone is the extension.
    expect(targets(['Name', 'Telefon Zentrale', 'Telefon Durchwahl', 'Durchwahl'])).toEqual(['fullName', 'phone.work', 'phone.work', 'phoneExtension']);
    expect(targets(['姓名', '总机', '分机', 'Switchboard', 'Main Phone'])).toEqual(['fullName', 'phone.work', 'phoneExtension', 'phone.work', 'phone.work']);
    // Constant Contact's: whose after a dash.
    expect(targets(['Email address', 'Phone - mobile', 'Street address line 1 - Home', 'Street address line 2 - Home', 'City - Home', 'Zip/Postal Code - Home'])).toEqual([
      'email.work', 'phone.mobile', 'address.home.street', 'address.home.street', 'address.home.city', 'address.home.postcode',
    ]);
  });

  it('joins a house number kept in a column of its own to the street, on the side its language writes it: Hauptstraße 5, 10 Downing Street, 建国路88号', () => {
    const street = (headers: string[], cells: string[]) => mapRow(headers, cells).addresses.map((a) => a.street);
    expect(street(['Name', 'Straße', 'Hausnummer', 'PLZ', 'Ort'], ['Anna Weber', 'Hauptstraße\nHinterhaus', '5', '01067', 'Dresden'])).toEqual(['Hauptstraße 5\nHinterhaus']);
    expect(street(['Name', 'House number', 'Street', 'Town'], ['John Smith', '10', 'Downing Street', 'London'])).toEqual(['10 Downing Street']);
    expect(street(['Nom', 'Numéro de voie', 'Rue', 'Ville'], ['Jean Dupont', '12', 'rue de la Paix', 'Paris'])).toEqual(['12 rue de la Paix']);
    expect(street(['姓名', '街道', '门牌号', '城市'], ['王小明', '建国路', '88号', '北京市'])).toEqual(['建国路88号']);
    // A number with no street is the street's whole.
    expect(street(['Name', 'Hausnummer', 'Ort'], ['Anna Weber', '5', 'Dresden'])).toEqual(['5']);
  });

  it('maps a German, French or Spanish address list: the address in parts, phones, the salutation, and "Name" beside "Vorname" as the family name', () => {
    const german = autoMap(['Anrede', 'Vorname', 'Name', 'Straße', 'PLZ', 'Ort', 'Land', 'Telefon', 'Handy', 'E-Mail', 'Geburtsdatum', 'Bemerkung']);
    expect(german.columns.map((c) => c.target)).toEqual([
      'prefix', 'givenName', 'familyName', 'address.work.street', 'address.work.postcode', 'address.work.city', 'address.work.country', 'phone.work', 'phone.mobile', 'email.work', 'birthday', 'notes',
    ]);
    expect(autoMap(['Civilité', 'Prénom', 'Nom', 'Adresse', 'Code postal', 'Ville', 'Pays', 'Téléphone', 'Portable', 'Courriel']).columns.map((c) => c.target)).toEqual([
      'prefix', 'givenName', 'familyName', 'address.work.street', 'address.work.postcode', 'address.work.city', 'address.work.country', 'phone.work', 'phone.mobile', 'email.work',
    ]);
    expect(autoMap(['Nombre', 'Apellidos', 'Empresa', 'Calle', 'Código postal', 'Ciudad', 'Teléfono', 'Móvil', 'Correo electrónico', 'Observaciones']).columns.map((c) => c.target)).toEqual([
      'givenName', 'familyName', 'company', 'address.work.street', 'address.work.postcode', 'address.work.city', 'phone.work', 'phone.mobile', 'email.work', 'notes',
    ]);
    // Alone, "Name" is the whole name, split into its parts.
    expect(autoMap(['Name', 'Ort']).columns.map((c) => c.target)).toEqual(['fullName', 'address.work.city']);
  });

  it('maps a phone’s column named with the word for its number (Tel.-Nr., Mobile No., Contact No., 传真号码), and a fax as a fax whoever’s it is', () => {
    const targets = (headers: string[]) => autoMap(headers).columns.map((c) => c.target);
    expect(targets(['Name', 'Tel.-Nr.', 'Telefon-Nr.', 'Handy-Nr.', 'Fax-Nr.', 'Phone No.', 'Mobile No', 'Cell No.', 'Contact No.', 'Contact Number', 'Fax No.', '传真号', '传真号码'])).toEqual([
      'fullName', 'phone.work', 'phone.work', 'phone.mobile', 'phone.fax', 'phone.work', 'phone.mobile', 'phone.mobile', 'phone.work', 'phone.work', 'phone.fax', 'phone.fax', 'phone.fax',
    ]);
    // A number that is no phone's stays unmapped: a customer, an order, an identity card.
    expect(targets(['Name', 'Kunden-Nr.', 'Customer No.', 'Order No', 'ID No.'])).toEqual(['fullName', null, null, null, null]);
    expect(targets(['Name', 'Fax geschäftlich', 'Faxnummer privat', 'Business Fax', 'Home Fax', '传真（办公）', 'Telefax'])).toEqual(['fullName', 'phone.fax', 'phone.fax', 'phone.fax', 'phone.fax', 'phone.fax', 'phone.fax']);
    // The number's line decides a plain phone column's label, with the word for number after it too.
    expect(isPlainPhoneHeader('Tel.-Nr.')).toBe(true);
    expect(isPlainPhoneHeader('Fax-Nr.')).toBe(false);
  });

  it('maps a CRM’s contact export (HubSpot’s, Salesforce’s) by its plain names: the mobile phone number, the state or region, the mailing address, the account as the company, a title beside a salutation as the job title, the website’s URL', () => {
    const salesforce = ['Salutation', 'First Name', 'Last Name', 'Account Name', 'Title', 'Mailing Street', 'Mailing City', 'Mailing State/Province', 'Mailing Zip/Postal Code', 'Mailing Country', 'Mobile', 'Home Phone', 'Other Phone', 'Email', 'Description'];
    const mapped = autoMap(salesforce);
    expect(mapped.columns.map((c) => c.target)).toEqual([
      'prefix', 'givenName', 'familyName', 'company', 'title',
      'address.work.street', 'address.work.city', 'address.work.region', 'address.work.postcode', 'address.work.country', 'phone.mobile', 'phone.home', 'phone.other', 'email.work', 'notes',
    ]);
    // Two columns named as Outlook names them do not make it Outlook's file.
    expect(mapped.preset).toBe('generic');
    // In Outlook's own export "Title" is the Mr or Ms, beside its Job Title, even when all but these columns were taken out.
    expect(autoMap(['Title', 'First Name', 'Last Name', 'Job Title']).columns.map((c) => c.target)).toEqual(['prefix', 'givenName', 'familyName', 'title']);
    const headers = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Mobile Phone Number', 'Company Name', 'Job Title', 'Contact owner', 'Lifecycle Stage', 'Street Address', 'City', 'State/Region', 'Postal Code', 'Country/Region', 'Website URL'];
    const hubspot = autoMap(headers);
    expect(hubspot.columns.map((c) => c.target)).toEqual([
      null, 'givenName', 'familyName', 'email.work', 'phone.work', 'phone.mobile', 'company', 'title', 'owner', 'lifecycle',
      'address.work.street', 'address.work.city', 'address.work.region', 'address.work.postcode', 'address.work.country', 'website',
    ]);
    expect(autoMap(['Company', 'Company Website']).columns.map((c) => c.target)).toEqual(['company', 'website']);
    expect(hubspot.preset).toBe('generic');
  });

  it('maps a Chinese CRM’s columns named after the customer or its contact person (联系人职位, 客户地址, 客户联系人电话) by the field named after that, and 客户负责人 beside the contact as the owner', () => {
    const headers = ['客户名称', '联系人', '联系人手机', '联系人职位', '联系人部门', '客户地址', '联系人邮箱', '联系人生日', '客户标签', '客户负责人', '客户联系人电话', '客户编号', '客户行业'];
    expect(autoMap(headers).columns.map((c) => c.target)).toEqual([
      'company', 'fullName', 'phone.mobile', 'title', 'department', 'address.work.full', 'email.work', 'birthday', 'tags', 'owner', 'phone.mobile', null, null,
    ]);
  });

  it('reads a Chinese address column named by what the address is for (邮寄地址, 开票地址, 收货地址, 户籍地址) as that kind of address, not a field of its own, but not an IP地址; and 公司名, 客户名, 企业标签 and 添加人 as the firm, the customer, tags and the staff member; 名字 alone as the whole name', () => {
    const headers = ['客户名', '联系人', '手机', '邮寄地址', '开票地址', '送货地址', '户籍地址', 'IP地址', '企业标签', '添加人'];
    expect(autoMap(headers).columns.map((c) => c.target)).toEqual([
      'company', 'fullName', 'phone.mobile', 'address.work.full', 'address.billing.full', 'address.shipping.full', 'address.home.full', null, 'tags', 'owner',
    ]);
    const cells = ['杭州西湖茶叶有限公司', '王建国', '13812345678', '浙江省杭州市西湖区龙井路18号', '浙江省杭州市上城区解放路1号', '浙江省杭州市余杭区仓前街道2号', '', '10.0.0.1', 'VIP', '李娜'];
    expect(mapRow(headers, cells).addresses.map((a) => [a.label, a.city, a.street])).toEqual([
      ['work', '杭州市', '西湖区龙井路18号'],
      ['billing', '杭州市', '上城区解放路1号'],
      ['shipping', '杭州市', '余杭区仓前街道2号'],
    ]);
    expect(autoMap(['公司名', '姓名', '电话']).columns.map((c) => c.target)).toEqual(['company', 'fullName', 'phone.work']);
    // 名字 is the whole name alone (split as 王 and 小明), the given name beside 姓.
    expect(mapRow(['名字', '手机'], ['王小明', '13800138000'])).toMatchObject({ familyName: '王', givenName: '小明' });
    expect(mapRow(['姓', '名字', '手机'], ['王', '小明', '13800138000'])).toMatchObject({ familyName: '王', givenName: '小明' });
    expect(autoMap(['尊称', '公司全称', '所在单位', 'E-mail地址', '电邮', '备注信息']).columns.map((c) => c.target)).toEqual(['prefix', 'company', 'company', 'email.work', 'email.work', 'notes']);
    // A phone column named for either: the number says whether it is a mobile (a landline in it is stored as a work number).
    expect(autoMap(['姓名', '电话/手机', '宅电', '聯絡電話']).columns.map((c) => c.target)).toEqual(['fullName', 'phone.mobile', 'phone.home', 'phone.mobile']);
  });

  it('joins the numbered lines of a street (Square’s “Street Address 1” and “Street Address 2”, “Street 2”, “Adresse 2”) into one street, and keeps “Address 1 - City” and “Address 2 - City” apart as two addresses', () => {
    const square = ['First Name', 'Last Name', 'Email Address', 'Phone Number', 'Company Name', 'Street Address 1', 'Street Address 2', 'City', 'State', 'Postal Code'];
    const anna = mapRow(square, ['Anna', 'Weber', 'anna@weber.example', '(212) 555-0143', 'Weber & Co', '1 Main St', 'Suite 5', 'Springfield', 'IL', '62701']);
    expect(anna.addresses.map((a) => [a.label, a.street, a.city, a.region, a.postcode])).toEqual([['work', '1 Main St\nSuite 5', 'Springfield', 'IL', '62701']]);
    expect(autoMap(['Street 1', 'Street 2', 'Adresse 1', 'Adresse 2', 'Straße 2']).columns.map((c) => c.target)).toEqual(Array(5).fill('address.work.street'));
    const site = ['First Name', 'Email 1', 'Address 1 - Street', 'Address 1 - City', 'Address 1 - Zip', 'Address 2 - Street', 'Address 2 - City', 'Address 2 - Zip'];
    const bo = mapRow(site, ['Bo', 'bo@example.com', '1 Main St', 'Springfield', '62701', '5 Oak Ave', 'Shelbyville', '62565']);
    expect(bo.addresses.map((a) => [a.street, a.city, a.postcode])).toEqual([['1 Main St', 'Springfield', '62701'], ['5 Oak Ave', 'Shelbyville', '62565']]);
  });

  it('maps Brevo’s SMS and WHATSAPP numbers as mobiles, Zoho’s EmailID and its “Billing Code” and “Shipping Code” as postcodes, and an “Alternate Email” as another email', () => {
    expect(autoMap(['EMAIL', 'FIRSTNAME', 'LASTNAME', 'SMS', 'WHATSAPP']).columns.map((c) => c.target)).toEqual(['email.work', 'givenName', 'familyName', 'phone.mobile', 'phone.mobile']);
    const zoho = ['Display Name', 'EmailID', 'Billing Address', 'Billing City', 'Billing Code', 'Shipping Address', 'Shipping City', 'Shipping Code', 'Alternate Email 1', 'Business Website'];
    expect(autoMap(zoho).columns.map((c) => c.target)).toEqual([
      'fullName', 'email.work', 'address.billing.street', 'address.billing.city', 'address.billing.postcode', 'address.shipping.street', 'address.shipping.city', 'address.shipping.postcode', 'email.other', 'website',
    ]);
    // One mobile in both columns is one phone.
    expect(mapRow(['EMAIL', 'SMS', 'WHATSAPP'], ['anna@weber.example', '+4915123456789', '+4915123456789']).phones).toHaveLength(1);
  });

  it('reads a name column beside a family name as the given name (“Name; Nachname”, Italian “Nome; Cognome”, Portuguese “Nome; Sobrenome”), and “Nome” alone as the whole name; French and Spanish lists’ Fonction, Puesto, Complément d’adresse, Téléphone fixe and Commentaire', () => {
    expect(mapRow(['Name', 'Nachname', 'Telefon'], ['Anna', 'Weber', '030 1234567'])).toMatchObject({ givenName: 'Anna', familyName: 'Weber', nickname: '' });
    expect(mapRow(['Nome', 'Cognome', 'Cellulare'], ['Giulia', 'Rossi', '333 1234567'])).toMatchObject({ givenName: 'Giulia', familyName: 'Rossi' });
    expect(mapRow(['Nome', 'Sobrenome'], ['João', 'da Silva'])).toMatchObject({ givenName: 'João', familyName: 'da Silva' });
    expect(mapRow(['Nome', 'Telefone'], ['João da Silva', '11 98765-4321'])).toMatchObject({ givenName: 'João', familyName: 'da Silva' });
    // A customer column stays the customer's name.
    expect(autoMap(['Kunde', 'Nachname']).columns.map((c) => c.target)).toEqual(['fullName', 'familyName']);
    const french = ['Civilité', 'Prénom', 'Nom', 'Société', 'Fonction', 'Adresse', 'Complément d’adresse', 'Code postal', 'Ville', 'Téléphone fixe', 'Commentaire'];
    expect(autoMap(french).columns.map((c) => c.target)).toEqual([
      'prefix', 'givenName', 'familyName', 'company', 'title', 'address.work.street', 'address.work.street', 'address.work.postcode', 'address.work.city', 'phone.work', 'notes',
    ]);
    expect(autoMap(['Nombre', 'Apellidos', 'Puesto']).columns.map((c) => c.target)).toEqual(['givenName', 'familyName', 'title']);
  });

  it('maps a British, Irish or Australian list’s own words: Suburb and Town/City as the city, Eircode as the postcode, Mob and Direct Line as phones, a Landline as a phone, Forenames and Known As, Client Name', () => {
    const targets = (headers: string[]) => autoMap(headers).columns.map((c) => c.target);
    expect(targets(['Client Name', 'Mob', 'Landline', 'Direct Line', 'Primary Email', 'Street', 'Suburb', 'State', 'Postcode'])).toEqual([
      'fullName', 'phone.mobile', 'phone.other', 'phone.work', 'email.work', 'address.work.street', 'address.work.city', 'address.work.region', 'address.work.postcode',
    ]);
    expect(targets(['Surname', 'Forenames', 'Known As', 'Town/City', 'County', 'Eircode'])).toEqual(['familyName', 'givenName', 'nickname', 'address.work.city', 'address.work.region', 'address.work.postcode']);
    const record = mapRow(['Full Name', 'Mob', 'Landline', 'Street', 'Suburb', 'State', 'Postcode'], ['Jack Brown', '0412 345 678', '(02) 9876 5432', '1 George St', 'Parramatta', 'NSW', '2150']);
    expect(record.phones.map((p) => [p.label, p.value])).toEqual([['mobile', '0412 345 678'], ['other', '(02) 9876 5432']]);
    expect(record.addresses.map((a) => [a.street, a.city, a.region, a.postcode])).toEqual([['1 George St', 'Parramatta', 'NSW', '2150']]);
  });

  it('maps Xero’s contacts: its postal address (PO…) as the billing address, its street address (SA…) as the work address, and its contact name beside a person’s names as their firm', () => {
    const headers = ['*ContactName', 'EmailAddress', 'FirstName', 'LastName', 'POAddressLine1', 'POAddressLine2', 'POCity', 'PORegion', 'POPostalCode', 'POCountry', 'SAAddressLine1', 'SACity', 'SAPostalCode', 'SACountry', 'PhoneNumber', 'FaxNumber', 'MobileNumber', 'DDINumber'];
    const mapping = autoMap(headers);
    expect(mapping.columns.map((c) => c.target)).toEqual([
      'fullName', 'email.work', 'givenName', 'familyName', 'address.billing.street', 'address.billing.street', 'address.billing.city', 'address.billing.region', 'address.billing.postcode', 'address.billing.country',
      'address.work.street', 'address.work.city', 'address.work.postcode', 'address.work.country', 'phone.work', 'phone.fax', 'phone.mobile', 'phone.work',
    ]);
    const cells = ['Acme Ltd', 'accounts@acme.example', 'Anna', 'Weber', 'PO Box 12', 'Newmarket', 'Auckland', '', '1010', 'New Zealand', '5 Queen St', 'Auckland', '1010', 'New Zealand', '09 123 4567', '', '', ''];
    const record = mapRow(headers, cells);
    expect(record).toMatchObject({ fullName: '', givenName: 'Anna', familyName: 'Weber', company: 'Acme Ltd' });
    expect(record.addresses.map((a) => [a.label, a.street, a.city])).toEqual([['billing', 'PO Box 12\nNewmarket', 'Auckland'], ['work', '5 Queen St', 'Auckland']]);
    // Only an address part after PO, SA or Other names that address: these are other columns.
    expect(autoMap(['Name', 'Position', 'Salutation', 'Postcode', 'Other Name', 'Sales']).columns.map((c) => c.target)).toEqual(['fullName', 'title', 'prefix', 'address.work.postcode', null, null]);
  });

  it('maps a CRM’s columns named after their record (Pipedrive’s Person - Email - Work, Organization - Name), the organisation’s name once as the company, its label as a tag', () => {
    const headers = ['Person - Name', 'Person - Organization', 'Person - Email - Work', 'Person - Email - Home', 'Person - Phone - Mobile', 'Person - Label', 'Person - Owner', 'Organization - Name', 'Organization - Address', 'Organization - Owner'];
    const mapping = autoMap(headers);
    expect(mapping.columns.map((c) => c.target)).toEqual(['fullName', 'company', 'email.work', 'email.home', 'phone.mobile', 'tags', 'owner', 'company', 'address.work.full', null]);
    const cells = ['Anna Weber', 'Acme Ltd', 'anna@acme.example', 'anna@home.example', '+49 151 23456789', 'Customer', 'Tom', 'Acme Ltd', 'Hauptstraße 5, 01067 Dresden', 'Tom'];
    expect(mapRow(headers, cells)).toMatchObject({ givenName: 'Anna', familyName: 'Weber', company: 'Acme Ltd', tags: ['Customer'], owner: 'Tom' });
  });

  it('maps a shop’s customer export: Shopify’s Default Address columns, its country and province codes only where no column names them, WooCommerce’s billing_ and shipping_ columns; a number or address given twice is kept once', () => {
    const shopify = ['Customer ID', 'First Name', 'Last Name', 'Email', 'Default Address Company', 'Default Address Address1', 'Default Address Address2', 'Default Address City', 'Default Address Province Code', 'Default Address Country Code', 'Default Address Zip', 'Default Address Phone', 'Phone', 'Tags'];
    const mapping = autoMap(shopify);
    expect(mapping.columns.map((c) => c.target)).toEqual([
      null, 'givenName', 'familyName', 'email.work', 'company', 'address.work.street', 'address.work.street', 'address.work.city', 'address.work.region', 'address.work.country', 'address.work.postcode', 'phone.work', 'phone.work', 'tags',
    ]);
    const cells = ['123', 'Anna', 'Weber', 'anna@example.com', 'Acme', '1 Main St', 'Suite 5', 'Toronto', 'ON', 'CA', 'M5V 2T6', '+1 416 555 0100', '+1 416 555 0100', 'VIP'];
    const record = mapRow(shopify, cells);
    expect(record.phones).toEqual([{ label: 'work', value: '+1 416 555 0100' }]);
    expect(record.addresses).toEqual([{ label: 'work', street: '1 Main St\nSuite 5', city: 'Toronto', region: 'ON', postcode: 'M5V 2T6', country: 'CA' }]);
    // The older export names them too: the codes beside the names are left out.
    expect(autoMap(['First Name', 'Province', 'Province Code', 'Country', 'Country Code']).columns.map((c) => c.target)).toEqual(['givenName', 'address.work.region', null, 'address.work.country', null]);
    const woo = ['billing_first_name', 'billing_last_name', 'billing_company', 'billing_address_1', 'billing_postcode', 'billing_email', 'billing_phone', 'shipping_first_name', 'shipping_address_1', 'shipping_phone'];
    expect(autoMap(woo).columns.map((c) => c.target)).toEqual([
      'givenName', 'familyName', 'company', 'address.billing.street', 'address.billing.postcode', 'email.work', 'phone.work', null, 'address.shipping.street', null,
    ]);
  });

  it('takes a name its company column repeats as the firm’s own row (QuickBooks’ Customer and Company), and a private customer’s Chinese name given twice as the person alone', () => {
    const qb = ['Customer', 'Company', 'Phone', 'Open Balance'];
    expect(mapRow(qb, ['Acme Ltd', 'Acme Ltd', '(217) 555-0100', '1250.00'])).toMatchObject({ fullName: '', company: 'Acme Ltd' });
    expect(mapRow(qb, ['Sarah Lee', 'Lee Design LLC', '', '300.50'])).toMatchObject({ givenName: 'Sarah', familyName: 'Lee', company: 'Lee Design LLC' });
    expect(mapRow(['客户名称', '联系人', '手机'], ['张三', '张三', '13800138000'])).toMatchObject({ familyName: '张', givenName: '三', company: '' });
  });

  it('keeps a display name that is neither the given nor the family name beside them as the nickname, one that names them as it is', () => {
    const record = (cells: string[]) => mapRow(['Display Name', 'First Name', 'Last Name'], cells);
    expect(record(['Annie', 'Anna', 'Weber'])).toMatchObject({ givenName: 'Anna', familyName: 'Weber', nickname: 'Annie', company: '' });
    expect(record(['Dr. Anna Weber', 'Anna', 'Weber'])).toMatchObject({ nickname: '', company: '' });
  });

  it('does not take a CRM’s export for Outlook’s for its Home Phone, Other Phone and Other Street columns (Zoho’s): its Title is the job title, its other address and second email are read', () => {
    const headers = ['Salutation', 'First Name', 'Last Name', 'Title', 'Email', 'Secondary Email', 'Home Phone', 'Other Phone', 'Other Street', 'Other City', 'Other State', 'Other Zip', 'Other Country'];
    const mapping = autoMap(headers);
    expect(mapping.preset).toBe('generic');
    expect(mapping.columns.map((c) => c.target)).toEqual([
      'prefix', 'givenName', 'familyName', 'title', 'email.work', 'email.other', 'phone.home', 'phone.other', 'address.other.street', 'address.other.city', 'address.other.region', 'address.other.postcode', 'address.other.country',
    ]);
  });

  it('takes a customer column beside a contact person as the firm, in Chinese, English and German lists', () => {
    const targets = (headers: string[]) => autoMap(headers).columns.map((c) => c.target);
    expect(targets(['客户名称', '联系人', '手机'])).toEqual(['company', 'fullName', 'phone.mobile']);
    expect(targets(['Customer', 'Contact Person', 'Phone'])).toEqual(['company', 'fullName', 'phone.work']);
    expect(targets(['Kunde', 'Ansprechpartner', 'Telefon'])).toEqual(['company', 'fullName', 'phone.work']);
    // Alone, the customer column is the customer's name, a person's or a firm's.
    expect(targets(['客户名称', '手机'])).toEqual(['fullName', 'phone.mobile']);
    // Beside a company column, the two name columns are the person's name.
    expect(targets(['客户', '联系人', '公司'])).toEqual(['fullName', 'fullName', 'company']);
  });

  it('maps a template’s columns by their names whatever note is in brackets after them (必填, a date format), taking whose number or address it is from the note', () => {
    const targets = (headers: string[]) => autoMap(headers).columns.map((c) => c.target);
    expect(targets(['姓名(必填)', '手机号码（必填）', '固定电话', '电子信箱【选填】', '出生日期（yyyy-mm-dd）', '家庭住址', '单位地址'])).toEqual([
      'fullName',
      'phone.mobile',
      'phone.work',
      'email.work',
      'birthday',
      'address.home.full',
      'address.work.full',
    ]);
    expect(targets(['Name', 'Phone (Mobile)', 'Phone (Home)', 'Email (private)', 'Notes [optional]'])).toEqual(['fullName', 'phone.mobile', 'phone.home', 'email.home', 'notes']);
    expect(targets(['姓名', '电话（家庭）', '地址（家庭）', '邮箱(个人)'])).toEqual(['fullName', 'phone.home', 'address.home.full', 'email.home']);
    // A name the bracket does not hide stays unknown: the person chooses.
    expect(targets(['姓名', '(必填)', '爱好(选填)'])).toEqual(['fullName', null, null]);
  });

  it('leaves a birthday by the lunar calendar (生日（农历）, Birthday (lunar)) to a field of its own, as it falls on another day each year, and knows 官网 as the website', () => {
    const targets = (headers: string[]) => autoMap(headers).columns.map((c) => c.target);
    expect(targets(['姓名', '生日（农历）', '生日(阴历)', 'Birthday (lunar)', '生日', '官网'])).toEqual(['fullName', null, null, null, 'birthday', 'website']);
  });

  it('reads several numbers in one phone cell as people write them, keeping an area code before a slash', () => {
    const rows = [['王小明', '13800138000/13900139000'], ['李娜', '138 0013 8000、139 0013 9000'], ['Karl Moser', '030/1234567'], ['张伟', '13800138000 13900139000'], ['Anna Weber', '+49 30 12345678']];
    expect(mapRows(['姓名', '手机'], rows).results.map((r) => r.record.phones.map((p) => p.value))).toEqual([
      ['13800138000', '13900139000'],
      ['138 0013 8000', '139 0013 9000'],
      ['030/1234567'],
      // Two whole numbers side by side are two; digits in groups are one number.
      ['13800138000', '13900139000'],
      ['+49 30 12345678'],
    ]);
  });

  it('takes a note in brackets after a person’s name into the notes, and keeps a firm’s whole', () => {
    const rows = [['王小明（经理）', '老客户'], ['Anna Weber (Einkauf)', ''], ['深圳市星光科技有限公司（总部）', '']];
    const records = mapRows(['姓名', '备注'], rows).results.map((r) => r.record);
    expect(records.map((r) => [r.familyName, r.givenName, r.company, r.notes])).toEqual([
      ['王', '小明', '', '老客户\n经理'],
      ['Weber', 'Anna', '', 'Einkauf'],
      ['', '', '深圳市星光科技有限公司（总部）', ''],
    ]);
  });

  it('joins an extension column’s number once: one the phone cell already ends with is not added again', () => {
    const rows = [['王小明', '0755-26881234转808', '808'], ['李娜', '0755-26881234-808', '808'], ['张伟', '0755-26881234', '808']];
    expect(mapRows(['姓名', '电话', '分机号'], rows).results.map((r) => r.record.phones.map((p) => p.value))).toEqual([['0755-26881234转808'], ['0755-26881234-808'], ['0755-26881234-808']]);
  });

  it('reads a number typed full-width with a Chinese input method on, or written as a decimal by a program, as its digits', () => {
    const rows = [['王小明', '０７５５－２６８８１２３４', '８０８', '１３８００１３８０００'], ['李娜', '', '', '13900139000.0']];
    const { results } = mapRows(['姓名', '电话', '分机', '手机'], rows);
    expect(results.flatMap((r) => r.issues)).toEqual([]);
    expect(results.map((r) => r.record.phones.map((p) => p.value))).toEqual([['0755-26881234-808', '13800138000'], ['13900139000']]);
  });

  it('takes the province and city out of a Chinese address column that has only a postcode column beside it, and leaves other streets whole', () => {
    const rows = [
      ['王小明', '518000', '广东省深圳市南山区科技园南区1号'],
      ['李秀英', '100020', '北京市朝阳区建国路88号'],
      ['张伟', '200120', '浦东新区世纪大道1号'],
      ['Anna Weber', '10115', 'Hauptstraße 5, 2. OG'],
    ];
    expect(mapRows(['姓名', '邮编', '地址'], rows).results.map(addressOf)).toEqual([
      ['广东省', '深圳市', '南山区科技园南区1号', '518000'],
      ['北京市', '北京市', '朝阳区建国路88号', '100020'],
      // Without a province or city in front there is nothing to take out; a Western street stays as written.
      ['', '', '浦东新区世纪大道1号', '200120'],
      ['', '', 'Hauptstraße 5, 2. OG', '10115'],
    ]);
  });

  it('takes how a name is said from Google’s phonetic first and last names, Outlook.com’s readings, a 拼音 column or a phone’s cards, family name first after a Chinese name', async () => {
    const spelling = (headers: string[], ...rows: string[][]) => {
      const { targets, results } = mapRows(headers, rows);
      return { targets, said: results.map((r) => r.record.phoneticName) };
    };
    const google = spelling(['First Name', 'Last Name', 'Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name'], ['小明', '王', 'Xiaoming', '', 'Wang'], ['Anna', 'Weber', 'An-na', 'Ma-ri-a', 'We-ber'], ['Bo', 'Chen', '', '', '']);
    expect(google.targets).toEqual(['givenName', 'familyName', 'phoneticGivenName', 'phoneticMiddleName', 'phoneticFamilyName']);
    expect(google.said).toEqual(['Wang Xiaoming', 'An-na Ma-ri-a We-ber', '']);
    expect(spelling(['First Name', 'Last Name', 'Given Yomi', 'Surname Yomi'], ['太郎', '山田', 'タロウ', 'ヤマダ']).said).toEqual(['ヤマダ タロウ']);
    expect(spelling(['Given Name', 'Family Name', 'Given Name Yomi', 'Family Name Yomi'], ['小明', '王', 'Xiaoming', 'Wang']).said).toEqual(['Wang Xiaoming']);
    expect(spelling(['姓名', '拼音', '手机'], ['欧阳娜娜', 'Ouyang Nana', '13800138000'])).toEqual({ targets: ['fullName', 'phoneticName', 'phone.mobile'], said: ['Ouyang Nana'] });
    // An iPhone's cards, and a company's (Apple's "show as company"), whose phonetic name is the company's.
    const cardsSaid = async (path: string) => (await load(path)).results.map(({ record: r }) => [r.fullName || r.company, r.phoneticName]);
    expect(await cardsSaid('icloud-3.0.vcf')).toEqual([['Dr. Anna Maria Weber PhD', 'An-na We-ber'], ['王小明', 'Wang Xiaoming'], ['Greta Lange', '']]);
    const company = join(mkdtempSync(join(tmpdir(), 'card-')), 'sony.vcf');
    writeFileSync(company, ['BEGIN:VCARD', 'VERSION:3.0', 'N:;;;;', 'FN:Sony', 'ORG:Sony;', 'X-PHONETIC-ORG:ソニー', 'X-ABShowAs:COMPANY', 'END:VCARD'].join('\r\n'));
    expect(await cardsSaid(company)).toEqual([['Sony', 'ソニー']]);
  });

  it('reads an online shop’s order list as its buyers: the name the parcel went to, the address with its postcode in brackets (000000 being none), a municipality named twice, both numbers', () => {
    const orders = mapRows(['收货人姓名', '收货地址', '联系电话', '联系手机'], [
      ['王小明', '广东省 深圳市 南山区 科技园南区1号(518000)', '0755-26881234', '13800138000'],
      ['李娜', '北京 北京市 朝阳区 建国路88号(000000)', '', '13900139000'],
      ['张伟', '上海 上海市 浦东新区 世纪大道1号（200120）', '', '13700137000'],
    ]);
    expect(orders.targets).toEqual(['fullName', 'address.shipping.full', 'phone.mobile', 'phone.mobile']);
    expect(orders.results.map(addressOf)).toEqual([
      ['广东省', '深圳市', '南山区 科技园南区1号', '518000'],
      ['北京市', '北京市', '朝阳区 建国路88号', ''],
      ['上海市', '上海市', '浦东新区 世纪大道1号', '200120'],
    ]);
  });

  it('splits a parcel service’s 省市区 column beside the street into province, city and the district in front of the street', () => {
    const parcels = mapRows(['收件人', '手机', '省市区', '详细地址'], [
      ['王小明', '13800138000', '广东省 深圳市 南山区', '科技园南区1号'],
      ['李秀英', '13900139000', '北京市朝阳区', '建国路88号'],
      ['张伟', '13700137000', '广东', '深圳市福田区深南大道1号'],
      ['赵敏', '13600136000', '广东省', '广东省广州市天河区体育西路100号'],
    ]);
    expect(parcels.targets).toEqual(['fullName', 'phone.mobile', 'address.work.region', 'address.work.street']);
    expect(parcels.results.map((r) => addressOf(r).slice(0, 3))).toEqual([
      ['广东省', '深圳市', '南山区科技园南区1号'],
      ['北京市', '北京市', '朝阳区建国路88号'],
      // A province written without 省 is left as written rather than guessed.
      ['广东', '', '深圳市福田区深南大道1号'],
      // A street that repeats the province is not read as the province twice.
      ['广东省', '广州市', '天河区体育西路100号'],
    ]);
  });

  it('takes an email address as mail programs write it, with the name before it or as a mailto: link, or typed with a Chinese input method on', () => {
    const emails = ['Li Na <lina@example.cn>', '"Weber, Anna" <anna@weber.example>, Jonas <jonas@weber.example>', 'mailto:bo@example.com', 'Bo <not an address>', 'wang＠example。cn', '王伟 <wangwei＠qq．com>'];
    const { results } = mapRows(['Name', 'Email'], emails.map((e) => ['X', e]));
    expect(results.map((r) => r.record.emails.map((e) => e.value))).toEqual([['lina@example.cn'], ['anna@weber.example', 'jonas@weber.example'], ['bo@example.com'], [], ['wang@example.cn'], ['wangwei@qq.com']]);
    expect(results.map((r) => r.issues.map((i) => [i.value, i.reason]))).toEqual([[], [], [], [['Bo <not an address>', 'notAnEmail']], [], []]);
  });

  it('maps headers named like JavaScript\'s own object members (constructor, toString, __proto__) to nothing, in every preset', () => {
    const odd = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    for (const headers of [['Name', ...odd], ['First Name', 'E-mail 1 - Value', 'Address 1 - constructor', ...odd], ['FN', 'TEL 1', ...odd], ['Business Street', 'Business City', 'E-mail Display Name', ...odd], ['姓名', ...odd]]) {
      expect(autoMap(headers).columns.filter((c) => odd.includes(c.header) || c.header.endsWith('constructor')).map((c) => c.target)).toEqual(headers.filter((h) => odd.includes(h) || h.endsWith('constructor')).map(() => null));
    }
  });

  it('tells firms from people in a name column by the legal form or business their name ends with, or in German and French starts with', () => {
    const firms = ['Weber GmbH', 'Acme, Inc.', 'Rossi S.r.l.', 'Siemens AG', 'Tesco PLC', 'Smith & Co.', '深圳市华强电子有限公司', '李记小吃店', '北京协和医院', '株式会社ソニー', '李记小吃店（南山店）', 'Weber GmbH (Berlin)',
      'Smith Plumbing', 'Harbour Cafe', 'Weber Consulting', 'Bäckerei Müller', 'Praxis Dr. Weber', 'Boulangerie Dupont',
      'Blue Sky Media', 'Nordlicht Design', 'Weber Immobilien', 'Elektro Müller', 'Fahrschule Klein', 'Pizzeria Roma', 'Atelier Dupont', 'Harbour Fitness'];
    // Trades that are family names too (Bank, Church) and a trade alone are no firm's mark.
    const people = ['Anna Weber', '欧阳娜娜', '张伟', 'Ag Smith', 'Ana Sa', 'Coco', '王店', 'John Bank', 'Mary Church', 'Cafe', 'Anna Garage', 'Elektra Weber', 'Florian Blumenthal', 'Design'];
    expect(firms.filter((n) => !looksLikeFirm(n))).toEqual([]);
    expect(people.filter(looksLikeFirm)).toEqual([]);
  });

  it('recognises Chinese headers, splits 司马光 with the compound surname and reports invalid values by row', async () => {
    const { mapping, results } = await load('chinese-headers.csv');
    expect(mapping.preset).toBe('chinese');
    expect(mapping.columns.map((c) => c.target)).toEqual([
      'fullName', 'prefix', 'phone.mobile', 'phone.work', 'email.work', 'company', 'department', 'title',
      'address.work.region', 'address.work.city', 'address.work.street', 'address.work.postcode', 'birthday', 'tier', 'source', 'tags', 'notes',
    ]);
    expect(results[0]!.record).toMatchObject({ familyName: '司马', givenName: '光', tier: '主客户', source: '展会', tags: ['VIP', '老客户'] });
    expect(results[0]!.record.addresses[0]).toEqual({ label: 'work', street: '洛龙区开元大道1号', city: '洛阳市', region: '河南省', postcode: '471000', country: '' });
    expect(results[1]!.record).toMatchObject({ familyName: '诸葛', givenName: '亮' });
    expect(results[2]!.issues).toEqual([
      { row: 4, column: '邮箱', value: 'libai@example', reason: 'notAnEmail' },
      { row: 4, column: '生日', value: '31/02/1980', reason: 'notADate' },
    ]);
  });

  it('asks for the order of an ambiguous date column and then reads it', async () => {
    const { table, mapping, ctx, results } = await load('dates-ambiguous.csv');
    expect(ctx.dateColumns[1]).toBe('ambiguous');
    expect(results.every((r) => r.issues[0]?.reason === 'ambiguousDate')).toBe(true);
    const answered = { ...mapping, dateOrders: { 1: 'dmy' as const } };
    expect(table.rows.map((r) => applyMapping(r, answered, { ...ctx, currentYear: 2026 }).record.birthday)).toEqual(['1980-04-03', '1990-02-01', '1975-06-05']);
  });

  it('saves a mapping as JSON and applies it to the next file with the same headers', async () => {
    const { table, mapping } = await load('delim-comma.csv');
    mapping.columns[2]!.target = 'phone.mobile';
    mapping.columns[3]!.target = null;
    const saved = SavedMappingSchema.parse(JSON.parse(JSON.stringify(toSavedMapping(mapping, 'Shop list'))));
    const again = fromSavedMapping(table.headers, saved, autoMap(table.headers));
    expect(again.columns.map((c) => c.target)).toEqual(['fullName', 'email.work', 'phone.mobile', null]);
    expect(() => SavedMappingSchema.parse({ ...saved, columns: [{ header: 'x', occurrence: 0, target: 'phone.pager' }] })).toThrow();
  });

  it('words an invalid value for the preview in English and Chinese', () => {
    const issue = { row: 17, column: 'Birthday', value: '31/02/1980', reason: 'notADate' as const };
    expect(formatIssue(issue, translate('en'))).toBe('Row 17, Birthday: 31/02/1980 is not a date');
    expect(formatIssue(issue, translate('zh-CN'))).toBe('第 17 行，Birthday：31/02/1980 不是有效的日期');
    expect(formatIssue({ row: 4, column: '', value: '', reason: 'nameMissing' }, translate('en'))).toBe('Row 4: no name, company, phone or email');
  });
});
