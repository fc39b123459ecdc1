import { parseTarget, type AddressPart, type TargetField } from './fields';
import { dictionary } from './dictionary';
import { simplifiedHan } from './traditional-han';
import { bareHeaderKey, headerKey, headerNotes } from './header-key';
import { labelFromWord } from './channel-label-words';
import type { PresetId } from './mapping';
import type { CommPrefs } from '../contacts/contact-traits';
import { OUTLOOK_ENGLISH_MARKER, outlookMarkers, outlookTarget, plainOutlookTarget } from './outlook-preset';
import { isThunderbirdExport } from './thunderbird-preset';
import { isMailchimpExport, matchMailchimp } from './mailchimp-preset';

/** What a preset says about one header. */
export interface HeaderMatch {
  target: TargetField | null;
  /** Header of the column holding this value's label, per row. */
  labelHeader?: string;
  group?: number;
}

type Dictionary = Record<string, TargetField>;

/** Plain names any spreadsheet uses, English and Chinese, by headerKey. */
const GENERIC: Dictionary = dictionary({
  name: 'fullName', fullname: 'fullName', displayname: 'fullName', contactname: 'fullName', contact: 'fullName', customer: 'fullName', customername: 'fullName', client: 'fullName', clientname: 'fullName',
  contactperson: 'fullName', contactpersonname: 'fullName',
  firstname: 'givenName', givenname: 'givenName', forename: 'givenName', forenames: 'givenName', christianname: 'givenName', first: 'givenName',
  gender: 'gender', sex: 'gender',
  lastname: 'familyName', surname: 'familyName', familyname: 'familyName', last: 'familyName',
  middlename: 'middleName', additionalname: 'middleName', middle: 'middleName',
  prefix: 'prefix', nameprefix: 'prefix', salutation: 'prefix',
  suffix: 'suffix', namesuffix: 'suffix',
  nickname: 'nickname', knownas: 'nickname', preferredname: 'nickname',
  // How the name is said: Google's phonetic parts, Outlook.com's Japanese readings (yomi), a pinyin column.
  phoneticname: 'phoneticName', phonetic: 'phoneticName', pinyin: 'phoneticName', namepinyin: 'phoneticName', pronunciation: 'phoneticName',
  // Google's older export: Yomi Name, Given Name Yomi, Additional Name Yomi, Family Name Yomi.
  yominame: 'phoneticName',
  phoneticfirstname: 'phoneticGivenName', phoneticgivenname: 'phoneticGivenName', givenyomi: 'phoneticGivenName', firstnameyomi: 'phoneticGivenName', givennameyomi: 'phoneticGivenName',
  phoneticmiddlename: 'phoneticMiddleName', additionalnameyomi: 'phoneticMiddleName',
  phoneticlastname: 'phoneticFamilyName', phoneticfamilyname: 'phoneticFamilyName', surnameyomi: 'phoneticFamilyName', lastnameyomi: 'phoneticFamilyName', familynameyomi: 'phoneticFamilyName',
  company: 'company', companyname: 'company', accountname: 'company', organization: 'company', organisation: 'company', organizationname: 'company', business: 'company', employer: 'company', firm: 'company',
  department: 'department', dept: 'department', organizationdepartment: 'department',
  title: 'title', jobtitle: 'title', position: 'title', role: 'title', organizationtitle: 'title',
  phone: 'phone.work', telephone: 'phone.work', tel: 'phone.work', phonenumber: 'phone.work', telephonenumber: 'phone.work', contactnumber: 'phone.work', contactno: 'phone.work', workphone: 'phone.work', businessphone: 'phone.work', officephone: 'phone.work',
  mobile: 'phone.mobile', cell: 'phone.mobile', mobilephone: 'phone.mobile', cellphone: 'phone.mobile', mobilenumber: 'phone.mobile', mobilephonenumber: 'phone.mobile', cellphonenumber: 'phone.mobile',
  ext: 'phoneExtension', extn: 'phoneExtension', extension: 'phoneExtension', phoneext: 'phoneExtension', phoneextension: 'phoneExtension', extensionnumber: 'phoneExtension', officeextension: 'phoneExtension',
  homephone: 'phone.home', privatephone: 'phone.home', personalphone: 'phone.home', fax: 'phone.fax', otherphone: 'phone.other',
  email: 'email.work', emailaddress: 'email.work', mail: 'email.work', workemail: 'email.work',
  homeemail: 'email.home', personalemail: 'email.home', privateemail: 'email.home', otheremail: 'email.other',
  address: 'address.work.full', fulladdress: 'address.work.full', mailingaddress: 'address.work.full', postaladdress: 'address.work.full',
  street: 'address.work.street', streetaddress: 'address.work.street', address1: 'address.work.street', address2: 'address.work.street', addressline1: 'address.work.street', addressline2: 'address.work.street',
  address3: 'address.work.street', addressline3: 'address.work.street',
  streetline: 'address.work.street', streetaddressline1: 'address.work.street', streetaddressline2: 'address.work.street', streetaddressline3: 'address.work.street',
  city: 'address.work.city', town: 'address.work.city', posttown: 'address.work.city', towncity: 'address.work.city', suburb: 'address.work.city', locality: 'address.work.city',
  state: 'address.work.region', province: 'address.work.region', region: 'address.work.region', county: 'address.work.region', stateregion: 'address.work.region', stateprovince: 'address.work.region', provincestate: 'address.work.region',
  zip: 'address.work.postcode', zipcode: 'address.work.postcode', eircode: 'address.work.postcode', postcode: 'address.work.postcode', postalcode: 'address.work.postcode', zippostalcode: 'address.work.postcode', postalzipcode: 'address.work.postcode',
  country: 'address.work.country', countryregion: 'address.work.country',
  // Codes only where no column names the country or region (autoMap drops them beside one).
  countrycode: 'address.work.country', provincecode: 'address.work.region', statecode: 'address.work.region',
  // A CRM's addresses by their use (Salesforce's Mailing Street, Zoho's Other City, Xero's POCity and SAPostalCode) are read by ofAnAddress.
  label: 'tags',
  faxnumber: 'phone.fax', ddinumber: 'phone.work', directdial: 'phone.work', directline: 'phone.work', primaryphone: 'phone.work', mob: 'phone.mobile',
  // A landline says only that it is no mobile: the office's or the home's.
  landline: 'phone.other', primaryemail: 'email.work', secondaryemail: 'email.other', alternateemail: 'email.other', emailid: 'email.work',
  // Brevo's (Sendinblue's) contact attributes: the number texts and WhatsApp messages go to.
  sms: 'phone.mobile', whatsapp: 'phone.mobile',
  birthday: 'birthday', dateofbirth: 'birthday', dob: 'birthday', birthdate: 'birthday',
  anniversary: 'anniversary',
  notes: 'notes', note: 'notes', description: 'notes', comments: 'notes', comment: 'notes', remarks: 'notes', memo: 'notes',
  tags: 'tags', tag: 'tags', labels: 'tags', categories: 'tags', category: 'tags', groupmembership: 'tags',
  groups: 'groups', group: 'groups', contactgroups: 'groups', mailinglist: 'groups',
  contactpreferences: 'contactPreferences', communicationpreferences: 'contactPreferences',
  type: 'kind', kind: 'kind', contacttype: 'kind', contactkind: 'kind', customertype: 'kind',
  tier: 'tier', customertier: 'tier', level: 'tier', grade: 'tier', class: 'tier',
  lifecycle: 'lifecycle', stage: 'lifecycle', lifecyclestage: 'lifecycle', status: 'lifecycle',
  source: 'source', leadsource: 'source', referral: 'source',
  owner: 'owner', contactowner: 'owner', accountowner: 'owner', leadowner: 'owner', salesrep: 'owner', salesperson: 'owner', accountmanager: 'owner', assignedto: 'owner',
  website: 'website', webpage: 'website', url: 'website', homepage: 'website', web: 'website', businesswebsite: 'website', websiteurl: 'website', companywebsite: 'website', companyurl: 'website', weburl: 'website',
});

