import { z } from 'zod';
import { ChannelLabel, PhoneLabel } from '../contacts/contact.schema';

/** Contact fields a column can fill that hold one value each. */
export const SIMPLE_FIELDS = [
  'fullName',
  'givenName',
  'middleName',
  'familyName',
  'prefix',
  'suffix',
  // The line a letter opens with ("Dear Anna"), and how the name is spoken.
  'salutation',
  // A person's sex in words (男/女, Male/Female): the form of address (先生/女士, Mr/Ms) of one without a prefix.
  'gender',
  'phoneticName',
  // The phonetic spelling in parts (Google's Phonetic First/Last Name, a phone's X-PHONETIC-*): joined on import.
  'phoneticGivenName',
  'phoneticMiddleName',
  'phoneticFamilyName',
  // The extension of the phone in the column beside it ("Durchwahl", "分机号"): joined to that number on import.
  'phoneExtension',
  'nickname',
  // Person or company, in words ("Company", "公司"): our own export's "Type" column.
  'kind',
  'company',
  'department',
  'title',
  'birthday',
  // A birthday in three columns (Thunderbird's Birth Year, Birth Month, Birth Day): joined on import.
  'birthYear',
  'birthMonth',
  'birthDay',
  'anniversary',
  'notes',
  'tags',
  'groups',
  // Restrictions in words ("No marketing, No calls"): our own export's Contact preferences column.
  'contactPreferences',
  'tier',
  'lifecycle',
  'source',
  'owner',
  'website',
] as const;
export type SimpleField = (typeof SIMPLE_FIELDS)[number];
/** The columns of a birthday in parts: none is a field of a contact record on its own. */
export type BirthPart = 'birthYear' | 'birthMonth' | 'birthDay';
/** The columns of a phonetic spelling in parts: joined into the contact's one phonetic spelling. */
export type PhoneticPart = 'phoneticGivenName' | 'phoneticMiddleName' | 'phoneticFamilyName';
/** The simple fields a contact record has. */
export type RecordField = Exclude<SimpleField, BirthPart | PhoneticPart | 'phoneExtension'>;

/** Parts of a postal address; `full` is a whole address in one cell, split on import. */
export const ADDRESS_PARTS = ['full', 'street', 'city', 'region', 'postcode', 'country'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

export const CHANNEL_LABELS = ChannelLabel.options;
/** A phone's labels: a channel's, and a fax's. */
export const PHONE_LABELS = PhoneLabel.options;

/**
 * Where one column goes, as a plain string so a saved mapping is just JSON:
 * `givenName`, `phone.mobile`, `email.work`, `address.home.city`.
 */
export type TargetField =
  | SimpleField
  | `phone.${PhoneLabel}`
  | `email.${ChannelLabel}`
  | `address.${ChannelLabel}.${AddressPart}`;

/** Every target, in the order a picker lists them: a phone's extension after the phones. */
export const TARGET_FIELDS: readonly TargetField[] = [
  ...SIMPLE_FIELDS.filter((f) => f !== 'phoneExtension'),
  ...PHONE_LABELS.map((l) => `phone.${l}` as const),
  'phoneExtension',
  ...CHANNEL_LABELS.map((l) => `email.${l}` as const),
  ...CHANNEL_LABELS.flatMap((l) => ADDRESS_PARTS.map((p) => `address.${l}.${p}` as const)),
];

const targetSet = new Set<string>(TARGET_FIELDS);

/** Checks a string read from a saved mapping. */
export function isTargetField(value: string): value is TargetField {
  return targetSet.has(value);
}

export const TargetFieldSchema = z.string().refine(isTargetField, { message: 'Unknown field' }) as unknown as z.ZodType<TargetField>;

/** Splits a target into its kind and parts, for the picker and for applying a mapping. */
export type ParsedTarget =
  | { kind: 'simple'; field: SimpleField }
  | { kind: 'phone'; label: PhoneLabel }
  | { kind: 'email'; label: ChannelLabel }
  | { kind: 'address'; label: ChannelLabel; part: AddressPart };

/** @example parseTarget('address.home.city') // { kind: 'address', label: 'home', part: 'city' } */
export function parseTarget(target: TargetField): ParsedTarget {
  const [head, label, part] = target.split('.') as [string, ChannelLabel | undefined, AddressPart | undefined];
  if (head === 'phone') return { kind: 'phone', label: label as PhoneLabel };
  if (head === 'email') return { kind: 'email', label: label as ChannelLabel };
  if (head === 'address') return { kind: 'address', label: label as ChannelLabel, part: part as AddressPart };
  return { kind: 'simple', field: head as SimpleField };
}
