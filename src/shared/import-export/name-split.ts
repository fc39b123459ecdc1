/** The parts a full name is split into. */
export interface NameParts {
  prefix: string;
  givenName: string;
  middleName: string;
  familyName: string;
  suffix: string;
}

/**
 * Two-character Chinese surnames (复姓), simplified and traditional. Without this list 欧阳娜娜
 * would come out as family 欧, given 阳娜娜.
 */
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 西门 百里 呼延 ' +
    '东郭 闻人 万俟 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 仲孙 钟离 赫连 第五 拓跋 司空 左丘 梁丘 谷梁 亓官 ' +
    '公羊 羊舌 微生 乐正 壤驷 公良 漆雕 巫马 段干 东门 公西 鲜于 闾丘 子车 颛孙 司寇 呼延 ' +
    '歐陽 司馬 諸葛 東方 長孫 尉遲 公孫 軒轅 獨孤 南宮 西門 鍾離 赫連 東郭 聞人 濮陽 單于 宇文 澹臺 樂正 ' +
    '公冶 東門 鮮于 閭丘 子車 顓孫 漆雕 巫馬'
  ).split(' '),
);

const PREFIXES = new Set(
  ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'sir', 'dame', 'madam', 'mme', 'mlle', 'herr', 'frau', 'hr', 'fr', 'capt', 'col', 'hon'],
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'md', 'esq', 'dds', 'cpa', 'mba', 'jd', 'rn', 'obe', 'mbe']);
/** Lower-case words that belong to the family name that follows them (Ludwig van Beethoven). */
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'le', 'la', 'du', 'dos', 'das', 'bin', 'al', 'ter', 'ten']);

/** The words joining two people of one household in one name: "Anna & Peter Weber", "Mr and Mrs Smith", "Jean et Marie Dupont". */
const JOINERS = new Set(['&', '+', 'and', 'und', 'et', 'y', 'e']);
/** A joining word as written: a one-letter one ("y", "e") in lower case only, so a middle initial ("John E. Smith") is none. */
const isJoiner = (word: string) => JOINERS.has(word) || (word.length > 2 && JOINERS.has(word.toLowerCase()));

/** A word in capitals only (two letters or more): a family name so marked. */
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
/** A note in brackets after a name: "王小明（经理）", "Anna Weber (Einkauf)". */
const NAME_NOTE = /\s*[(（]([^()（）]+)[)）]$/;

const HAN = /^[\u3400-\u9fff\uf900-\ufaff\u3005]+$/u;
const bare = (word: string) => word.toLowerCase().replace(/[.,]/g, '');

/** True when the text is written in Chinese characters (spaces and a middle dot allowed). */
export function isHanName(text: string): boolean {
  const compact = text.replace(/[\s·•・]/g, '');
  return compact.length > 0 && HAN.test(compact);
}

/** The Chinese forms of address, written after the name. */
export const HAN_FORMS = ['先生', '女士', '小姐', '太太', '夫人'] as const;

/**
 * The titles Chinese lists call people by after their name, as letters greet them (尊敬的王总,
 * 张经理, 李老师): of office, of a profession, of respect. One character long, they follow a
 * family name alone (王总, 孙工, 赵姐), as no given name is.
 */
export const HAN_TITLES = [
  '总经理', '董事长', '总监', '经理', '主任', '主管', '处长', '科长', '局长', '院长', '校长', '所长', '部长', '厂长', '店长', '老板', '老师', '教授', '博士', '医生', '大夫', '律师', '会计', '师傅',
  '总', '董', '工', '姐', '哥',
] as const;

/** A Chinese form of address or title written after the name ("张先生", "李娜女士", "王总"): a prefix of the name, not part of it. */
const HAN_FORM = new RegExp(`^(.+?)(${[...HAN_FORMS, ...HAN_TITLES].join('|')})$`, 'u');

const familyAlone = (name: string) => name.length === 1 || COMPOUND_SURNAMES.has(name);

function splitHan(text: string): NameParts {
  const form = HAN_FORM.exec(text.replace(/\s+/g, ''));
  if (form && (form[2]!.length > 1 || familyAlone(form[1]!))) {
    const name = form[1]!;
    // What is left is often the family name alone: 张先生, 欧阳女士, 王总.
    const parts = familyAlone(name) ? { prefix: '', middleName: '', suffix: '', familyName: name, givenName: '' } : splitHan(name);
    return { ...parts, prefix: form[2]! };
  }
  const empty = { prefix: '', middleName: '', suffix: '' };
  // Transliterated foreign names put the given name first: 约翰·史密斯.
  const dotted = text.split(/[·•・]/).map((s) => s.trim()).filter(Boolean);
  if (dotted.length > 1) return { ...empty, givenName: dotted.slice(0, -1).join('·'), familyName: dotted.at(-1) ?? '' };
  const spaced = text.split(/\s+/).filter(Boolean);
  if (spaced.length === 2) return { ...empty, familyName: spaced[0] ?? '', givenName: spaced[1] ?? '' };
  const compact = spaced.join('');
  if (compact.length <= 1) return { ...empty, familyName: '', givenName: compact };
  const surnameLength = compact.length >= 3 && COMPOUND_SURNAMES.has(compact.slice(0, 2)) ? 2 : 1;
  return { ...empty, familyName: compact.slice(0, surnameLength), givenName: compact.slice(surnameLength) };
}