/** Headers Chinese spreadsheets use (Excel templates, WeChat and phone exports). */
const CHINESE: Dictionary = dictionary({
  姓名: 'fullName', 名称: 'fullName', 联系人: 'fullName', 联络人: 'fullName', 联系人姓名: 'fullName', 负责人: 'fullName', 客户名称: 'fullName', 客户名: 'fullName', 客户姓名: 'fullName', 客户: 'fullName', 收件人: 'fullName', 收货人: 'fullName',
  收件人姓名: 'fullName', 收货人姓名: 'fullName',
  姓: 'familyName', 姓氏: 'familyName',
  名: 'givenName',
  // The name, said of the whole as often as of the given name: the given name only beside a family name (autoMap).
  名字: 'fullName',
  性别: 'gender',
  拼音: 'phoneticName', 姓名拼音: 'phoneticName', 名称拼音: 'phoneticName', 姓拼音: 'phoneticFamilyName', 名拼音: 'phoneticGivenName',
  中间名: 'middleName', 称谓: 'prefix', 称呼: 'prefix', 尊称: 'prefix', 前缀: 'prefix', 后缀: 'suffix', 昵称: 'nickname', 别名: 'nickname', 英文名: 'nickname',
  公司: 'company', 公司名称: 'company', 公司名: 'company', 企业名: 'company', 公司全称: 'company', 单位全称: 'company', 所属公司: 'company', 所在公司: 'company', 所在单位: 'company', 单位: 'company', 工作单位: 'company', 单位名称: 'company', 客户单位: 'company', 企业: 'company', 企业名称: 'company',
  部门: 'department',
  职位: 'title', 职务: 'title', 职称: 'title', 头衔: 'title', 岗位: 'title',
  手机: 'phone.mobile', 手机号: 'phone.mobile', 手机号码: 'phone.mobile', 移动电话: 'phone.mobile', 行动电话: 'phone.mobile', 联系电话: 'phone.mobile',
  联系手机: 'phone.mobile', 联系人手机: 'phone.mobile', 客户手机: 'phone.mobile', 收货人手机: 'phone.mobile', 收件人手机: 'phone.mobile',
  联系人电话: 'phone.mobile', 客户电话: 'phone.mobile', 联络电话: 'phone.mobile', 电话手机: 'phone.mobile', 手机电话: 'phone.mobile', 收货人电话: 'phone.mobile', 收件人电话: 'phone.mobile',
  电话: 'phone.work', 固话: 'phone.work', 固定电话: 'phone.work', 座机: 'phone.work', 办公电话: 'phone.work', 工作电话: 'phone.work', 电话号码: 'phone.work', 单位电话: 'phone.work', 公司电话: 'phone.work',
  分机: 'phoneExtension', 分机号: 'phoneExtension', 分机号码: 'phoneExtension', 内线: 'phoneExtension', 内线号: 'phoneExtension', 内线电话: 'phoneExtension', 转: 'phoneExtension',
  家庭电话: 'phone.home', 住宅电话: 'phone.home', 住家电话: 'phone.home', 宅电: 'phone.home', 办公室电话: 'phone.work', 传真: 'phone.fax', 其他手机: 'phone.mobile', 其他电话: 'phone.other',
  邮箱: 'email.work', 电子邮箱: 'email.work', 电子信箱: 'email.work', 电子邮件: 'email.work', 邮件地址: 'email.work', 邮件: 'email.work', 邮箱地址: 'email.work', email地址: 'email.work', 电邮: 'email.work', 电邮地址: 'email.work', 工作邮箱: 'email.work', 商务邮箱: 'email.work', 企业邮箱: 'email.work', 公司邮箱: 'email.work', 单位邮箱: 'email.work', 个人邮箱: 'email.home', 家庭邮箱: 'email.home', 其他邮箱: 'email.other',
  地址: 'address.work.full', 详细地址: 'address.work.full', 联系地址: 'address.work.full', 通讯地址: 'address.work.full', 公司地址: 'address.work.full', 单位地址: 'address.work.full', 办公地址: 'address.work.full', 家庭地址: 'address.home.full', 家庭住址: 'address.home.full', 住址: 'address.home.full', 收货地址: 'address.shipping.full', 收件地址: 'address.shipping.full',
  街道: 'address.work.street', 区: 'address.work.street', 区县: 'address.work.street', 县: 'address.work.street',
  省: 'address.work.region', 省份: 'address.work.region', 省市: 'address.work.region', 州: 'address.work.region', 所在省份: 'address.work.region',
  // Province, city and district in one column (a parcel service's 省市区): split on import. Not 地区
  // or 区域, which as often name a sales territory (华南).
  省市区: 'address.work.region', 省市县: 'address.work.region', 所在地区: 'address.work.region',
  市: 'address.work.city', 城市: 'address.work.city', 所在城市: 'address.work.city', 县市: 'address.work.city',
  邮编: 'address.work.postcode', 邮政编码: 'address.work.postcode', 邮递区号: 'address.work.postcode',
  国家: 'address.work.country', 国家地区: 'address.work.country', 国家或地区: 'address.work.country',
  生日: 'birthday', 出生日期: 'birthday', 出生年月: 'birthday', 出生年月日: 'birthday',
  纪念日: 'anniversary',
  备注: 'notes', 备注信息: 'notes', 说明: 'notes', 附注: 'notes',
  标签: 'tags', 企业标签: 'tags', 分类: 'tags', 类别: 'tags', 分组: 'groups', 群组: 'groups', 所属分组: 'groups',
  类型: 'kind', 联系人类型: 'kind', 客户类型: 'kind', 客户性质: 'kind', 联系偏好: 'contactPreferences', 沟通偏好: 'contactPreferences',
  客户等级: 'tier', 等级: 'tier', 级别: 'tier', 客户级别: 'tier',
  客户阶段: 'lifecycle', 阶段: 'lifecycle', 客户状态: 'lifecycle', 跟进状态: 'lifecycle', 销售阶段: 'lifecycle',
  来源: 'source', 客户来源: 'source', 渠道: 'source',
  业务员: 'owner', 销售员: 'owner', 跟进人: 'owner', 所属销售: 'owner', 销售负责人: 'owner', 客户经理: 'owner', 归属人: 'owner', 所属员工: 'owner', 负责销售: 'owner', 销售代表: 'owner', 添加人: 'owner',
  网址: 'website', 网站: 'website', 主页: 'website', 官网: 'website', 公司官网: 'website', 官方网站: 'website',
});

