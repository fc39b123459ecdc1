import { isCjkName } from './display-name';
import { hanSyllables } from './pinyin-key';

/** What search needs to know about one contact. */
export interface SearchSource {
  kind: 'person' | 'company';
  givenName: string;
  familyName: string;
  middleName: string;
  companyName: string;
  displayName: string;
  phoneticName: string;
  emails: readonly string[];
  /** Digits of the stored number (E.164 without +) and as dialled nationally. */
  phones: readonly { digits: string; nationalDigits: string }[];
  postcodes: readonly string[];
  /** Names of the companies a person is linked to, so "Acme" finds Acme's people. */
  linkedCompanies?: readonly string[];
}

/** Queries up to this many characters are answered by prefix tokens (see prefixToken). */
export const PREFIX_CHARS = 2;

/**
 * Marks the prefix tokens of a search document. No one types it, so no query of three or more
 * characters ever matches a trigram that holds it.
 */
const PREFIX_MARK = '\u0001';

/**
 * The trigram a 1-2 character query looks for: trigrams cannot match fewer than three
 * characters, so a document carries, for each of its names, the name's first character and its
 * first two behind marks ("\u0001\u0001an" holds the trigrams "\u0001\u0001a" and "\u0001an").
 * @example prefixToken('a') // '\u0001\u0001a'; prefixToken('an') // '\u0001an'
 */
export const prefixToken = (prefix: string): string => PREFIX_MARK.repeat(1 + PREFIX_CHARS - [...prefix].length) + prefix;

/** The derived search data of one contact, written in the same transaction as its row. */
export interface SearchEntry {
  /**
   * The FTS5 trigram document: every searchable text, one field per line, then the prefix
   * tokens of the names. Keeping 1-2 character prefixes here rather than in a table of their own
   * saves writing five keys per contact into two B-trees: a sixth of a large import.
   */
  doc: string;
  /** Normalised name shared by likely duplicates. */
  nameKey: string;
}

/** Full pinyin syllables of the Chinese characters in `text`; surnames read as surnames. */
const syllables = (text: string, surname = false): string[] => hanSyllables(text, surname);

/**
 * Lower-case, accents removed, Chinese spelled in pinyin: the form names are compared in.
 * @example foldName('Müller') // 'muller'
 */
export function foldName(text: string): string {
  const latin = isCjkName(text) ? syllables(text).join('') + text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, '') : text;
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9 ]+/g, '')
    .trim();
}

const LEGAL_FORMS = /\b(gmbh|ag|kg|ohg|ug|ltd|limited|llc|inc|corp|co|plc|sa|srl|bv|company)\b/g;
const CN_LEGAL = /(有限责任公司|股份有限公司|有限公司|集团|公司)$/;

/** The duplicate key: name parts folded and sorted, so "Weber Anna" and "Anna Weber" agree. */
export function nameKeyOf(s: Pick<SearchSource, 'kind' | 'givenName' | 'familyName' | 'companyName'>): string {
  if (s.kind === 'company') {
    return foldName(s.companyName.replace(CN_LEGAL, '')).replace(LEGAL_FORMS, '').replace(/\s+/g, ' ').trim();
  }
  return [s.givenName, s.familyName]
    .map(foldName)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/**
 * Builds the search document and keys of a contact.
 * @example searchEntry({ givenName: '小明', familyName: '王', ... }).doc // contains 'wangxiaoming' and 'wxm'
 */
export function searchEntry(s: SearchSource): SearchEntry {
  const lines: string[] = [s.displayName, s.companyName, s.phoneticName, s.middleName];
  const keys = new Set<string>();
  const addKey = (k: string) => {
    const v = [...k.trim().toLowerCase()].slice(0, PREFIX_CHARS).join('').trimEnd();
    if (v) keys.add(PREFIX_MARK.repeat(PREFIX_CHARS) + v);
  };
  if (s.kind === 'person') {
    for (const part of [s.givenName, s.familyName, s.middleName, s.displayName, s.phoneticName]) addKey(part);
    const family = syllables(s.familyName, true);
    const given = syllables(s.givenName);
    if (family.length || given.length) {
      const full = [...family, ...given];
      const initials = full.map((p) => p[0]).join('');
      // Joined syllables cover "wang", "xiaoming" and "wangxiaoming" alike (trigrams match inside
      // words); a spaced copy would only grow the index.
      lines.push(`${full.join('')} ${initials}`);
      [family.join(''), given.join(''), full.join(''), initials].forEach(addKey);
    }
  }
  if (s.companyName) {
    addKey(s.companyName);
    const company = syllables(s.companyName);
    if (company.length) {
      lines.push(`${company.join('')} ${company.map((p) => p[0]).join('')}`);
      addKey(company.map((p) => p[0]).join(''));
    }
  }
  for (const linked of s.linkedCompanies ?? []) {
    if (linked && linked !== s.companyName) lines.push(linked);
  }
  lines.push(s.emails.join(' '));
  lines.push(s.phones.map((p) => `${p.digits} ${p.nationalDigits}`).join(' '));
  // "SW1A 1AA" also without its space; a postcode without one only once (a smaller index).
  lines.push(s.postcodes.map((p) => (/\s/.test(p) ? `${p} ${p.replace(/\s+/g, '')}` : p)).join(' '));
  lines.push([...keys].join(''));
  return { doc: lines.filter(Boolean).join('\n'), nameKey: nameKeyOf(s) };
}
