import type { ChannelLabel, PhoneLabel } from '../contacts/contact.schema';
import { joinAddressPieces, regionInStreet, splitAddress, type AddressParts } from './address-split';
import { labelFromWord, phoneLabelFromWord } from './channel-label-words';
import { plainEmail, plainWidth } from './full-width';
import { emptyRecord, type ContactRecord, type RecordPhone } from './contact-record';
import { detectDateOrder, isNoDate, parseDate, type DateColumnOrder, type DateOrder } from './dates';
import { parseTarget, type AddressPart, type BirthPart, type ParsedTarget, type PhoneticPart, type SimpleField } from './fields';
import { hasCjk } from '../contacts/cjk';
import type { ImportMapping } from './mapping';
import { isCustomerHeader } from './auto-map';
import { consentColumn, houseNumberPlace, isPlainPhoneHeader, type Restriction } from './presets';
import { yesNoOf } from './yes-no';
import { saysNothing } from './no-value';
import { importsEn } from '../i18n/imports.en';
import { firmAndPerson, looksLikeFirm } from './firm-name';
import { headerKey } from './header-key';
import { hanAndLatin, isHanName, nameAndNote, splitFullName } from './name-split';
import type { RowSource, TableRow } from './table';
import type { ValueIssue } from './value-issue';

/** A mapped column with its target already taken apart. */
interface PlannedColumn {
  index: number;
  header: string;
  target: ParsedTarget;
  labelColumn: number | undefined;
  group: number;
  /** An address column's entry key when its label is fixed (no label column): worked out once, not per row. */
  addressKey: string | undefined;
  /** The part of a birthday this column holds, when the birthday comes in three columns. */
  birthPart: BirthPart | undefined;
  /** The part of the phonetic spelling this column holds, when it comes in parts. */
  phoneticPart: PhoneticPart | undefined;
  /** A phone column's: the cell of the extension column that goes with it ("Durchwahl" beside "Telefon"). */
  extension?: number;
  /** A phone column whose label its number's line decides: a mobile's ("手机") or one named for no use ("电话"). */
  lineDecides?: boolean;
  /** A street column that holds the house number only ("Hausnummer", "House number"): the side of the street it goes. */
  houseNumber?: 'after' | 'before';
  /** A contact preferences column of yes or no ("Accepts Email Marketing"): what the answer `when` restricts. */
  consent?: { restriction: Restriction; when: boolean };
  /** An extension column's: the cell of the phone column it goes with. */
  extensionOf?: number;
}

/** A row's birthday as its three columns give it, with the column of the last part read. */
interface BirthParts {
  birthYear?: string;
  birthMonth?: string;
  birthDay?: string;
  column: PlannedColumn;
}

/** One address of a row as its columns fill it in. */
interface AddressEntry {
  key: string;
  label: ChannelLabel;
  pieces: Record<AddressPart, string[]>;
  /** The house number a column of its own gives, and the side of the street it goes. */
  houseNumber?: { value: string; place: 'after' | 'before' };
}

/**
 * A street with the house number its own column gives, on the street's first line: "Hauptstraße 5",
 * "5 Main Street", "建国路88号" (a Chinese street takes it without a space).
 * @example withHouseNumber('Hauptstraße\nHinterhaus', { value: '5', place: 'after' }) // 'Hauptstraße 5\nHinterhaus'
 */
function withHouseNumber(street: string, number: AddressEntry['houseNumber']): string {
  if (!number) return street;
  if (!street) return number.value;
  const [first = '', ...rest] = street.split('\n');
  const line = hasCjk(first.slice(-1)) ? first + number.value : number.place === 'before' ? `${number.value} ${first}` : `${first} ${number.value}`;
  return [line, ...rest].join('\n');
}

/**
 * What applying a mapping needs to know about the whole file, worked out once. Build it again
 * whenever the mapping changes.
 */
export interface MappingContext {
  /** Detected order of each date column, by column index. */
  dateColumns: Record<number, DateColumnOrder>;
  /** The mapped columns, in file order. */
  plan: PlannedColumn[];
  /** Of them, those a row's checks read (see CHECKED_FIELDS): the plan of applyMapping's `problemsOnly`. */
  checked: PlannedColumn[];
  /** A customer column ("客户名称") goes to the company, beside a column of contact persons (autoMap). */
  customerIsCompany: boolean;
  /** A column is kept as the nickname, so a field holds one (an English name beside a Chinese one goes there, else to the notes). */
  keepsNickname: boolean;
  /** Workbooks hold dates as day numbers when the cell has no date format. */
  excelSerial: boolean;
  /** The lines of the file's first rows, where a template keeps its example and its notes on filling it in. */
  firstLines: ReadonlySet<number>;
  currentYear?: number;
  /**
   * The heading of the section of the list being read ("销售部", "【华东区】"), which the rows
   * under it are tagged with: set by applyMapping as it meets one, so rows must be mapped in
   * the file's order. A list's only: a vCard is one contact, whatever it holds.
   */
  section?: string;
  /** Whether the rows are a list's, which may have headings over its sections (not a vCard file's). */
  list?: boolean;
}

const DATE_FIELDS = new Set<SimpleField>(['birthday', 'anniversary']);
/**
 * The fields besides phones and emails whose values a row is checked by (dates, a birthday in
 * parts, an extension without its number) or that say who the row is (names, company, kind), for
 * the duplicate checks: the rest (an address, tags, title, notes…) never fails and is left unread
 * by a preview counting the rows it does not show, a third of the bench's columns.
 */