/** Japanese and Russian headers (traditional Chinese ones are read by their simplified words, `simplifiedHan`). */
const OTHER_SCRIPTS: Dictionary = dictionary({
  内線番号: 'phoneExtension',
  氏名: 'fullName', 名前: 'fullName', 会社: 'company', 会社名: 'company', 住所: 'address.work.full', 電話番号: 'phone.work', 携帯: 'phone.mobile',
  ふりがな: 'phoneticName', フリガナ: 'phoneticName', よみがな: 'phoneticName', ヨミガナ: 'phoneticName', 読み: 'phoneticName',
  携帯電話: 'phone.mobile', メール: 'email.work', 郵便番号: 'address.work.postcode', 役職: 'title', 部署: 'department', 誕生日: 'birthday', 生年月日: 'birthday', 備考: 'notes',
  имя: 'givenName', фамилия: 'familyName', отчество: 'middleName', фио: 'fullName', компания: 'company', организация: 'company', должность: 'title', телефон: 'phone.work',
  мобильный: 'phone.mobile', почта: 'email.work', город: 'address.work.city', адрес: 'address.work.full', индекс: 'address.work.postcode', страна: 'address.work.country',
  деньрождения: 'birthday', заметки: 'notes', примечание: 'notes',
});

/**
 * Plain column names of German, French, Spanish, Italian, Dutch and Portuguese spreadsheets for
 * what Outlook's names (outlook-preset.ts) do not cover: the address in parts, phones, the
 * salutation, remarks.
 */
