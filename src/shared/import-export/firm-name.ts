import { HAN_FORMS, HAN_TITLES, nameAndNote } from './name-split';

/**
 * Legal forms that end a firm's name, in any case: "Weber Ltd", "Acme, Inc.", "Rossi S.r.l.".
 * Short capitals that could be a person's initials or name (AG, KG, SA, AB…) are in CAPITALS.
 */
const ANY_CASE = /(?:^|[\s,])(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ltd\.?|limited|llc|l\.l\.c\.|llp|inc\.?|incorporated|corp\.?|corporation|co\.|company|plc|sarl|s\.a\.r\.l\.|s\.r\.l\.|srl|s\.p\.a\.|spa|pty\.?(?:\s+ltd\.?)?|gbr|kgaa|e\.\s?k\.|e\.\s?v\.)$/i;
/** The same for legal forms written only in capitals: "Siemens AG", "Müller KG", "Volvo AB". */
const CAPITALS = /(?:^|[\s,])(?:AG|KG|OHG|UG|SA|S\.A\.|SAS|BV|B\.V\.|NV|N\.V\.|AB|A\/S|ApS|Oy|AS)$/;
/** Chinese and Japanese firms, shops and institutions: "深圳市华强电子有限公司", "李记小吃店", "株式会社ソニー". */
const HAN = /(?:公司|集团|工厂|厂|商行|商店|店|工作室|事务所|研究所|研究院|医院|诊所|学校|大学|学院|银行|协会|酒店|宾馆|餐厅|饭店|超市|中心)$/;
const JAPANESE = /株式会社|有限会社|合同会社/;
/**
 * Trades that end a small firm's name ("Smith Plumbing", "Harbour Cafe", "Weber Consulting") or,
 * in German and French, start it ("Bäckerei Müller", "Praxis Dr. Weber", "Boulangerie Dupont").
 * Words that are also family names (Bank, Church, Shop) are left out.
 */
const TRADE_LAST = new RegExp(
  '\\s(?:' +
    'plumbing|bakery|caf[eé]|restaurant|salon|consulting|services|solutions|holdings|partners|associates|dental|clinic|pharmacy|construction|electrical|cleaning|' +
    'photography|accounting|agency|technologies|enterprises|industries|trading|logistics|motors|landscaping|hardware|supplies|studios|group|' +
    'media|design|marketing|software|systems|studio|labs|foods|builders|insurance|realty|properties|travel|tours|fitness|florist|printing|repairs|' +
    'furniture|interiors|events|catering|publishing|academy|institute|foundation|ventures|investments|architects|engineering|manufacturing|distribution|wholesale|boutique|' +
    'immobilien|elektrotechnik|haustechnik|gebäudereinigung|gartenbau|metallbau|bedachungen|transporte|werbeagentur|versicherungen' +
    ')$',
  'i',
);
const TRADE_FIRST = new RegExp(
  '^(?:' +
    'bäckerei|metzgerei|fleischerei|apotheke|autohaus|gaststätte|kanzlei|steuerbüro|steuerberatung|friseursalon|praxis|zahnarztpraxis|hotel|restaurant|café|cafe|' +
    'boulangerie|pharmacie|cabinet|garage|hôtel|elektro|sanitär|immobilien|fahrschule|blumen|reisebüro|druckerei|physiotherapie|schreinerei|tischlerei|malerbetrieb|' +
    'dachdeckerei|autowerkstatt|optik|tierarztpraxis|pizzeria|eiscafé|buchhandlung|getränke|gasthof|gasthaus|weingut|hofladen|friseur|kosmetikstudio|fotostudio|' +
    'ingenieurbüro|architekturbüro|agentur|pâtisserie|boucherie|librairie|atelier|agence|clinique|trattoria|ristorante|farmacia|panadería' +
    ')\\s',
  'i',
);

/**
 * Whether a name in a name column is a firm's rather than a person's, by the legal form or kind
 * of business it ends (or, in German and French, starts) with: a customer list's "客户名称" or "Customer" column holds both.
 * @example looksLikeFirm('Weber GmbH') // true
 * @example looksLikeFirm('深圳市星光科技有限公司（总部）') // true
 * @example looksLikeFirm('欧阳娜娜') // false
 */
export function looksLikeFirm(name: string): boolean {
  // A note in brackets after it ("…有限公司（总部）", "Weber GmbH (Berlin)") says which of its places.
  const n = nameAndNote(name.trim()).name;
  if (ANY_CASE.test(n) || CAPITALS.test(n) || JAPANESE.test(n)) return n.length > 3;
  if (TRADE_LAST.test(n) || TRADE_FIRST.test(n)) return true;
  return [...n].length >= 4 && HAN.test(n);
}

/** A person's name in Chinese characters, a title after it allowed (王经理, 李总): two to five characters, no firm's ending. */
const hanPerson = (text: string) => /^[\u3400-\u9fff]{2,5}$/.test(text) && !HAN.test(text);
/** A family name with a title or form of address after it: 刘总, 王经理, 张先生. */
const titled = (text: string) => [...HAN_TITLES, ...HAN_FORMS].some((t) => text.endsWith(t) && text.length - t.length >= 1 && text.length - t.length <= 2);
/** A person's name in Latin letters: two to four capitalised words. */
const latinPerson = (text: string) => /^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){1,3}$/u.test(text);

/**
 * A firm's name and a person's written in one name cell, either way round: apart by a space or
 * a dash in Chinese ("华信科技有限公司 李娜", "张伟-星辰贸易有限公司"), by a spaced dash or slash
 * in other languages ("Acme Ltd - Anna Weber"), or the firm in brackets after the person
 * ("王经理（华信科技有限公司）"); a firm's short name too before a family name and title ("深圳腾达 刘总"). Null when
 * the cell is not so.
 * @example firmAndPerson('华信科技有限公司 李娜') // { firm: '华信科技有限公司', person: '李娜' }
 */
export function firmAndPerson(text: string): { firm: string; person: string } | null {
  const t = text.trim();
  const { name, note } = nameAndNote(t);
  const han = /[\u3400-\u9fff]/.test(t);
  const parts = note ? [name.trim(), note] : t.split(han ? /\s*[-–—－/]\s*|\s+/ : /\s+[-–—/]\s+/);
  if (parts.length !== 2) return null;
  const isPerson = (p: string) => (han ? hanPerson(p) : latinPerson(p)) && !looksLikeFirm(p);
  const [a, b] = parts as [string, string];
  if (!note && (looksLikeFirm(a) || (han && [...a].length >= 4 && /^[\u3400-\u9fff]+$/.test(a) && titled(b))) && isPerson(b)) return { firm: a, person: b };
  if (looksLikeFirm(b) && isPerson(a)) return { firm: b, person: a };
  return null;
}
