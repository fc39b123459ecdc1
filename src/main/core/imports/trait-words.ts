import { Lifecycle, Tier } from '../../../shared/contacts/contact-traits';
import { contactsEn } from '../../../shared/i18n/contacts.en';
import { contactsZhCN } from '../../../shared/i18n/contacts.zh-CN';
import { ContactKind } from '../../../shared/contacts/contact.schema';
import type { CommPrefs } from '../../../shared/contacts/contact-traits';
import { importsEn } from '../../../shared/i18n/imports.en';
import { importsZhCN } from '../../../shared/i18n/imports.zh-CN';

type TierT = (typeof Tier.options)[number];
type LifecycleT = (typeof Lifecycle.options)[number];
type KindT = (typeof ContactKind.options)[number];

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * A grade as offices write it, down to its letter or number: "A级", "A类客户", "A-Kunde",
 * "Klasse A", "1级", "一级" → "a" / "1".
 */
function grade(word: string): string {
  const w = fold(word)
    .replace(/^(klasse|class|grade|level|tier|stufe)[\s-]*/, '')
    .replace(/[\s-]*(级|類|类|等|档|級)?(客户|客戶|kunde|kunden|customer|client)?$/, '');
  return { 一: '1', 二: '2', 三: '3', 四: '4' }[w] ?? w;
}

function table<K extends string>(keys: readonly K[], catalogues: Record<string, string>[], extra: Record<string, K>): Map<string, K> {
  const map = new Map<string, K>();
  for (const k of keys) {
    map.set(k, k);
    for (const c of catalogues) if (c[k]) map.set(fold(c[k]), k);
  }
  for (const [w, k] of Object.entries(extra)) map.set(fold(w), k);
  return map;
}

const TIERS = table(Tier.options, [contactsEn.tiers, contactsZhCN.tiers], {
  vip: 'key', vip客户: 'key', 重要客户: 'key', 核心客户: 'key', 重点客户: 'key', 'key account': 'key', platinum: 'key',
  重要: 'key', 核心: 'key', 重点: 'key', 一般客户: 'regular', 一般: 'regular', 普通: 'regular', 散客: 'small', gold: 'major', silver: 'regular', bronze: 'small',
});
/** Grades in rank order: A/1 is the key customer, D/4 the small one. */
const GRADES: Record<string, TierT> = { a: 'key', b: 'major', c: 'regular', d: 'small', '1': 'key', '2': 'major', '3': 'regular', '4': 'small' };
const LIFECYCLES = table(Lifecycle.options, [contactsEn.lifecycles, contactsZhCN.lifecycles], {
  意向客户: 'prospect', 意向: 'prospect', 潜在: 'prospect', 跟进中: 'prospect', 洽谈中: 'prospect', opportunity: 'prospect', interessent: 'prospect',
  已成交: 'customer', 成交客户: 'customer', 成交: 'customer', 新客户: 'customer', 老客户: 'repeat', active: 'customer', kunde: 'customer',
  已流失: 'lapsed', 流失: 'lapsed', lost: 'lapsed', churned: 'lapsed', inactive: 'lapsed', 线索客户: 'lead',
});

/** A tier as a file writes it (our own export's words in either language, a grade or a code). */
export const tierFromWord = (word: string): TierT | null => TIERS.get(fold(word)) ?? GRADES[grade(word)] ?? null;
/** A lifecycle stage as a file writes it. */
export const lifecycleFromWord = (word: string): LifecycleT | null => LIFECYCLES.get(fold(word)) ?? null;

const KINDS = table(ContactKind.options, [importsEn.kindsOfContact, importsZhCN.kindsOfContact], {
  individual: 'person', private: 'person', privat: 'person', privatperson: 'person', privatkunde: 'person', particulier: 'person', 个人客户: 'person', 私人: 'person', 散客: 'person', 'private person': 'person', 'private customer': 'person', 人: 'person', 联系人: 'person',
  org: 'company', organisation: 'company', organization: 'company', business: 'company', firm: 'company', corporate: 'company', firma: 'company', unternehmen: 'company', firmenkunde: 'company',
  entreprise: 'company', empresa: 'company', 企业: 'company', 单位: 'company', 机构: 'company', 组织: 'company', 企业客户: 'company', 公司客户: 'company', 单位客户: 'company',
});
/** Person or company as a file writes it: our own export's "Type" in either language, and the words offices use. */
export const kindFromWord = (word: string): KindT | null => KINDS.get(fold(word)) ?? null;

