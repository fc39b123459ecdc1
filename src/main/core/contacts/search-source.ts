import type { SearchSource } from './search-document';
import { nationalDigitsOf } from './phone';

/** The columns of a stored contact that search reads. */
export interface SearchRow {
  kind: 'person' | 'company';
  given_name: string;
  family_name: string;
  middle_name: string;
  company_name: string;
  display_name: string;
  phonetic_name: string;
}

/** Assembles a SearchSource from stored rows (used when re-indexing after merges and undo). */
export function sourceFromRows(
  c: SearchRow,
  phones: readonly { value: string; digits: string; valid: number }[],
  emails: readonly { value: string }[],
  postcodes: readonly { postcode: string }[],
  linkedCompanies: readonly string[] = [],
): SearchSource {
  return {
    kind: c.kind,
    givenName: c.given_name,
    familyName: c.family_name,
    middleName: c.middle_name,
    companyName: c.company_name,
    displayName: c.display_name,
    phoneticName: c.phonetic_name,
    emails: emails.map((e) => e.value),
    phones: phones.map((p) => ({ digits: p.digits, nationalDigits: nationalDigitsOf(p.value, p.valid === 1) })),
    postcodes: postcodes.map((a) => a.postcode).filter(Boolean),
    linkedCompanies,
  };
}
