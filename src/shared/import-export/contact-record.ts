import type { ChannelLabel, PhoneLabel } from '../contacts/contact.schema';

export interface RecordPhone {
  label: PhoneLabel;
  value: string;
  /**
   * Labelled only by its column's name, and that a mobile's ("手机", "Mobile Phone") or no use's
   * ("电话", "Phone"), not by a label the row gives it (a label column's word, a vCard's TYPE):
   * the number's own line decides (a landline is a work number, a mobile a mobile).
   */
  lineDecides?: true;
}
export interface RecordEmail {
  label: ChannelLabel;
  value: string;
}
export interface RecordAddress {
  label: ChannelLabel;
  street: string;
  city: string;
  region: string;
  postcode: string;
  /** As written in the file (a name or a code); the contacts layer resolves it to ISO. */
  country: string;
}

/**
 * One contact as read from a file (after mapping) or as handed to the vCard writer: plain text
 * fields, dates as YYYY-MM-DD, nothing resolved against the database yet.
 */
export interface ContactRecord {
  fullName: string;
  givenName: string;
  middleName: string;
  familyName: string;
  prefix: string;
  suffix: string;
  salutation: string;
  /** A person's sex as the file writes it (男, Female); read into the name prefix's form of address. */
  gender: string;
  phoneticName: string;
  nickname: string;
  /** "Person" or "Company" as the file writes it; empty to tell from the names. */
  kind: string;
  company: string;
  department: string;
  title: string;
  birthday: string;
  anniversary: string;
  /** A birthday or anniversary given without its year (Google's and Apple's --04-01), as MM-DD. */
  birthdayWithoutYear: string;
  anniversaryWithoutYear: string;
  /** A birth year given without month and day (Thunderbird's Birth Year alone). */
  birthYearOnly: string;
  notes: string;
  tags: string[];
  /** Names of the contact groups the contact belongs to. */
  groups: string[];
  /** What the contact asked for, in words ("Do not contact", "No marketing, No calls"). */
  contactPreferences: string;
  tier: string;
  lifecycle: string;
  source: string;
  /** The staff member who looks after the contact, by name. */
  owner: string;
  website: string;
  phones: RecordPhone[];
  emails: RecordEmail[];
  addresses: RecordAddress[];
  /**
   * vCard export only: messenger handles ("QQ", "12345"), related people ("Spouse", "Maria"),
   * further websites and dates under their labels ("Blog", "Kennengelernt"; '' for none), the profession,
   * and the office's own fields no vCard property holds, by their names ("客户编号", "K-1001").
   */
  messengers?: [service: string, handle: string][];
  related?: [relation: string, name: string][];
  websites?: [label: string, url: string][];
  dates?: [label: string, date: string][];
  profession?: string;
  customFields?: [name: string, value: string][];
}

/** A record with every field empty, to fill in. */
export function emptyRecord(): ContactRecord {
  return {
    fullName: '',
    givenName: '',
    middleName: '',
    familyName: '',
    prefix: '',
    suffix: '',
    salutation: '',
    gender: '',
    phoneticName: '',
    nickname: '',
    kind: '',
    company: '',
    department: '',
    title: '',
    birthday: '',
    anniversary: '',
    birthdayWithoutYear: '',
    anniversaryWithoutYear: '',
    birthYearOnly: '',
    notes: '',
    tags: [],
    groups: [],
    contactPreferences: '',
    tier: '',
    lifecycle: '',
    source: '',
    owner: '',
    website: '',
    phones: [],
    emails: [],
    addresses: [],
  };
}