/** A form of address, or 'none' for a value that says the sex is not known or not told. */
type Form = 'mr' | 'ms' | 'mx' | 'none';
const GENDERS = new Map<string, Form>(
  Object.entries({
    男: 'mr', 男性: 'mr', 男士: 'mr', 先生: 'mr', m: 'mr', male: 'mr', man: 'mr', mr: 'mr', männlich: 'mr', mann: 'mr', herr: 'mr', masculin: 'mr', homme: 'mr', masculino: 'mr', hombre: 'mr', maschio: 'mr', uomo: 'mr',
    女: 'ms', 女性: 'ms', 女士: 'ms', 小姐: 'ms', f: 'ms', w: 'ms', female: 'ms', woman: 'ms', ms: 'ms', mrs: 'ms', weiblich: 'ms', frau: 'ms', féminin: 'ms', femme: 'ms', femenino: 'ms', mujer: 'ms', femmina: 'ms', donna: 'ms', vrouw: 'ms',
    d: 'mx', divers: 'mx', diverse: 'mx', x: 'mx', 'non-binary': 'mx', nonbinary: 'mx', mx: 'mx',
    // vCard 4.0's other, none and unknown.
    o: 'none', n: 'none', u: 'none',
    // Outlook's "Unspecified" in its languages, and what forms write for "not told".
    未知: 'none', 保密: 'none', 不详: 'none', 未指定: 'none', 未填写: 'none', 其他: 'none', unknown: 'none', unspecified: 'none', 'not specified': 'none', 'n/a': 'none', '-': 'none',
    'nicht angegeben': 'none', 'keine angabe': 'none', unbekannt: 'none', 'non spécifié': 'none', inconnu: 'none', 'sin especificar': 'none', 'non specificato': 'none', 'niet opgegeven': 'none',
  }) as [string, Form][],
);
/**
 * The form of address a gender column's word gives ("男" → mr, "Female" → ms, "divers" → mx),
 * 'none' for one that says nothing ("未知", "Unspecified"); null for a word that is no gender.
 */
export const formFromGender = (word: string): Form | null => GENDERS.get(fold(word).replace(/\.$/, '')) ?? null;

type Restriction = keyof CommPrefs;
/** What a contact may ask for, in the order an export names them. */
const RESTRICTION_ORDER = ['doNotContact', 'phone', 'email', 'letter', 'marketing'] as const;
const RESTRICTIONS = table<Restriction>(RESTRICTION_ORDER, [importsEn.preferenceWords, importsZhCN.preferenceWords], {
  'do not call': 'phone', 'no phone calls': 'phone', 'no phone': 'phone', 'no email': 'email', 'no e-mails': 'email', 'no post': 'letter',
  'nicht kontaktieren': 'doNotContact', kontaktsperre: 'doNotContact', 'keine anrufe': 'phone', 'keine e-mails': 'email', 'keine briefe': 'letter', 'keine werbung': 'marketing', werbesperre: 'marketing',
  勿扰: 'doNotContact', 拒绝联系: 'doNotContact', 不发营销: 'marketing', 拒收营销: 'marketing',
});

/**
 * A contact's preferences from the restrictions a cell names ("No marketing, No calls", "请勿联系"),
 * in our export's words in either language; null when a word is none of them.
 * @example commFromWords('No marketing, No calls') // { phone: false, email: true, letter: true, marketing: false, doNotContact: false }
 */
export function commFromWords(cell: string): CommPrefs | null {
  const comm: CommPrefs = { phone: true, email: true, letter: true, marketing: true, doNotContact: false };
  for (const word of cell.split(/\s*[,;，；、]\s*/)) {
    if (!word.trim()) continue;
    const r = RESTRICTIONS.get(fold(word));
    if (!r) return null;
    if (r === 'doNotContact') comm.doNotContact = true;
    else comm[r] = false;
  }
  return comm;
}

const NONE: readonly Restriction[] = [];

/** The restrictions of a contact's preferences, as commFromWords reads them (doNotContact first). */
export function commRestrictions(comm: CommPrefs): readonly Restriction[] {
  // Most contacts ask for nothing: no list made for each of them in an export of thousands.
  if (!comm.doNotContact && comm.phone && comm.email && comm.letter && comm.marketing) return NONE;
  return RESTRICTION_ORDER.filter((k) => (k === 'doNotContact' ? comm.doNotContact : !comm[k]));
}