function splitWestern(text: string): NameParts {
  let words = text.split(/\s+/).filter(Boolean);
  const parts: NameParts = { prefix: '', givenName: '', middleName: '', familyName: '', suffix: '' };
  // "Weber, Anna" (family first, as address books sort) unless what follows the comma is a suffix.
  const comma = text.indexOf(',');
  if (comma > 0) {
    const after = text.slice(comma + 1).trim();
    const afterWords = after.split(/\s+/).filter(Boolean);
    if (afterWords.length > 0 && afterWords.every((w) => SUFFIXES.has(bare(w)))) {
      parts.suffix = after;
      words = text.slice(0, comma).split(/\s+/).filter(Boolean);
    } else if (afterWords.length > 0) {
      const inner = splitWestern(after);
      return { ...inner, familyName: text.slice(0, comma).trim() };
    }
  }
  const prefixes: string[] = [];
  // "Mr & Mrs": two prefixes joined are one.
  const joinedPrefix = () => isJoiner(words[0] ?? '') && prefixes.length > 0 && PREFIXES.has(bare(words[1] ?? ''));
  while (words.length > 1 && (PREFIXES.has(bare(words[0] ?? '')) || joinedPrefix())) prefixes.push(words.shift() ?? '');
  // "WANG Xiaoming", "DUPONT Jean": the family name first in capitals, as passports and French lists write it.
  const capitals = words.findIndex((w) => !CAPITALS.test(w));
  if (capitals > 0 && words.slice(capitals).every((w) => !CAPITALS.test(w) && !SUFFIXES.has(bare(w)))) {
    return { ...parts, prefix: prefixes.join(' '), familyName: words.slice(0, capitals).join(' '), givenName: words[capitals] ?? '', middleName: words.slice(capitals + 1).join(' ') };
  }
  const suffixes: string[] = [];
  while (words.length > 1 && SUFFIXES.has(bare(words.at(-1) ?? ''))) suffixes.unshift(words.pop() ?? '');
  parts.prefix = prefixes.join(' ');
  if (suffixes.length) parts.suffix = [suffixes.join(' '), parts.suffix].filter(Boolean).join(', ');
  if (words.length === 1) {
    // "Mr Smith", "Herr Müller": after a form of address, one word is the family name.
    parts[prefixes.length ? 'familyName' : 'givenName'] = words[0] ?? '';
    return parts;
  }
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has(words[familyStart - 1] ?? '')) familyStart--;
  // A household's two given names before the family name they share are its given name, so a
  // letter greets both: "Dear Anna & Peter Weber".
  const joiner = words.findIndex((w, i) => i > 0 && i < familyStart - 1 && isJoiner(w));
  const givenEnd = joiner > 0 ? familyStart : 1;
  parts.givenName = words.slice(0, givenEnd).join(' ');
  parts.middleName = words.slice(givenEnd, familyStart).join(' ');
  parts.familyName = words.slice(familyStart).join(' ');
  return parts;
}

/**
 * Splits a full name as written in one cell into its parts: Chinese names family name first
 * (with two-character surnames such as 欧阳 and 司马), Western names with prefix and suffix.
 * @example splitFullName('欧阳娜娜') // { familyName: '欧阳', givenName: '娜娜', ... }
 * @example splitFullName('Dr. Anna M. Weber Jr.') // { prefix: 'Dr.', givenName: 'Anna', middleName: 'M.', familyName: 'Weber', suffix: 'Jr.' }
 */
export function splitFullName(fullName: string): NameParts {
  const text = fullName.trim().replace(/\s+/g, ' ');
  if (!text) return { prefix: '', givenName: '', middleName: '', familyName: '', suffix: '' };
  return isHanName(text) ? splitHan(text) : splitWestern(text);
}

/** A Chinese name of two to four characters and an English name in Latin letters, either first, the second in brackets or not. */
const HAN_AND_LATIN = /^([\u3400-\u9fff]{2,4})\s*[(（]?\s*([A-Za-z][A-Za-z .'-]{0,40}?)\s*[)）]?$|^([A-Za-z][A-Za-z .'-]{0,40}?)\s*[(（]?\s*([\u3400-\u9fff]{2,4})\s*[)）]?$/;

/**
 * A name cell holding a person's Chinese name and their English one ("王小明 Tom", "Tom Wang
 * 王小明", "王小明(Tom)"): both, or null when it is not so.
 * @example hanAndLatin('Tom Wang (王小明)') // { han: '王小明', latin: 'Tom Wang' }
 */
export function hanAndLatin(text: string): { han: string; latin: string } | null {
  const m = HAN_AND_LATIN.exec(text.trim());
  if (!m) return null;
  const han = m[1] ?? m[4]!;
  const latin = (m[2] ?? m[3]!).trim();
  return /[A-Za-z]{2}/.test(latin) ? { han, latin } : null;
}

/**
 * A name cell's note in brackets at its end, taken off: the name, and the note ('' for none).
 * @example nameAndNote('王小明（经理）') // { name: '王小明', note: '经理' }
 */
export function nameAndNote(text: string): { name: string; note: string } {
  const m = NAME_NOTE.exec(text);
  return m && m.index > 0 ? { name: text.slice(0, m.index), note: m[1]!.trim() } : { name: text, note: '' };
}