const EUROPEAN: Dictionary = dictionary({
  geschlecht: 'gender', sexe: 'gender', sexo: 'gender', sesso: 'gender', geslacht: 'gender',
  straße: 'address.work.street', strasse: 'address.work.street', rue: 'address.work.street', calle: 'address.work.street', dirección: 'address.work.full',
  // A house number of its own is joined to the street (houseNumberPlace says on which side).
  hausnummer: 'address.work.street', hausnr: 'address.work.street', huisnummer: 'address.work.street', huisnr: 'address.work.street', numerocivico: 'address.work.street',
  housenumber: 'address.work.street', houseno: 'address.work.street', streetnumber: 'address.work.street', streetno: 'address.work.street', numérodevoie: 'address.work.street', numéroderue: 'address.work.street',
  门牌号: 'address.work.street', 门牌号码: 'address.work.street', 门牌: 'address.work.street',
  adresse: 'address.work.full', anschrift: 'address.work.full', indirizzo: 'address.work.full', straat: 'address.work.street', adres: 'address.work.full', adresszeile: 'address.work.street',
  rua: 'address.work.street', endereço: 'address.work.full',
  plz: 'address.work.postcode', postleitzahl: 'address.work.postcode', codepostal: 'address.work.postcode', cp: 'address.work.postcode', códigopostal: 'address.work.postcode',
  cap: 'address.work.postcode', cep: 'address.work.postcode',
  ort: 'address.work.city', stadt: 'address.work.city', wohnort: 'address.work.city', ville: 'address.work.city', ciudad: 'address.work.city', città: 'address.work.city',
  plaats: 'address.work.city', woonplaats: 'address.work.city', cidade: 'address.work.city', localidade: 'address.work.city',
  bundesland: 'address.work.region', kanton: 'address.work.region', provincia: 'address.work.region', provincie: 'address.work.region',
  land: 'address.work.country', pays: 'address.work.country', país: 'address.work.country', paese: 'address.work.country', nazione: 'address.work.country',
  telefon: 'phone.work', telefonnummer: 'phone.work', téléphone: 'phone.work', teléfono: 'phone.work', telefono: 'phone.work', telefoon: 'phone.work', telefone: 'phone.work',
  durchwahl: 'phoneExtension', durchwahlnummer: 'phoneExtension', nebenstelle: 'phoneExtension', toestel: 'phoneExtension',
  handy: 'phone.mobile', handynummer: 'phone.mobile', mobiltelefon: 'phone.mobile', mobil: 'phone.mobile', mobilnummer: 'phone.mobile',
  // The firm's switchboard, and a direct line written in full: work numbers.
  zentrale: 'phone.work', telefonzentrale: 'phone.work', firmentelefon: 'phone.work', telefondurchwahl: 'phone.work', switchboard: 'phone.work', mainphone: 'phone.work', mainnumber: 'phone.work',
  总机: 'phone.work', 总机号码: 'phone.work', 公司总机: 'phone.work',
  faxnummer: 'phone.fax', telefax: 'phone.fax', adresszusatz: 'address.work.street', postfach: 'address.work.street', funktion: 'title', portable: 'phone.mobile', móvil: 'phone.mobile', celular: 'phone.mobile', cellulare: 'phone.mobile', mobiel: 'phone.mobile', telemóvel: 'phone.mobile',
  courriel: 'email.work', correo: 'email.work', correoelectrónico: 'email.work',
  anrede: 'prefix', civilité: 'prefix', titel: 'prefix',
  bemerkung: 'notes', bemerkungen: 'notes', notiz: 'notes', kommentar: 'notes', remarque: 'notes', remarques: 'notes', observaciones: 'notes', notas: 'notes', opmerking: 'notes', opmerkingen: 'notes', observações: 'notes',
  geburtsdatum: 'birthday', datedenaissance: 'birthday', fechadenacimiento: 'birthday', datadinascita: 'birthday', geboortedatum: 'birthday', datadenascimento: 'birthday',
  // Italian and Portuguese: the name, the given name beside a family name (autoMap).
  nome: 'fullName', puesto: 'title', fonction: 'title', complémentdadresse: 'address.work.street', téléphonefixe: 'phone.work', commentaire: 'notes', commentaires: 'notes',
  ansprechpartner: 'fullName', kontaktperson: 'fullName', interlocuteur: 'fullName', personadecontacto: 'fullName', contactpersoon: 'fullName', referente: 'fullName',
  kunde: 'fullName', kundenname: 'fullName', cliente: 'fullName',
  unternehmen: 'company', firmenname: 'company', entreprise: 'company', azienda: 'company',
  betreuer: 'owner', kundenbetreuer: 'owner', zuständig: 'owner', verantwortlich: 'owner', vertriebsmitarbeiter: 'owner', commercial: 'owner', responsable: 'owner',
});

/**
 * Phone column names that say nothing of the number's use ("电话", "Phone", "Telefon"), by
 * headerKey: the number's own line says whether it is a mobile. "办公电话", "Business Phone" and
 * "手机" say it, whatever the number is.
 */
const PLAIN_PHONE = new Set([
  'phone', 'phones', 'telephone', 'tel', 'phonenumber', 'telephonenumber', 'contactnumber', 'contactno', 'number',
  '电话', '电话号码', '号码', '電話', '電話號碼', '電話番号', 'телефон',
  'telefon', 'telefonnummer', 'téléphone', 'teléfono', 'telefono', 'telefoon', 'telefone', 'fono',
]);

/**
 * Whether a phone column's name says nothing of the number's use, numbered or with a note too
 * ("电话2", "Phone (required)", "电话（必填）"); one that names a use ("Phone (Work)") does.
 * @example isPlainPhoneHeader('电话2') // true
 * @example isPlainPhoneHeader('办公电话') // false
 */
export function isPlainPhoneHeader(header: string): boolean {
  const plain = (key: string) => PLAIN_PHONE.has(key.replace(/\d+$/, '')) || PLAIN_PHONE.has(key.replace(NUMBER_WORD, ''));
  if (plain(headerKey(header))) return true;
  const bare = bareHeaderKey(header);
  return plain(bare) && headerNotes(header).every((note) => labelFromWord(note) === 'other');
}

/** House number columns, by headerKey: written after the street ("Hauptstraße 5", "建国路88号") or before it ("5 Main Street", "12 rue de la Paix"). */
const NUMBER_AFTER = new Set(['hausnummer', 'hausnr', 'huisnummer', 'huisnr', 'numerocivico', '门牌号', '门牌号码', '门牌']);
const NUMBER_BEFORE = new Set(['housenumber', 'houseno', 'streetnumber', 'streetno', 'numérodevoie', 'numéroderue']);

