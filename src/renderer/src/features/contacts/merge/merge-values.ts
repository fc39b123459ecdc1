import type { TFunction } from 'i18next';
import type { ContactDetail } from '../../../../../shared/contacts/contact.schema';
import { MergeField } from '../../../../../shared/contacts/duplicates.schema';
import { formatDay } from '../detail/format';

const COMM = ['phone', 'email', 'letter', 'marketing'] as const;

/** A record's value of one mergeable field as the reader sees it; '' when it has none. */
export function mergeValue(field: MergeField, c: ContactDetail, t: TFunction, locale: string): string {
  switch (field) {
    case 'kind':
      return t(`contactPage.kinds.${c.kind}`);
    case 'names':
      return [c.namePrefix, c.displayName, c.nameSuffix].filter(Boolean).join(' ');
    case 'salutation':
      return c.salutation;
    case 'phoneticName':
      return c.phoneticName;
    case 'birthday':
      return c.birthday ? formatDay(c.birthday, locale) : '';
    case 'anniversary':
      return c.anniversary ? formatDay(c.anniversary, locale) : '';
    case 'tier':
      return c.tier ? t(`contacts.tiers.${c.tier}`) : '';
    case 'lifecycle':
      return c.lifecycle ? t(`contacts.lifecycles.${c.lifecycle}`) : '';
    case 'source':
      return c.source;
    case 'owner':
      return c.owner?.name ?? '';
    case 'comm':
      return c.comm.doNotContact
        ? t('contacts.comm.doNotContact')
        : COMM.filter((ch) => c.comm[ch]).map((ch) => t(`contacts.comm.${ch}`)).join(', ');
    case 'relationship':
      return [c.relationshipStyle ? t(`contacts.relationshipStyles.${c.relationshipStyle}`) : '', c.relationshipNote].filter(Boolean).join(' — ');
    case 'notes':
      return c.notes.length > 120 ? `${c.notes.slice(0, 120)}…` : c.notes;
  }
}

/** The fields a merge asks about, in form order. */
export const MERGE_FIELDS: readonly MergeField[] = MergeField.options;

/**
 * The starting choice for each field: the kept record's value, or the first record that has one
 * when the kept record's is empty.
 */
export function defaultPicks(
  records: readonly ContactDetail[],
  targetId: number,
  value: (field: MergeField, c: ContactDetail) => string,
): Partial<Record<MergeField, number>> {
  const picks: Partial<Record<MergeField, number>> = {};
  const target = records.find((r) => r.id === targetId);
  for (const field of MERGE_FIELDS) {
    if (target && value(field, target)) picks[field] = targetId;
    else picks[field] = records.find((r) => value(field, r))?.id ?? targetId;
  }
  return picks;
}