const CHECKED_FIELDS = new Set<SimpleField>(['fullName', 'givenName', 'middleName', 'familyName', 'company', 'kind', 'birthday', 'anniversary', 'birthYear', 'birthMonth', 'birthDay', 'phoneExtension']);
const BIRTH_PARTS = new Set<SimpleField>(['birthYear', 'birthMonth', 'birthDay']);
const PHONETIC_PARTS = new Set<SimpleField>(['phoneticGivenName', 'phoneticMiddleName', 'phoneticFamilyName']);
const EXCEL_SERIAL = { excelSerial: true } as const;
const NOT_SERIAL = { excelSerial: false } as const;
/** One address and nothing else: no note, label or mark of a list beside it ("wang@example.cn（常用）" is none), a top-level domain of letters. */
const EMAIL = /^[^\s@:：,，;；<>()（）[\]【】"]+@[^\s@:：,，;；<>()（）[\]【】"]+\.[A-Za-z0-9-]{2,63}$/;
/** Each address among other words, and the note in brackets after it: "Email: a@b.cn", "a@b.cn（常用） c@d.cn（工作）", "a@b.cn 或 c@d.cn". */
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+'!#$&*=?^`{|}~/-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}(?:\s*\(([^()]{1,10})\))?/g;

/** Whether a text is one email address, as an import takes it. */
export const isEmailAddress = (text: string): boolean => EMAIL.test(text);

/** One column's values, row by row. */
export function* columnValues(rows: Iterable<TableRow>, index: number): Generator<string> {
  for (const r of rows) yield r.cells[index] ?? '';
}

/**
 * Looks at every value of the columns mapped to dates and says how each is ordered; columns
 * reported `ambiguous` need the person's answer in `mapping.dateOrders`.
 */
export function mappingContext(table: RowSource, mapping: ImportMapping): MappingContext {
  const dateColumns: Record<number, DateColumnOrder> = {};
  const plan: PlannedColumn[] = [];
  for (const c of mapping.columns) {
    if (!c.target) continue;
    const target = parseTarget(c.target);
    const group = c.group ?? 0;
    const addressKey = target.kind === 'address' && c.labelColumn === undefined ? `${target.label}#${group}` : undefined;
    const birthPart = target.kind === 'simple' && BIRTH_PARTS.has(target.field) ? (target.field as BirthPart) : undefined;
    const phoneticPart = target.kind === 'simple' && PHONETIC_PARTS.has(target.field) ? (target.field as PhoneticPart) : undefined;
    const lineDecides = target.kind === 'phone' && (target.label === 'mobile' || (target.label === 'work' && isPlainPhoneHeader(c.header)));
    const houseNumber = target.kind === 'address' && target.part === 'street' ? houseNumberPlace(c.header) : undefined;
    const consent = target.kind === 'simple' && target.field === 'contactPreferences' ? consentColumn(c.header) : undefined;
    plan.push({ index: c.index, header: c.header, target, labelColumn: c.labelColumn, group, addressKey, birthPart, phoneticPart, lineDecides, ...(houseNumber ? { houseNumber } : {}), ...(consent ? { consent } : {}) });
    if (target.kind === 'simple' && DATE_FIELDS.has(target.field)) dateColumns[c.index] = detectDateOrder(columnValues(table.rows, c.index));
  }
  pairExtensions(plan);
  const customerIsCompany = plan.some((c) => c.target.kind === 'simple' && c.target.field === 'company' && isCustomerHeader(c.header));
  const firstLines = new Set<number>();
  for (const r of table.rows) {
    if (firstLines.size === TEMPLATE_ROWS) break;
    firstLines.add(r.line);
  }
  const checked = plan.filter((c) => c.target.kind === 'phone' || c.target.kind === 'email' || (c.target.kind === 'simple' && CHECKED_FIELDS.has(c.target.field)));
  const keepsNickname = plan.some((c) => c.target.kind === 'simple' && c.target.field === 'nickname');
  return { dateColumns, plan, checked, customerIsCompany, keepsNickname, excelSerial: table.info.format === 'xlsx' || table.info.format === 'xls', firstLines, list: table.info.format !== 'vcard' };
}

/**
 * Gives each extension column ("分机号", "Durchwahl", "Ext.") the phone column it belongs to: the
 * nearest one on its left, as lists write them ("办公电话 | 分机号"), else the nearest on its right.
 */
function pairExtensions(plan: PlannedColumn[]): void {
  const phones = plan.filter((c) => c.target.kind === 'phone');
  for (const column of plan) {
    if (column.target.kind !== 'simple' || column.target.field !== 'phoneExtension') continue;
    const phone = phones.filter((c) => c.index < column.index && c.extension === undefined).at(-1) ?? phones.find((c) => c.index > column.index && c.extension === undefined);
    if (!phone) continue;
    phone.extension = column.index;
    column.extensionOf = phone.index;
  }
}

/** An extension as lists write it: "808", "-12", "ext. 808", "转808"; its digits. */
const EXTENSION = /^(?:[-－]|ext\.?|x|转|轉|分机|分機|dw\.?)?\s*[:：]?\s*(\d{1,6})$/i;

/**
 * A number with its extension after a dash, as the phone reader takes it (phone.ts): an extension
 * where the whole is no number ("0755-26881234-808"), dialled straight through where it is one,
 * as a German "Durchwahl" is ("030 123456-12"), in place of the switchboard's "-0".
 */
const withExtension = (phone: string, digits: string) => (writtenAfter(phone, digits) ? phone : `${phone.replace(/\s*[-－]\s*0$/, '')}-${digits}`);