/**
 * Where a house number of its own column goes in the street: 'after' it as German, Dutch,
 * Italian and Chinese addresses write it, 'before' it as English and French ones do; undefined
 * for a column that is no house number.
 * @example houseNumberPlace('Hausnummer') // 'after'
 */
export function houseNumberPlace(header: string): 'after' | 'before' | undefined {
  const key = headerKey(header);
  return NUMBER_AFTER.has(key) ? 'after' : NUMBER_BEFORE.has(key) ? 'before' : undefined;
}

/** What a contact may have said no to: one of their preferences. */
export type Restriction = keyof CommPrefs;

/**
 * Columns of yes or no that say what a contact agreed to or opted out of, by headerKey: the
 * restriction, and the answer that puts it on (Shopify's "Accepts Email Marketing: no" is no
 * marketing, Salesforce's "Email Opt Out: true" no emails, "Do Not Call: yes" no calls).
 */
const CONSENT: Record<string, { restriction: Restriction; when: boolean }> = Object.assign(Object.create(null) as object, {
  acceptsemailmarketing: { restriction: 'marketing', when: false }, acceptsmarketing: { restriction: 'marketing', when: false },
  marketingconsent: { restriction: 'marketing', when: false }, emailmarketingconsent: { restriction: 'marketing', when: false }, marketingoptin: { restriction: 'marketing', when: false },
  werbeeinwilligung: { restriction: 'marketing', when: false }, 接受营销: { restriction: 'marketing', when: false },
  emailoptout: { restriction: 'email', when: true }, hasoptedoutofemail: { restriction: 'email', when: true }, optedoutofemail: { restriction: 'email', when: true },
  unsubscribed: { restriction: 'email', when: true }, unsubscribedfromallemail: { restriction: 'email', when: true },
  donotcall: { restriction: 'phone', when: true }, donotcontact: { restriction: 'doNotContact', when: true }, donotmail: { restriction: 'letter', when: true },
}) as Record<string, { restriction: Restriction; when: boolean }>;

/**
 * The consent a column of yes or no records, by its name: what the answer `when` restricts.
 * @example consentColumn('Accepts Email Marketing') // { restriction: 'marketing', when: false }
 */
export const consentColumn = (header: string): { restriction: Restriction; when: boolean } | undefined => CONSENT[headerKey(header)];

/** Columns that only exist in a given preset's files, to recognise them. */
const MARKERS: Record<Exclude<PresetId, 'generic' | 'thunderbird' | 'mailchimp' | 'deskcrm'>, RegExp> = {
  google: /^(e-mail|phone|address|organization|website) \d+ - (label|type|value|formatted|name)$/i,
  outlook: OUTLOOK_ENGLISH_MARKER,
  vcard: /^(FN|N (family|given)|(TEL|EMAIL|ADR) \d+( \w+)?)$/,
  chinese: /[\u4e00-\u9fff]/,
};

const GOOGLE_PART: Record<string, AddressPart | null> = dictionary({
  formatted: 'full', street: 'street', city: 'city', region: 'region', postalcode: 'postcode', country: 'country',
  pobox: 'street', extendedaddress: 'street', neighborhood: 'street',
});

function matchGoogle(header: string, headers: readonly string[]): HeaderMatch | undefined {
  const m = /^(E-mail|Phone|Address|Website|Organization|Relation|Event|IM|Custom Field) (\d+) - (.+)$/i.exec(header.trim());
  if (!m) return undefined;
  const kind = m[1]!.toLowerCase();
  const n = Number(m[2]);
  const what = headerKey(m[3]!);
  const labelHeader = [`${m[1]} ${n} - Label`, `${m[1]} ${n} - Type`].find((h) => headers.includes(h));
  const withLabel = (target: TargetField): HeaderMatch => ({ target, ...(labelHeader ? { labelHeader } : {}), group: n });
  if (what === 'label' || what === 'type') return { target: null };
  if (kind === 'e-mail' && what === 'value') return withLabel('email.other');
  if (kind === 'phone' && what === 'value') return withLabel('phone.other');
  if (kind === 'website' && what === 'value') return { target: n === 1 ? 'website' : null };
  if (kind === 'organization') {
    const org: Record<string, TargetField> = dictionary({ name: 'company', title: 'title', department: 'department' });
    return { target: n === 1 ? (org[what] ?? null) : null };
  }
  if (kind === 'address') {
    const part = GOOGLE_PART[what];
    if (part === undefined || part === null) return { target: null };
    // Google writes both the formatted address and its parts: take the parts.
    if (part === 'full' && headers.includes(`Address ${n} - Street`)) return { target: null };
    return withLabel(`address.other.${part}`);
  }
  return { target: null };
}

const VCARD_SIMPLE: Record<string, TargetField> = dictionary({
  FN: 'fullName', 'N family': 'familyName', 'N given': 'givenName', 'N middle': 'middleName', 'N prefix': 'prefix', 'N suffix': 'suffix',
  NICKNAME: 'nickname', ORG: 'company', 'ORG unit': 'department', TITLE: 'title', BDAY: 'birthday', ANNIVERSARY: 'anniversary',
  NOTE: 'notes', CATEGORIES: 'tags', URL: 'website', KIND: 'kind', GENDER: 'gender',
  'X-PHONETIC-FIRST-NAME': 'phoneticGivenName', 'X-PHONETIC-MIDDLE-NAME': 'phoneticMiddleName', 'X-PHONETIC-LAST-NAME': 'phoneticFamilyName',
});

