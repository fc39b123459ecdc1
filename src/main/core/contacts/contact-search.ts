import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ContactsTable, DB } from '../db/schema';

export type ContactEB = ExpressionBuilder<DB & { c: ContactsTable }, 'c'>;

const PHONE_LIKE = /^[+(]?[\d][\d\s\-()./]*$/;

/** A search term as the index answers it. */
export type SearchTerm = { kind: 'fts'; text: string } | { kind: 'prefix'; text: string };

/**
 * Splits what was typed into index lookups: a phone number (spaces, dashes, country code
 * allowed) becomes one digits term; other words of 3+ characters go to the trigram index,
 * shorter ones to the prefix keys (trigrams cannot match 1-2 characters).
 * @example searchTerms('+49 30 1234') // [{ kind: 'fts', text: '49301234' }]
 */
export function searchTerms(search: string): SearchTerm[] {
  const q = search.trim();
  if (!q) return [];
  if (PHONE_LIKE.test(q)) {
    const digits = q.replace(/\D/g, '').replace(/^00/, '');
    if (digits.length >= 3) return [{ kind: 'fts', text: digits }];
  }
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ([...w].length >= 3 ? { kind: 'fts', text: w } : { kind: 'prefix', text: w }));
}

/** An FTS5 phrase: the text quoted, so punctuation such as "@" or "-" is matched literally. */
export const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The condition "contact matches every term of the search", answered from the indexes. */
export function searchCondition(eb: ContactEB, search: string): Expression<SqlBool> | null {
  const terms = searchTerms(search);
  if (!terms.length) return null;
  const fts = terms.filter((t) => t.kind === 'fts').map((t) => ftsPhrase(t.text));
  const conditions: Expression<SqlBool>[] = [];
  if (fts.length) {
    conditions.push(sql<SqlBool>`c.id in (select rowid from contact_fts where contact_fts match ${fts.join(' AND ')})`);
  }
  for (const t of terms) {
    if (t.kind !== 'prefix') continue;
    conditions.push(
      sql<SqlBool>`c.id in (select contact_id from contact_search_keys where key >= ${t.text} and key < ${`${t.text}\uffff`})`,
    );
  }
  return eb.and(conditions);
}
