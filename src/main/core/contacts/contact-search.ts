import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ContactsTable, DB } from '../db/schema';
import { prefixToken } from './search-document';

export type ContactEB = ExpressionBuilder<DB & { c: ContactsTable }, 'c'>;

const PHONE_LIKE = /^[+(]?[\d][\d\s\-()./]*$/;
/** A word with a letter or digit in it. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** A search term as the index answers it. */
export type SearchTerm = { kind: 'fts'; text: string } | { kind: 'prefix'; text: string };

/**
 * Splits what was typed into index lookups: a phone number (spaces, dashes, country code
 * allowed) becomes one digits term; other words of 3+ characters are looked for anywhere,
 * shorter ones as the start of a name (trigrams cannot match 1-2 characters: see prefixToken).
 * @example searchTerms('+49 30 1234') // [{ kind: 'fts', text: '49301234' }]
 */
export function searchTerms(search: string): SearchTerm[] {
  const q = search.trim();
  if (!q) return [];
  if (PHONE_LIKE.test(q)) {
    const digits = q.replace(/\D/g, '').replace(/^00/, '');
    if (digits.length >= 3) return [{ kind: 'fts', text: digits }];
  }
  const words = q
    .toLowerCase()
    // Control characters mark the prefix tokens in the index; nobody types them.
    .replace(/\p{Cc}/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // A word of punctuation alone ("Anna & Peter Weber") starts no name: it is looked for only when it is all there is.
  const meaningful = words.filter((w) => WORDLIKE.test(w));
  return (meaningful.length ? meaningful : words).map((w) => ([...w].length >= 3 ? { kind: 'fts', text: w } : { kind: 'prefix', text: w }));
}

/** An FTS5 phrase: the text quoted, so punctuation such as "@" or "-" is matched literally. */
export const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The condition "contact matches every term of the search", answered from the indexes. */
export function searchCondition(search: string): Expression<SqlBool> | null {
  const terms = searchTerms(search);
  if (!terms.length) return null;
  const phrases = terms.map((t) => ftsPhrase(t.kind === 'fts' ? t.text : prefixToken(t.text)));
  return sql<SqlBool>`c.id in (select rowid from contact_fts where contact_fts match ${phrases.join(' AND ')})`;
}
