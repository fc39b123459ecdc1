import type { TFunction } from 'i18next';
import { SALES_TARGETS } from '../../../shared/contract/imports.contract';
import type { ImportKind, ImportSession } from '../../../shared/contract/imports.contract';
import { parseTarget, TARGET_FIELDS, type TargetField } from '../../../shared/import-export/fields';

type Option = ImportSession['targets'][number];

const NAME = new Set(['fullName', 'givenName', 'middleName', 'familyName', 'prefix', 'suffix', 'salutation', 'gender', 'phoneticName', 'phoneticGivenName', 'phoneticMiddleName', 'phoneticFamilyName', 'nickname']);
const WORK = new Set(['kind', 'company', 'department', 'title']);

/** The label of a contact target in the person's language, e.g. "Phone (Mobile)". */
export function targetLabel(target: TargetField, t: TFunction): string {
  const p = parseTarget(target);
  if (p.kind === 'simple') return t(`importExport.fields.${p.field}`);
  const label = t(`labels.${p.label}`);
  if (p.kind === 'phone') return t('importExport.fields.phone', { label });
  if (p.kind === 'email') return t('importExport.fields.email', { label });
  return t('importExport.fields.address', { label, part: t(`importExport.addressParts.${p.part}`) });
}

/** Every target the column pickers offer, grouped, custom fields last. */
export function targetOptions(kind: ImportKind, customFields: readonly { id: number; label: string }[], t: TFunction): Option[] {
  if (kind === 'sales') {
    return SALES_TARGETS.map((s) => ({ value: s, label: t(`imports.salesFields.${s.slice(5)}`), group: t('imports.targetGroups.sales') }));
  }
  const groupOf = (target: TargetField) => {
    const p = parseTarget(target);
    if (p.kind === 'phone' || p.kind === 'email' || (p.kind === 'simple' && p.field === 'phoneExtension')) return 'channels';
    if (p.kind === 'address') return 'address';
    return NAME.has(p.field) ? 'name' : WORK.has(p.field) ? 'work' : 'more';
  };
  return [
    ...TARGET_FIELDS.map((target) => ({ value: target, label: targetLabel(target, t), group: t(`imports.targetGroups.${groupOf(target)}`) })),
    ...customFields.map((f) => ({ value: `custom:${f.id}`, label: f.label, group: t('imports.targetGroups.custom') })),
  ];
}