/** Whether a number already ends with the extension, after a dash or a word ("0755-26881234转808" beside 808). */
const writtenAfter = (phone: string, digits: string): boolean => {
  const end = /(?:[-－]|转|轉|分机|分機|ext\.?|x|#)\s*[:：]?\s*(\d+)$/i.exec(phone);
  return end?.[1] === digits;
};

/** The word a row's label column gives a value ("Mobile", "住宅"); '' for none. */
const labelWord = (row: TableRow, column: PlannedColumn): string => (column.labelColumn === undefined ? '' : (row.cells[column.labelColumn] ?? '').trim());

function rowLabel(row: TableRow, column: PlannedColumn, fallback: ChannelLabel): ChannelLabel {
  const word = labelWord(row, column);
  return word ? labelFromWord(word) : fallback;
}

/** A phone of a row, with the label its label column gives it, else its column's (marked when its line decides). */
function phoneEntry(row: TableRow, column: PlannedColumn, fallback: PhoneLabel, value: string): RecordPhone {
  const word = labelWord(row, column);
  if (word) return { label: phoneLabelFromWord(word), value };
  return column.lineDecides ? { label: fallback, value, lineDecides: true } : { label: fallback, value };
}

function newAddress(key: string, label: ChannelLabel): AddressEntry {
  return { key, label, pieces: { full: [], street: [], city: [], region: [], postcode: [], country: [] } };
}

/**
 * A long number as Excel writes it to CSV once its column shows it in scientific notation
 * ("1.38001E+10"): the digits past the sixth are gone, so it is no phone number any more.
 */
const SHORTENED = /^\d(?:[.,]\d+)?E\+?\d+$/i;

/** A number a program wrote from a column of decimals, as pandas does where a cell is empty: "13800138000.0". */
const DECIMAL_ZERO = /^(\+?\d{5,})\.0+$/;

/**
 * A phone cell as its number is read: typed full-width with a Chinese input method on
 * ("１３８００１３８０００", "＋８６"), or written as a decimal, in plain digits.
 * @example plainPhone('１３８００１３８０００') // '13800138000'
 */
function plainPhone(value: string): string {
  const plain = plainWidth(value);
  // Only a number ending in a zero can be one written as a decimal: the expression is not tried on every number.
  return plain.charCodeAt(plain.length - 1) === 48 && plain.includes('.') ? plain.replace(DECIMAL_ZERO, '$1') : plain;
}

const LIST_SEPARATORS = /\s*(?:[;；,，、|\n]|:::)\s*/;
const PHONE_SEPARATORS = /\s*(?:[;；,，、\n]| \/ | ::: )\s*/;

/**
 * The characters a list separator above starts with: a cell with none of them holds one value. A
 * character class scans a cell several times faster than a Set looked up per character.
 */
const LIST_STARTS = /[;；,，、|\n:]/;

const WHITE = /\s/;

/**
 * Whether a (trimmed) phone cell holds one number: none of the marks the numbers of a cell are
 * parted or named with (; , 、 / : and a line break), nor two numbers side by side (six digits,
 * a space, then a digit, + or an opening bracket). Read a character at a time: the regular
 * expression that did the same was 7% of a 200,000-row preview's time.
 */
function onePhone(cell: string): boolean {
  let digits = 0;
  let all = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      all++;
      continue;
    }
    if (c === 59 || c === 44 || c === 10 || c === 47 || c === 58 || c === 0xff1b || c === 0xff0c || c === 0x3001 || c === 0xff1a) return false;
    // A note in brackets after a number, and another number after it: "138…(工作) 139…(私人)".
    if (c === 41 && all >= 7 && /^\s*[+\d]/.test(cell.slice(i + 1))) return false;
    if (digits >= 6 && WHITE.test(cell[i]!)) {
      let j = i + 1;
      while (j < cell.length && WHITE.test(cell[j]!)) j++;
      const next = cell.charCodeAt(j);
      if (next === 43 || next === 40) j++;
      const after = cell.charCodeAt(j);
      if (after >= 48 && after <= 57) return false;
    }
    digits = 0;
  }
  return true;
}

/**
 * The numbers in a cell holding several: "138… ; 139…", "138…、139…", and "13800138000/13900139000"
 * when each side of the slash is a whole number (8 digits or more), not "030/1234567".
 */
function splitPhones(value: string): string[] {
  const pieces = value.split(PHONE_SEPARATORS).flatMap((part) => part.split(AFTER_NOTE)).flatMap((part) => {
    const halves = part.split('/').map((h) => h.trim());
    if (halves.length > 1 && halves.every((h) => countDigits(h) >= 8)) return halves;
    // "0755-26881234/35": the next lines of a switchboard, by their last digits.
    const first = halves[0]!;
    if (halves.length > 1 && AREA_CODE.test(first) && /\d{8}$/.test(first) && halves.slice(1).every((h) => /^\d{1,2}$/.test(h))) {
      return [first, ...halves.slice(1).map((h) => first.slice(0, -h.length) + h)];
    }
    // "手机:13800138000 座机:020-12345678": each number after its word.
    const named = part.split(BEFORE_NAMED_NUMBER);
    if (named.length > 1) return named;
    // "13800138000 13900139000", "010-65123456 13912345678": whole numbers side by side, where "138 0013 8000" is one in groups.
    const words = part.split(/\s+/);
    return words.length > 1 && words.every((w) => WHOLE_NUMBER.test(w) && countDigits(w) >= 8) ? words : [part];
  });
  // A local number after one with its area code is in that area: "0755-26881234/26881235".
  const area = AREA_CODE.exec(pieces[0] ?? '');
  return area ? pieces.map((p, i) => (i > 0 && LOCAL_NUMBER.test(p.replace(/[\s-]/g, '')) ? `${area[1] ?? area[2]}-${p}` : p)) : pieces;
}