function matchVcard(header: string): HeaderMatch | undefined {
  if (VCARD_SIMPLE[header]) return { target: VCARD_SIMPLE[header] };
  const m = /^(TEL|EMAIL|ADR) (\d+)(?: (street|city|region|postcode|country|type))?$/.exec(header);
  if (!m) return undefined;
  if (m[3] === 'type') return { target: null };
  const labelHeader = `${m[1]} ${m[2]} type`;
  if (m[1] === 'TEL') return { target: 'phone.other', labelHeader };
  if (m[1] === 'EMAIL') return { target: 'email.other', labelHeader };
  return { target: `address.other.${m[3] as AddressPart}`, labelHeader, group: Number(m[2]) };
}

/** Outlook's column names in its other languages that tell its export from any spreadsheet. */
const LOCALISED_OUTLOOK = outlookMarkers((key) => key in GENERIC || key in CHINESE || key in OTHER_SCRIPTS);

/** Whether a header is one only the given preset's files have. */
function isMarker(id: Exclude<PresetId, 'generic' | 'thunderbird' | 'mailchimp' | 'deskcrm'>, header: string): boolean {
  const h = header.trim();
  return MARKERS[id].test(h) || (id === 'outlook' && LOCALISED_OUTLOOK.has(headerKey(h)));
}

/**
 * How many of Outlook's own columns make a file Outlook's. Its export has dozens; a CRM's export
 * (HubSpot's Job Title, Salesforce's Home Phone and Other Phone) shares one or two.
 */
const OUTLOOK_MARKERS_NEEDED = 3;
/**
 * Columns every English Outlook export has and no CRM's does: its business address and its
 * e-mail addresses so named. Zoho's export shares its Home, Other Phone and Other Street columns.
 */
const OUTLOOK_OWN_ENGLISH = /^business (street|city|state|postal code)$|^e-mail( \d)? address$/i;

/**
 * Which preset a file's headers come from: the one with the most marker columns. Outlook's are
 * its own columns in any of its languages. Every Chinese header is a marker of Chinese headers,
 * so a Chinese or Japanese Outlook export, whose headers are all in Han characters, is Outlook's
 * once a few of them are Outlook's own, and an English file only then too. Thunderbird's export is known by its whole header row,
 * Mailchimp's by its own columns.
 */
export function recognisePreset(headers: readonly string[]): PresetId {
  if (isThunderbirdExport(headers)) return 'thunderbird';
  if (isMailchimpExport(headers)) return 'mailchimp';
  let best: PresetId = 'generic';
  let bestCount = 0;
  const counts = new Map<PresetId, number>();
  for (const id of ['vcard', 'google', 'outlook', 'chinese'] as const) {
    const count = headers.filter((h) => isMarker(id, h)).length;
    counts.set(id, count);
    if (count > bestCount) [best, bestCount] = [id, count];
  }
  const outlook = (counts.get('outlook') ?? 0) >= OUTLOOK_MARKERS_NEEDED && (!headers.some((h) => OUTLOOK_ENGLISH_MARKER.test(h.trim())) || headers.some((h) => OUTLOOK_OWN_ENGLISH.test(h.trim())));
  if (best === 'outlook' && !outlook) return 'generic';
  return best === 'chinese' && outlook ? 'outlook' : best;
}

const OWN_PARTS: Record<string, AddressPart | 'label'> = dictionary({
  street: 'street', city: 'city', region: 'region', postcode: 'postcode', country: 'country', label: 'label',
  街道: 'street', 城市: 'city', 省份: 'region', 邮编: 'postcode', 国家: 'country', 类型: 'label',
});

/** The numbered columns of our own exports ("Phone 2", "Phone 2 label", "地址1城市"), in either language. */
function matchOwnExport(header: string, headers: readonly string[]): HeaderMatch | undefined {
  const m = /^(Phone|Email|Address|电话|邮箱|地址) ?(\d*) ?(.*)$/.exec(header.trim());
  if (!m || (!m[2] && !m[3])) return undefined;
  const kinds: Record<string, 'phone' | 'email' | 'address'> = { Phone: 'phone', 电话: 'phone', Email: 'email', 邮箱: 'email', Address: 'address', 地址: 'address' };
  const kind = kinds[m[1]!]!;
  const rest = m[3]!.trim();
  const en = /^[A-Z]/.test(m[1]!);
  const labelHeader = en ? `${m[1]} ${m[2] ? `${m[2]} ` : ''}label` : `${m[1]}${m[2]}类型`;
  const withLabel = headers.includes(labelHeader) ? { labelHeader } : {};
  if (kind !== 'address') {
    // Only with its label column beside it is "Phone 2" one of ours; otherwise the generic names apply.
    if (!('labelHeader' in withLabel)) return undefined;
    if (rest === '') return { target: `${kind}.other`, ...withLabel };
    return OWN_PARTS[rest] === 'label' ? { target: null } : undefined;
  }
  const part = OWN_PARTS[rest];
  if (!part) return undefined;
  return part === 'label' ? { target: null } : { target: `address.other.${part}`, ...withLabel, group: Number(m[2] || 0) };
}

/** What the given preset maps one header to; undefined when it does not know the header. */
export function matchHeader(preset: PresetId, header: string, headers: readonly string[]): HeaderMatch | undefined {
  const match = matchWritten(preset, header, headers);
  if (match) return match;
  // A sheet from Taiwan or Hong Kong: "公司名稱", "辦公室電話", "聯絡地址" by their simplified words.
  const simplified = simplifiedHan(header);
  return simplified === header ? undefined : matchWritten(preset, simplified, headers);
}

/** A header's note that its dates are by the Chinese lunar calendar: "农历", "阴历", "lunar". */
const LUNAR = /农历|阴历|農曆|陰曆|lunar/i;

