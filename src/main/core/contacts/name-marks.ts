/**
 * Whether two contacts that share an email or a landline can be one: colleagues share the
 * office's switchboard, fax and info@ address, and a couple their home phone, yet each is a
 * contact of their own (a mobile is one person's: its callers decide that without names). A name
 * is kept as two 29-bit sets, cheap enough to hold for every row of a large file: the first
 * letters of its words (an initial's too), and its whole words (two bits each). Names agree when
 * either has none, or the words of one are all among the other's ("A. Weber" and "Anna Weber",
 * "Anna" and "Anna Weber", "Weber, Anna" and "Anna Weber"); a Chinese name's words are its
 * syllables in pinyin, so it agrees with itself written in Latin letters ("Wang Jianguo"), a
 * title after the family name left out (王总 and 王建国 agree, 王建国 and 王建华 do not).
 * Two sets can agree by chance where the names do not (a few pairs in a hundred): those are then
 * taken for one contact, as every pair sharing a number was before.
 */

import { HAN_FORMS, HAN_TITLES } from '../../../shared/import-export/name-split';
import { hanSyllables } from './pinyin-key';

/** A company's mark: its name is not compared (two firms sharing a number are one firm listed twice). */
const COMPANY = 1 << 29;
const BITS = 29;

/** The two sets of the last name marked (see nameMarks): module state, so no pair is allocated per row. */
export let markedLetters = 0;
export let markedWords = 0;
/** The last name marked as one 32-bit hash of its words (initials too) in any order: "Anna Weber" and "Weber, Anna" alike. */
export let markedSum = 0;

const letterBit = (code: number) => 1 << code % BITS;
const wordBit = (hash: number) => (1 << hash % BITS) | (1 << (hash >>> 16) % BITS);

const FNV = 0x811c9dc5;
/** Each character past ASCII as it is compared: its base letter lower-cased (é is e), or -1 between words. */
const folded = new Map<number, number>();

function fold(code: number): number {
  let f = folded.get(code);
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    f = /[\p{L}\p{N}]/u.test(ch) ? ch.normalize('NFKD').toLowerCase().charCodeAt(0) : -1;
    folded.set(code, f);
  }
  return f;
}

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** The word being read: its hash, length and first character. */
let hash = FNV;
let length = 0;
let firstCode = 0;

/** Marks the word read so far: its first letter, and the word itself unless it is an initial. */
function endWord(): void {
  if (length) {
    markedSum = (markedSum + Math.imul(hash ^ length, 0x9e3779b1)) | 0;
    markedLetters |= letterBit(firstCode);
    // One letter is an initial: it stands for any word it begins.
    if (length > 1) markedWords |= wordBit(hash >>> 0);
  }
  hash = FNV;
  length = 0;
}

/**
 * Marks a contact's name into markedLetters and markedWords: a person by the words of their
 * given, middle and family names (in any order), a company by the COMPANY mark alone; both 0
 * when it has no name. Read a character at a time: it runs for every row of a preview.
 */
export function nameMarks(kind: 'person' | 'company', companyName: string, givenName: string, middleName = '', familyName = ''): void {
  markedLetters = 0;
  markedWords = 0;
  markedSum = 0;
  if (kind === 'company') {
    if (companyName.trim()) markedLetters = COMPANY;
    return;
  }
  // A Chinese name in one field, given or family, is read whole (王建国 as 王 and 建国).
  const whole = !givenName.trim() || !familyName.trim();
  markWords(givenName, whole);
  markWords(middleName, false);
  markWords(familyName, true);
}

/**
 * How Chinese lists name someone by a title after the family name (王总, 李经理, 张老师, 刘工)
 * or a form of address (张先生): the family name alone is said of them, so 王总 can be 王建国.
 */
const HAN_TITLE = new RegExp(`(?:${[...HAN_TITLES, ...HAN_FORMS].join('|')})$`);

/**
 * Marks the words of a part of a name. Its Chinese characters are marked by their sound, as the
 * name is written in Latin letters: each syllable, and the syllables of the part together, so
 * 王建国 (王, 建国) is "Wang Jianguo", "Jianguo Wang" and "Wang Jian Guo" too; `surname`
 * reads them as a family name (单 as Shan), or a whole name in one field (see spoken).
 */
function markWords(name: string, surname: boolean): void {
  // Only a name ending in a Chinese character is looked at for a title.
  const text = name && isHan(name.charCodeAt(name.length - 1)) ? name.replace(HAN_TITLE, '') : name;
  if (!markLatin(text)) return;
  const han = text.slice(hanFrom, hanTo);
  const known = surname ? spokenSurnames : spokenNames;
  let words = known.get(han);
  if (words === undefined) {
    if (known.size >= 50_000) known.clear();
    known.set(han, (words = spoken(hanSyllables(han, surname), surname)));
  }
  markLatin(words);
}

/** Names in Chinese characters as spoken (see spoken), by their characters, family names apart: names repeat across a file, and a preview marks every row's. */
const spokenNames = new Map<string, string>();
const spokenSurnames = new Map<string, string>();
/** Where the Chinese characters of the text markLatin read last begin and end. */
let hanFrom = 0;
let hanTo = 0;

/**
 * A part's syllables as words, with the syllables joined ("jian guo jianguo"); a family name's of
 * three or more (a whole name) split after its first syllable or two as well, for a family name of
 * two (欧阳修 is "Ouyang Xiu", 王建国 "Wang Jianguo").
 */
function spoken(syllables: string[], surname: boolean): string {
  const words = [...syllables];
  if (syllables.length > 1) words.push(syllables.join(''));
  if (surname && syllables.length > 2) {
    words.push(syllables.slice(1).join(''), syllables.slice(0, 2).join(''));
    if (syllables.length > 3) words.push(syllables.slice(2).join(''));
  }
  return words.join(' ');
}

/** Marks the words of a text written in letters, each Chinese character between words; true when it had one. */
function markLatin(text: string): boolean {
  let han = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
      else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) code = -1;
    } else if (isHan(code)) {
      if (!han) hanFrom = i;
      han = true;
      hanTo = i + 1;
      code = -1;
    } else code = fold(code);
    if (code < 0) {
      endWord();
      continue;
    }
    if (!length) firstCode = code;
    hash = Math.imul(hash ^ code, 0x01000193);
    length++;
  }
  endWord();
  return han;
}

const within = (letters: number, words: number, otherLetters: number, otherWords: number) => (letters & ~otherLetters) === 0 && (words & ~otherWords) === 0;

/** Whether neither of two marked names (their letters, see nameMarks) is a company's. */
export const bothPeople = (letters: number, otherLetters: number): boolean => ((letters | otherLetters) & COMPANY) === 0;

/** Whether two marked names (see nameMarks) can be one contact's. */
export function namesAgree(letters: number, words: number, otherLetters: number, otherWords: number): boolean {
  if ((!letters && !words) || (!otherLetters && !otherWords)) return true;
  if ((letters & COMPANY) !== (otherLetters & COMPANY)) return false;
  if (letters & COMPANY) return true;
  return within(letters, words, otherLetters, otherWords) || within(otherLetters, otherWords, letters, words);
}