/** Between a number with a note in brackets and the next: "13800138000(工作) 13900139000(私人)". */
const AFTER_NOTE = /(?<=\d\s*\([^()\d]{1,10}\))\s*(?=[+\d(])/;
/** A number's area code, with a trunk 0, before the rest: "0755-", "(0755)", "030 ". */
const AREA_CODE = /^(?:\((0\d{1,4})\)\s*|(0\d{1,4})[\s-])/;
/** A number without its area code: seven or eight digits, not starting with 0 or 1. */
const LOCAL_NUMBER = /^[2-9]\d{6,7}$/;
/** A number with a note in brackets after it: "13800138000（微信同号）", "138…(工作)"; a word the note has names its use. */
const NOTED_NUMBER = /^(.*\d)\s*\(([^()\d]{1,10})\)$/;

/** A number written without spaces, so one of several side by side: "13800138000", "010-65123456". */
const WHOLE_NUMBER = /^\+?[\d()-]+$/;
/** The space before a number named by a word and a colon: " 座机:020…", " Mobile: 0151…". */
const BEFORE_NAMED_NUMBER = /\s+(?=[^\d\s:：+()]{1,12}\s*[:：]\s*[+(\d])/;
/** A number named by a word and a colon in its cell: "手机：138…", "Tel: 030…". */
const NAMED_NUMBER = /^([^\d\s:：+()]{1,12})\s*[:：]\s*(?=[+(\d])/;
/** Words that name a phone of no particular use ("电话: …"): the column's label stands. */
const PHONE_WORD = /^(?:电话|電話|座机|固话|固定电话|tel\.?|phone|telefon|téléphone|teléfono|telefono|t)$/i;
/** The letters that name a fax ("F: …") and a mobile ("M: …"); words are read as a label column's are. */
const FAX_LETTER = /^f$/i;
const MOBILE_LETTER = /^(?:m|mob\.?)$/i;

/**
 * A number of a cell as the word before it names it ("手机：138…" a mobile, "传真: …" a fax,
 * "电话: …" the column's): the number and its label, or null when no known word names it.
 */
function namedNumber(text: string): { number: string; label: PhoneLabel | null } | null {
  const m = NAMED_NUMBER.exec(text);
  if (!m) return notedNumber(text);
  const word = m[1]!.trim();
  const number = text.slice(m[0].length);
  if (PHONE_WORD.test(word)) return { number, label: null };
  if (FAX_LETTER.test(word)) return { number, label: 'fax' };
  if (MOBILE_LETTER.test(word)) return { number, label: 'mobile' };
  const label = phoneLabelFromWord(word);
  return label === 'other' ? null : { number, label };
}

/** A number with a note after it (NOTED_NUMBER): the number, and the label the note names ("工作", "私人", "传真"), or null ("微信同号"). */
function notedNumber(text: string): { number: string; label: PhoneLabel | null } | null {
  const m = text.includes('(') ? NOTED_NUMBER.exec(text) : null;
  if (!m) return null;
  const label = phoneLabelFromWord(m[2]!);
  return { number: m[1]!.trim(), label: label === 'other' ? null : label };
}

/**
 * The address in an email cell: as it is, or as mail programs write it, "Li Na <lina@example.cn>"
 * or "mailto:lina@example.cn"; null when there is none. Typed with a Chinese input method still
 * on ("wang＠example。cn"), its full-width marks are read as the plain ones, as domain names
 * map them (UTS #46).
 */
function emailAddress(text: string): string | null {
  if (EMAIL.test(text) && !/^mailto:/i.test(text)) return text;
  const inner = /<([^<>\s]+)>\s*$/.exec(text)?.[1] ?? text.replace(/^mailto:/i, '');
  if (EMAIL.test(inner)) return inner;
  const plain = plainEmail(text);
  return plain !== text ? emailAddress(plain) : null;
}

/**
 * Adds each address a cell writes among other words ("Email: a@b.cn", "QQ邮箱：1234@qq.com",
 * "a@b.cn（私人） c@d.cn（工作）"), labelled as the note in brackets after it names, else `label`;
 * false when it has none.
 */
function addressesIn(record: ContactRecord, text: string, label: ChannelLabel): boolean {
  let found = false;
  for (const m of plainEmail(text).matchAll(EMAIL_IN_TEXT)) {
    const named = m[1] ? labelFromWord(m[1]) : 'other';
    record.emails.push({ label: named === 'other' ? label : named, value: m[0].replace(/\s*\(.*$/, '') });
    found = true;
  }
  return found;
}

/** Splits a cell holding several values ("a@x.com; b@y.com", "市场部、VIP"). */
function splitList(value: string): string[] {
  return LIST_STARTS.test(value) ? value.split(LIST_SEPARATORS).filter(Boolean) : [value];
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The rows under the header a template's example or notes on filling in may take. */
export const TEMPLATE_ROWS = 3;
/** What a template writes at the start of its example row ("示例", "Example"), as headerKey writes it. */
const EXAMPLE = new Set(['示例', '例', '样例', '范例', '举例', '例子', '示范', '填写示例', '示例数据', '例如', '範例', 'example', 'sample', 'eg', 'beispiel', 'exemple', 'ejemplo', 'esempio']);
/** Words of a template's notes on filling in a column: "必填", "选填，格式：2020-01-01", "Required". */
const FILL_IN = /必填|选填|可选|非必填|必须|格式|请填写|请输入|请选择|填写说明|required|optional|mandatory|format|please (enter|fill)|pflicht|obligatoire|facultatif/i;

/**
 * Whether one of a file's first rows is a template's, not a contact: its example, marked so in
 * one of its first cells ("示例", "Example"), or its notes on filling in each column (every cell
 * says whether or how to fill it in, two cells or more). The marker is given back for the message.
 */
export function templateRow(cells: readonly string[]): { reason: 'exampleRow' | 'notesRow'; value: string } | null {
  for (const cell of cells.slice(0, 3)) if (EXAMPLE.has(headerKey(cell.replace(/[:：]$/, '')))) return { reason: 'exampleRow', value: cell.trim() };
  const filled = cells.filter((c) => c.trim());
  return filled.length >= 2 && filled.every((c) => FILL_IN.test(c)) ? { reason: 'notesRow', value: '' } : null;
}

/** How a heading over a section of a list is marked: in brackets ("【华东区】", "[VIP]"), between dashes or stars ("--- North ---"), numbered in Chinese ("一、销售部"). */
const MARKED_HEADING = /^(?:[【[「『〔]\s*(.+?)\s*[】\]」』〕]|[=\-–—*#]{2,}\s*(.+?)\s*[=\-–—*#]{2,}|[一二三四五六七八九十]+[、.．]\s*(.+))$/u;
/** A heading that says what it heads: "部门：销售部", "Department: Sales", "Region: North", "Abteilung: Vertrieb". */
const LABELLED_HEADING = /^(?:部门|分组|组别|区域|地区|片区|类别|分类|客户类别|department|dept\.?|group|region|area|category|team|abteilung|gruppe|bereich|kategorie|service|groupe|catégorie|région)\s*[:：]\s*(.+)$/iu;
/** A heading in Chinese names the part of the firm or the kind of customer a section holds: "销售部", "华东区", "A类客户", "上海分公司". */
const UNIT_HEADING = /^[\p{Script=Han}A-Za-z0-9]{1,12}(?:部|部门|处|科|组|室|区|片区|大区|地区|中心|分公司|子公司|事业部|办事处|门店|分店|类|类客户|客户|供应商|经销商|代理商)$/u;

/** The text of a row's one filled cell, trimmed; '' when no cell or more than one is filled. */
export function loneCell(cells: readonly string[]): string {
  let lone: string | undefined;
  for (const cell of cells) {
    if (!filled(cell)) continue;
    if (lone !== undefined) return '';
    lone = cell;
  }
  return lone?.trim() ?? '';
}

const FILLED = /\S/;
/**
 * Whether a cell has something in it, without a trimmed copy, as this is asked of every row of a
 * list: its first character, a letter or digit, says so for most.
 */
const filled = (cell: string): boolean => {
  const c = cell.charCodeAt(0);
  return (c > 32 && c < 127) || FILLED.test(cell);
};

/**
 * A row that heads the rows below it: one cell filled, marked as a heading, saying what it heads
 * or naming a part of the firm or a kind of customer, with no digits of a phone in it. Its text,
 * unmarked, is given back: the rows under it are tagged with it.
 * @example sectionHeading(['', '销售部', '']) // '销售部'
 */
export function sectionHeading(cells: readonly string[]): string | null {
  const text = loneCell(cells);
  if (!text || countDigits(text) >= 5) return null;
  const marked = MARKED_HEADING.exec(text) ?? LABELLED_HEADING.exec(text);
  if (marked) return (marked[1] ?? marked[2] ?? marked[3] ?? '').trim() || null;
  return UNIT_HEADING.test(text) ? text : null;
}

/** What the name column of a sheet's totals row says, as headerKey writes it. */
const TOTALS = new Set(['合计', '总计', '小计', '合計', '總計', '小計', 'total', 'totals', 'grandtotal', 'subtotal', 'sum', 'summe', 'gesamt', 'gesamtsumme', 'totale', 'totaal']);
/** How a totals row below a list starts, in whichever column: "合计：2人", "共计 35 家", "Total: 12", QuickBooks' "Total for Amy's Bird Sanctuary". */
const TOTALS_LINE = /^(?:合计|总计|小计|共计|合計|總計|小計|共計)(?:$|[\s:：\d(（])|^(?:total|totals|subtotal|grand total|summe|gesamt|totale|totaal)(?:\s*(?:$|[:：\d])|\s+(?:for|für|pour)\s)/i;
/** How the line a sheet is signed with starts: "制表人：张三", "审核：", "Prepared by:", "Stand:". */
const SIGNATURE_LINE = /^(?:制表|填表|审核|審核|复核|復核|统计|統計|打印|导出|匯出)(?:人|日期|时间|時間)?\s*[:：]|^(?:prepared by|printed on|printed by|erstellt von|erstellt am|stand)\s*[:：]/i;

/**
 * A row below a sheet's list that is none of its records: its totals or the line it is signed
 * with, by what the row is named (`names`: its name, company, customer or product: "合计",
 * "Total") or how its first filled cell starts ("合计：2人", "制表人：张三").
 */
export function footerRow(cells: readonly string[], ...names: string[]): { reason: 'totalsRow' | 'footerRow'; value: string } | null {
  const named = names.find((n) => n && TOTALS.has(headerKey(n)));
  if (named) return { reason: 'totalsRow', value: named };
  const first = cells.find((c) => c.trim())?.trim() ?? '';
  if (TOTALS_LINE.test(first)) return { reason: 'totalsRow', value: first };
  return SIGNATURE_LINE.test(first) ? { reason: 'footerRow', value: first } : null;
}

/** The first of each of `items` by `key`. */
function onceEach<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Whether two numbers have the same digits (two without any are the same text). */
function sameNumber(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let digits = false;
  for (;;) {
    while (i < a.length && (a.charCodeAt(i) < 48 || a.charCodeAt(i) > 57)) i++;
    while (j < b.length && (b.charCodeAt(j) < 48 || b.charCodeAt(j) > 57)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length && (digits || a === b);
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return false;
    digits = true;
  }
}

/** Whether one of `phones` before number `i` has its digits. */
function numberBefore(phones: readonly RecordPhone[], i: number): boolean {
  for (let k = 0; k < i; k++) if (sameNumber(phones[k]!.value, phones[i]!.value)) return true;
  return false;
}

/**
 * The first of each number of a row's phones, by its digits: no key made per number, and the
 * list itself when no number is there twice, as a preview does this for every row.
 */
function oncePerNumber(phones: RecordPhone[]): RecordPhone[] {
  for (let i = 1; i < phones.length; i++) if (numberBefore(phones, i)) return phones.filter((_, k) => !numberBefore(phones, k));
  return phones;
}

/** Whether a row's full name holds its given or its family name ("Dr. Anna Weber" beside Anna and Weber). */
function namesThePerson(record: ContactRecord): boolean {
  const full = record.fullName.toLowerCase();
  return [record.givenName, record.familyName].some((n) => n.trim() && full.includes(n.trim().toLowerCase()));
}

/** A Chinese person's name rather than a firm's: two to four Chinese characters, no firm's ending. */
function isHanPersonName(text: string): boolean {
  const length = [...text.trim()].length;
  return length >= 2 && length <= 4 && isHanName(text) && !looksLikeFirm(text);
}

/**
 * The birthday of a row whose year, month and day are in columns of their own (Thunderbird):
 * a date with its year, a month and day kept as one without (record-draft.ts), or the row's
 * problem "1980-2-31 is not a date". A year without its month and day is no birthday.
 */
function joinBirthParts(record: ContactRecord, birth: BirthParts, row: TableRow, issues: ValueIssue[]): void {
  const { birthYear: y = '', birthMonth: m = '', birthDay: d = '' } = birth;
  if (!m && !d) {
    // A year alone (Thunderbird keeps one when nothing else was typed): no date, kept beside the contact.
    if (/^\d{4}$/.test(y)) record.birthYearOnly = y;
    else if (y) addIssue(issues, row, birth.column, y, 'notADate');
    return;
  }
  const parsed = /^\d{1,2}$/.test(m) && /^\d{1,2}$/.test(d) && (!y || /^\d{4}$/.test(y)) ? parseDate(`${y ? y : '-'}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`, 'ymd', NOT_SERIAL) : null;
  if (parsed?.ok) record.birthday = parsed.iso;
  else if (parsed?.reason === 'dateWithoutYear') record.birthdayWithoutYear = parsed.monthDay;
  else addIssue(issues, row, birth.column, [y, m, d].filter(Boolean).join('-'), 'notADate');
}

/**
 * The phonetic spelling of a name given in parts, in the order the name is written: family name
 * first for a name in Chinese characters ("Wang Xiaoming"), last otherwise ("Anna Weber").
 */
function joinPhoneticParts(record: ContactRecord, parts: Partial<Record<PhoneticPart, string>>): string {
  const given = [parts.phoneticGivenName, parts.phoneticMiddleName].filter(Boolean).join(' ');
  const family = parts.phoneticFamilyName ?? '';
  const familyFirst = hasCjk(record.familyName + record.givenName + record.fullName);
  return (familyFirst ? [family, given] : [given, family]).filter(Boolean).join(' ');
}

/**
 * Adds one number of a phone cell to the record, or the row's problem when it is none. A word
 * before it in the cell names it; `extension` (the extension column's digits) goes with the
 * first number of the cell.
 */
function addPhone(record: ContactRecord, issues: ValueIssue[], row: TableRow, column: PlannedColumn, label: PhoneLabel, piece: string, extension: string | undefined): void {
  const named = namedNumber(piece);
  const phone = named?.number ?? piece;
  if (countDigits(phone) < 3) addIssue(issues, row, column, phone, 'notAPhone');
  else if (named?.label) record.phones.push({ label: named.label, value: phone });
  else record.phones.push(phoneEntry(row, column, label, extension ? withExtension(phone, extension) : phone));
}

// At module level: a closure per row showed up in the preview's profile of 200,000 rows.
function addIssue(issues: ValueIssue[], row: TableRow, column: PlannedColumn, value: string, reason: ValueIssue['reason']): void {
  issues.push({ row: row.line, column: column.header, value, reason });
}

/**
 * Turns one row into a contact record by the mapping, with every value that could not be taken
 * reported (and left out of the record). With `problemsOnly` only the columns the checks read
 * are (`context.checked`): the record has its names, phones, emails and dates, as a preview
 * counting rows it does not show needs.
 * @example applyMapping({ line: 2, cells: ['欧阳娜娜', '138…'] }, autoMap(['姓名', '手机']), ctx).record.familyName // '欧阳'
 */
export function applyMapping(row: TableRow, mapping: ImportMapping, context: MappingContext, problemsOnly = false): { record: ContactRecord; issues: ValueIssue[] } {
  const template = context.firstLines.has(row.line) ? templateRow(row.cells) : null;
  // Its cells are no values to check: the row is the template's, and that is all there is to say.
  if (template) return { record: emptyRecord(), issues: [{ row: row.line, column: '', value: template.value, reason: template.reason }] };
  const heading = context.list ? sectionHeading(row.cells) : null;
  if (heading && !footerRow(row.cells)) {
    context.section = heading;
    return { record: emptyRecord(), issues: [{ row: row.line, column: '', value: heading, reason: 'sectionRow' }] };
  }
  const record = emptyRecord();
  const texts = record as unknown as Record<SimpleField, string>;
  const issues: ValueIssue[] = [];
  // A row has one or two addresses: a list searched by key costs less than a Map per row.
  const addresses: AddressEntry[] = [];
  let birth: BirthParts | undefined;
  let phonetic: Partial<Record<PhoneticPart, string>> | undefined;

  for (const column of problemsOnly ? context.checked : context.plan) {
    const value = (row.cells[column.index] ?? '').trim();
    // "无", "/" or N/A where the list has nothing is no value; but 无 to a yes-or-no question is its no.
    if (!value || (saysNothing(value) && !column.consent)) continue;
    const target = column.target;
    if (target.kind === 'phone') {
      // Checked whole: German Excel writes "1,38001E+10", whose comma is no list of phones.
      if (SHORTENED.test(value)) {
        addIssue(issues, row, column, value, 'shortenedNumber');
        continue;
      }
      const cell = plainPhone(value);
      const extension = column.extension === undefined ? '' : plainWidth((row.cells[column.extension] ?? '').trim());
      const digits = extension ? EXTENSION.exec(extension)?.[1] : undefined;
      if (onePhone(cell)) addPhone(record, issues, row, column, target.label, cell, digits);
      else {
        const pieces = splitPhones(cell);
        for (let i = 0; i < pieces.length; i++) if (pieces[i]) addPhone(record, issues, row, column, target.label, pieces[i]!, i === 0 ? digits : undefined);
      }
      // An extension that is no plain number ("808/809") stays beside it as typed.
      if (extension && !digits) record.phones.push(phoneEntry(row, column, target.label, extension));
    } else if (target.kind === 'email') {
      // "Weber, Anna" <anna@…>, Bo <bo@…>: split at the addresses, not at the comma in a name.
      const emails = value.includes('<') ? (value.match(/[^<>]*<[^<>]*>/g) ?? [value]).map((e) => e.replace(/^[\s,;；，、]+/, '')) : splitList(value);
      for (const email of emails) {
        const address = emailAddress(email);
        if (address) record.emails.push({ label: rowLabel(row, column, target.label), value: address });
        else if (!addressesIn(record, email, rowLabel(row, column, target.label))) addIssue(issues, row, column, email, 'notAnEmail');
      }
    } else if (target.kind === 'address') {
      const label = column.addressKey === undefined ? rowLabel(row, column, target.label) : target.label;
      const key = column.addressKey ?? `${label}#${column.group}`;
      let entry = addresses.find((a) => a.key === key);
      if (!entry) {
        entry = newAddress(key, label);
        addresses.push(entry);
      }
      if (column.houseNumber) entry.houseNumber = { value, place: column.houseNumber };
      else entry.pieces[target.part].push(value);
    } else if (DATE_FIELDS.has(target.field)) {
      if (isNoDate(value)) continue;
      const detected = context.dateColumns[column.index];
      const order: DateOrder | null = mapping.dateOrders[column.index] ?? (detected === 'dmy' || detected === 'mdy' || detected === 'ymd' ? detected : null);
      const parsed = parseDate(value, order, context.currentYear ? { excelSerial: context.excelSerial, currentYear: context.currentYear } : context.excelSerial ? EXCEL_SERIAL : NOT_SERIAL);
      const field = target.field as 'birthday' | 'anniversary';
      if (parsed.ok) record[field] = parsed.iso;
      // Kept beside the contact (record-draft.ts): a contact stores dates with their year.
      else if (parsed.reason === 'dateWithoutYear') record[`${field}WithoutYear`] = parsed.monthDay;
      else addIssue(issues, row, column, value, parsed.reason);
    } else if (column.birthPart) {
      birth ??= { column };
      birth[column.birthPart] = value;
      birth.column = column;
    } else if (target.field === 'phoneExtension') {
      // Joined to its phone's number above; with no number beside it, kept as a phone of its own as typed.
      if (column.extensionOf === undefined || !(row.cells[column.extensionOf] ?? '').trim()) record.phones.push({ label: 'work', value });
    } else if (column.phoneticPart) {
      phonetic ??= {};
      phonetic[column.phoneticPart] = value;
    } else if (target.field === 'tags' || target.field === 'groups') {
      const names = record[target.field];
      // Each in quotes as Mailchimp writes them ("Customers","VIP"), or bare. Google marks its own
      // groups with a star ("* starred", "* family"), as its vCards name them bare; its "* myContacts"
      // holds every contact, so is no tag of the person's.
      for (const listed of splitList(value)) {
        const name = listed.replace(/^"(.+)"$/, '$1').replace(/^\* /, '');
        if (name !== 'myContacts' && !names.includes(name)) names.push(name);
      }
    } else if (column.consent) {
      // A yes or no for one restriction: in the words a preferences column writes it ("No marketing"); another answer restricts nothing.
      if (yesNoOf(value) !== column.consent.when) continue;
      const word = importsEn.preferenceWords[column.consent.restriction];
      record.contactPreferences = record.contactPreferences ? `${record.contactPreferences}, ${word}` : word;
    } else {
      // Columns come in file order: two mapped to one field join, notes line by line; the same value twice is kept once.
      const before = texts[target.field];
      texts[target.field] = before && before !== value ? before + (target.field === 'notes' ? '\n' : ' ') + value : value;
    }
  }

  // One number or address in two columns (Outlook's Primary Phone and Business Phone, Shopify's Phone and Default Address Phone) is kept once.
  if (record.phones.length > 1) record.phones = oncePerNumber(record.phones);
  if (record.emails.length > 1) record.emails = onceEach(record.emails, (e) => e.value.toLowerCase());
  if (birth && !record.birthday && !record.birthdayWithoutYear) joinBirthParts(record, birth, row, issues);
  // A column of the whole spelling wins over its parts.
  if (phonetic && !record.phoneticName) record.phoneticName = joinPhoneticParts(record, phonetic);
  for (const { label, pieces, houseNumber } of addresses) {
    const parts: AddressParts = {
      street: withHouseNumber(joinAddressPieces(pieces.street), houseNumber),
      city: pieces.city.join(' '),
      region: pieces.region.join(' '),
      postcode: pieces.postcode.join(' '),
      country: pieces.country.join(' '),
    };
    for (const full of pieces.full) {
      const split = splitAddress(full);
      for (const k of Object.keys(parts) as (keyof AddressParts)[]) if (!parts[k]) parts[k] = split[k];
    }
    // Without a city column, a Chinese address's province and city are at the front of what the
    // region and street columns hold together ("广东省深圳市南山区" beside "科技园路1号").
    const place = parts.city ? null : regionInStreet(parts.street.startsWith(parts.region) ? parts.street : parts.region + parts.street);
    if (place && (place.region || !parts.region)) {
      parts.region = place.region;
      parts.city = place.city;
      parts.street = place.street;
      if (!parts.country) parts.country = place.country;
      if (!parts.postcode) parts.postcode = place.postcode;
    }
    record.addresses.push({ label, street: parts.street, city: parts.city, region: parts.region, postcode: parts.postcode, country: parts.country });
  }
  // A firm's name and a person's in the one name column ("华信科技有限公司 李娜", "王经理（华信科技有限公司）"): each is kept as what it is.
  const both = record.fullName && !record.company && !record.givenName && !record.familyName ? firmAndPerson(record.fullName) : null;
  if (both) {
    record.company = both.firm;
    record.fullName = both.person;
  }
  const noPerson = !record.fullName && !record.givenName && !record.familyName;
  // A customer list's one name column holds firms too ("深圳市华强电子有限公司", "Weber GmbH"), and
  // a name the company column repeats is the firm's own row (QuickBooks' Customer "Acme Ltd" beside
  // its Company "Acme Ltd"), or a private customer's when a Chinese person's (张三 as 客户 and 联系人).
  const repeated = record.fullName && !record.givenName && !record.familyName && record.fullName.trim().toLowerCase() === record.company.trim().toLowerCase();
  if (repeated && isHanPersonName(record.fullName)) record.company = '';
  else if (repeated || (record.fullName && !record.company && !record.givenName && !record.familyName && looksLikeFirm(record.fullName))) {
    record.company = record.fullName;
    record.fullName = '';
  } else if (noPerson && context.customerIsCompany && isHanPersonName(record.company)) {
    // And its customer column, taken as the firm beside a contact person, holds people too (王小明).
    record.fullName = record.company;
    record.company = '';
  }
  if (record.fullName && (record.givenName || record.familyName) && !namesThePerson(record)) {
    // Beside the person's given and family names, a name that has neither is their firm's when it
    // reads as one (Xero's ContactName "Acme Ltd" beside Anna and Weber), else what they are called
    // (Thunderbird's display name "Annie"). Kept so, or in the notes when that field is taken.
    const firm = looksLikeFirm(record.fullName);
    const kept = firm ? record.company : record.nickname;
    if (!kept) record[firm ? 'company' : 'nickname'] = record.fullName;
    else if (kept !== record.fullName) record.notes = record.notes ? `${record.notes}\n${record.fullName}` : record.fullName;
    record.fullName = '';
  } else if (!problemsOnly && mapping.splitFullName && record.fullName && !record.givenName && !record.familyName) {
    // A Chinese name beside an English one ("王小明 Tom", "Tom Wang (王小明)"): the English one is
    // what they are called, kept as the nickname where a column gives the file one, else in the notes.
    const mixed = hanAndLatin(record.fullName);
    const called = mixed && context.keepsNickname && !record.nickname;
    if (called) record.nickname = mixed.latin;
    // A note after the name ("王小明（经理）") is no part of it: kept in the notes.
    const { name, note } = mixed ? { name: mixed.han, note: called ? '' : mixed.latin } : nameAndNote(record.fullName);
    if (note) record.notes = record.notes ? `${record.notes}\n${note}` : note;
    const parts = splitFullName(name);
    Object.assign(record, Object.fromEntries(Object.entries(parts).filter(([k]) => !(record as unknown as Record<string, string>)[k])));
  }
  // A row under a section's heading is tagged with it.
  if (context.section && !problemsOnly && !record.tags.includes(context.section)) record.tags.push(context.section);
  // The last rows of many sheets add them up ("合计", "Total") and sign them ("制表人：张三"): no contact, whatever else they hold.
  // Only a row with no phone or email can be one.
  const footer = record.phones.length || record.emails.length ? null : footerRow(row.cells, record.fullName || record.company || record.familyName + record.givenName);
  if (footer) issues.push({ row: row.line, column: '', value: footer.value, reason: footer.reason });
  else if (!record.fullName && !record.givenName && !record.familyName && !record.company && !record.phones.length && !record.emails.length) {
    issues.push({ row: row.line, column: '', value: '', reason: 'nameMissing' });
  }
  return { record, issues };
}
