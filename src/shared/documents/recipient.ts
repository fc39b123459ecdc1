import type { PostalAddress } from '../address/postal-address';

/** Forms of address the name line knows; 'none' prints the bare name. */
export type Salutation = 'mr' | 'ms' | 'mx' | 'none';

/**
 * One addressee of a letter, envelope or label run, independent of how contacts are stored:
 * the contacts service maps its rows to this shape.
 */
export interface Recipient {
  /** The contact's id, carried through so a run can be logged in each contact's history. */
  id: number | string;
  kind: 'person' | 'company';
  givenName: string;
  familyName: string;
  salutation?: Salutation;
  /** Academic or honorary title: "Dr.", "Prof.". */
  title?: string;
  company?: string;
  address: PostalAddress | null;
  /** Printed above the address block: customer number, "Personal", "c/o ...". */
  extraLines?: string[];
  /** Contacts sharing a key (or, without keys, the same family name at the same address) get one label. */
  householdKey?: string;
  /** The person asked not to receive letters. */
  noLetters?: boolean;
  /** Values for merge fields of letters: custom fields by key. */
  fields?: Record<string, string>;
}