function matchWritten(preset: PresetId, header: string, headers: readonly string[]): HeaderMatch | undefined {
  const own = matchOwnExport(header, headers);
  if (own) return own;
  const entity = ENTITY_PREFIX.exec(header.trim());
  if (entity) return ofEntity(preset, entity[1]!, entity[2]!, headers);
  if (preset === 'vcard') {
    const v = matchVcard(header);
    if (v) return v;
  }
  if (preset === 'google') {
    const g = matchGoogle(header, headers);
    if (g) return g;
  }
  if (preset === 'mailchimp') {
    const m = matchMailchimp(header);
    if (m) return m;
  }
  const numbered = numberedAddress(preset, header);
  if (numbered) return numbered;
  const key = headerKey(header);
  const bare = bareHeaderKey(header);
  const known = matchKey(preset, key) ?? ofThePerson(preset, key) ?? ofAnAddress(preset, key) ?? withWhose(preset, header) ?? (CONSENT[key] ? { target: 'contactPreferences' } : undefined);
  if (known || !bare || bare === key) return known;
  // "手机号码(必填)", "出生日期（yyyy-mm-dd）": known by the name before the template's note;
  // "Phone (Mobile)", "地址（家庭）": the note may say whose it is.
  const match = matchKey(preset, bare);
  // A birthday by the lunar calendar ("生日（农历）") falls on another day each year: no birthday of the contact's, kept as written in a field of its own.
  if ((match?.target === 'birthday' || match?.target === 'anniversary') && headerNotes(header).some((note) => LUNAR.test(note))) return undefined;
  // "Website (Blog)" is another website, as Google's pairs and a phone's labelled URLs are named (a column of its own), unless the note only says whether to fill it in.
  if (match?.target === 'website' && !headerNotes(header).every((note) => FILL_IN_NOTE.test(note))) return undefined;
  const t = match?.target ? parseTarget(match.target) : null;
  if (!match || !t || (t.kind !== 'phone' && t.kind !== 'email' && t.kind !== 'address')) return match;
  // A fax is a fax whoever's it is: "传真（办公）".
  if (t.kind === 'phone' && t.label === 'fax') return match;
  const label = headerNotes(header).map((note) => labelFromWord(note)).find((l) => l !== 'other' && (l !== 'mobile' || t.kind === 'phone'));
  if (!label) return match;
  return { ...match, target: t.kind === 'address' ? `address.${label}.${t.part}` : `${t.kind}.${label}` };
}

/**
 * "Address 1 - Street", "Address 2 - City" outside Google's export (a web shop's or site
 * builder's contacts): a part of the nth address, each address kept apart as Google's are.
 * @example numberedAddress('generic', 'Address 2 - Zip') // { target: 'address.work.postcode', group: 2 }
 */
function numberedAddress(preset: PresetId, header: string): HeaderMatch | undefined {
  const m = /^(?:address|adresse|addr)\s*(\d+)\s*-\s*(.+)$/i.exec(header.trim());
  const target = m ? matchKey(preset, headerKey(m[2]!))?.target : undefined;
  return target?.startsWith('address.') ? { target, group: Number(m![1]) } : undefined;
}

/** A template's note that says only whether a column must be filled in: "(必填)", "(optional)". */
const FILL_IN_NOTE = /^(必填|选填|可选|非必填|可不填|必须填写|required|optional|mandatory|pflicht|pflichtfeld|optional|obligatoire|facultatif)$/i;

/** What the given preset maps a header's key (headerKey) to; undefined when it does not know it. */
/** A shop's columns named after the address they belong to: Shopify's "Default Address City", WooCommerce's "billing_postcode". */
const ADDRESS_PREFIX = /^(defaultaddress|billing|shipping|mailing|other|po|sa)(.{2,})$/;
/**
 * The address each prefix names: a CRM's by their use (Salesforce's Mailing Street, Zoho's Other
 * City), Xero's postal address (PO…), which invoices go to, and its street address (SA…).
 */
const PREFIXED_LABEL: Record<string, 'work' | 'billing' | 'shipping' | 'other'> = { defaultaddress: 'work', mailing: 'work', billing: 'billing', shipping: 'shipping', other: 'other', po: 'billing', sa: 'work' };
/** Prefixes whose name, email and phone are the customer's own ("billing_email", Shopify's "Default Address Phone"). */
const THE_CUSTOMERS = new Set(['defaultaddress', 'mailing', 'billing']);

/**
 * A column named after an address by the field the rest of its name gives: an address part of
 * that address ("billing_address_1" the billing street), or the customer's own name, company,
 * email or phone given with their default or billing address ("billing_email"); a shipping
 * address's name and phone are the recipient's, not read.
 * @example ofAnAddress('generic', 'defaultaddresszip') // { target: 'address.work.postcode' }
 */
function ofAnAddress(preset: PresetId, key: string): HeaderMatch | undefined {
  const m = ADDRESS_PREFIX.exec(key);
  if (!m) return undefined;
  const label = PREFIXED_LABEL[m[1]!]!;
  // Zoho's "Billing Code" and "Shipping Code" are the postcodes.
  const match = m[2] === 'code' ? { target: 'address.work.postcode' as const } : matchKey(preset, m[2]!);
  const t = match?.target ? parseTarget(match.target) : null;
  if (!t) return undefined;
  if (t.kind === 'address') return { target: `address.${label}.${t.part}` };
  if (label === 'shipping') return { target: null };
  if (!THE_CUSTOMERS.has(m[1]!)) return undefined;
  return t.kind === 'phone' || t.kind === 'email' || (t.kind === 'simple' && ['company', 'givenName', 'familyName', 'fullName'].includes(t.field)) ? match : undefined;
}

/** A CRM's column named after the record it belongs to (Pipedrive's "Person - Email - Work", "Organization - Name"). */
const ENTITY_PREFIX = /^(person|contact|people|organization|organisation)\s+-\s+(.+)$/i;

/**
 * A column of a person's record is read by the rest of its name ("Person - Phone - Mobile" as
 * "Phone - Mobile"); of their organisation's, its name is the company and its address theirs.
 */
function ofEntity(preset: PresetId, entity: string, rest: string, headers: readonly string[]): HeaderMatch | undefined {
  const inner = matchHeader(preset, rest, headers);
  if (!/^org/i.test(entity)) return inner;
  if (headerKey(rest) === 'name') return { target: 'company' };
  return inner?.target?.startsWith('address.') ? inner : { target: null };
}

/** What a CRM's names for a field of the customer or its contact person start with: "客户地址", "联系人职位", "客户联系人邮箱". */
const OF_THE_PERSON = ['客户', '联系人'];

/**
 * A column a Chinese CRM names after the contact person or the customer ("联系人职位", "客户地址")
 * by the field its name gives after that, any but whether it is a person or a firm ("客户类型"
 * says what trade the customer is in as often).
 * @example ofThePerson('chinese', '联系人职位') // { target: 'title' }
 */
function ofThePerson(preset: PresetId, key: string): HeaderMatch | undefined {
  for (const prefix of OF_THE_PERSON) {
    const rest = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    if (rest.length < 2) continue;
    const match = matchKey(preset, rest) ?? ofThePerson(preset, rest);
    return match?.target && match.target !== 'kind' ? match : undefined;
  }
  return undefined;
}

/**
 * A phone, email or address column named with a word that says whose it is, before or after:
 * "Telefon privat", "E-Mail geschäftlich", "Adresse privat". A mobile stays a mobile ("Handy privat"),
 * a fax a fax ("Fax geschäftlich").
 * @example withWhose('generic', 'Telefon privat') // { target: 'phone.home' }
 */
function withWhose(preset: PresetId, header: string): HeaderMatch | undefined {
  const words = header.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  for (const [rest, word] of [[words.slice(0, -1), words.at(-1)!], [words.slice(1), words[0]!]] as const) {
    const match = matchKey(preset, headerKey(rest.join(' ')));
    const t = match?.target ? parseTarget(match.target) : null;
    const label = labelFromWord(word);
    if (!t || (t.kind !== 'phone' && t.kind !== 'email' && t.kind !== 'address') || label === 'other' || (label === 'mobile' && t.kind !== 'phone')) continue;
    if (t.kind === 'phone' && (t.label === 'mobile' || t.label === 'fax')) return match;
    return { target: t.kind === 'address' ? `address.${label}.${t.part}` : `${t.kind}.${label}` };
  }
  return undefined;
}

function matchKey(preset: PresetId, key: string): HeaderMatch | undefined {
  const outlook = preset === 'outlook' ? outlookTarget(key) : undefined;
  if (outlook !== undefined) return { target: outlook };
  const known = CHINESE[key] ?? OTHER_SCRIPTS[key] ?? GENERIC[key] ?? plainOutlookTarget(key) ?? EUROPEAN[key];
  if (known) return { target: known };
  // "电话2", "Phone 3", "Email2": a numbered copy of a known column.
  const unnumbered = key.replace(/\d+$/, '');
  if (unnumbered !== key) {
    const again = CHINESE[unnumbered] ?? GENERIC[unnumbered];
    if (again && /^(phone|email)\./.test(again)) return { target: again };
    // "Street Address 1", "Street 2", "Adresse 2", "Straße 2": the lines of one street (Square's customer export).
    const line = GENERIC[unnumbered] ?? EUROPEAN[unnumbered];
    if (line && /^address\.\w+\.(street|full)$/.test(line)) return { target: line.replace(/full$/, 'street') as TargetField };
  }
  // "Tel.-Nr.", "Mobile No.", "Fax No.", "传真号": a phone's column named with the word for its number.
  const phone = phoneOfNumber(key);
  return phone ? { target: phone } : qualifiedAddress(key);
}

/** What the word before 地址 says an address is for: "收货地址", "开票地址", "邮寄地址", "经营地址". */
const ADDRESS_USES: [RegExp, 'home' | 'shipping' | 'billing' | 'work'][] = [
  [/^(家庭?|住宅|居住|现居|现住|常住|户籍|个人|私人)$/, 'home'],
  [/^(收货|送货|收件|快递|配送)$/, 'shipping'],
  [/^(开票|发票|注册|账单|财务)$/, 'billing'],
  [/^(邮寄|经营|营业|办公|工作|单位|公司|企业|门店|店铺|联系|联络|通讯|通信|工厂|总部)$/, 'work'],
];

/**
 * A Chinese address column named by what the address is for, where the dictionary has no entry
 * for it: the whole address, of the kind the word names; a word it does not know ("IP地址") is no address.
 * @example qualifiedAddress('开票地址') // { target: 'address.billing.full' }
 */
function qualifiedAddress(key: string): HeaderMatch | undefined {
  const use = /^(.+?)(?:地址|住址)$/.exec(key)?.[1];
  const label = use ? ADDRESS_USES.find(([words]) => words.test(use))?.[1] : undefined;
  return label ? { target: `address.${label}.full` } : undefined;
}

/** The word for a number after a phone's name: "-Nr.", "No.", "Number", "号码". */
const NUMBER_WORD = /(?:nr|no|number|nummer|号码|号|號碼)$/;

/** The phone a column's key names before the word for its number ("telnr", "mobileno"): undefined when it names none. */
function phoneOfNumber(key: string): TargetField | undefined {
  const bare = key.replace(NUMBER_WORD, '');
  const target = bare && bare !== key ? (CHINESE[bare] ?? GENERIC[bare] ?? EUROPEAN[bare]) : undefined;
  return target?.startsWith('phone.') ? target : undefined;
}
