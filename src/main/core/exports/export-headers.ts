import type { TFunction } from 'i18next';
import type { ExportField } from '../../../shared/contract/exports.contract';
import type { MappingInput } from '../../../shared/contract/imports.contract';
import type { Locale } from '../../../shared/contract/settings.contract';
import { importsText } from '../imports/imports-text';

/** How many numbered phone, email and address columns an export writes at most. */
export const MAX_NUMBERED = 10;

/** Where a simple export column goes when the file is imported again. */
const SIMPLE_TARGETS: Partial<Record<ExportField, string | null>> = {
  name: 'fullName', kind: 'kind', prefix: 'prefix', givenName: 'givenName', middleName: 'middleName', familyName: 'familyName', suffix: 'suffix',
  salutation: 'salutation', phoneticName: 'phoneticName', company: 'company', birthday: 'birthday', anniversary: 'anniversary', tier: 'tier',
  lifecycle: 'lifecycle', source: 'source', owner: 'owner', tags: 'tags', groups: 'groups', contactPreferences: 'contactPreferences', notes: 'notes',
  // Our record stamps: when the contact was typed into this app, not data of the office's to keep.
  createdAt: null, updatedAt: null,
};

const ADDRESS_PARTS = ['Street', 'City', 'Region', 'Postcode', 'Country'] as const;

/** The header of a numbered channel column, e.g. "Phone 2 label" / "电话 2 类型". */
export const numbered = (t: TFunction, key: string, n: number) => t(`imports.exportColumns.${key}`, { n });

/**
 * Header → import target for our own exports, in both languages, so an exported file reads back
 * exactly (labels included) whatever language it was written in.
 */
function ownHeaders(t: TFunction): Map<string, { target: string | null; label?: string; group?: number }> {
  const map = new Map<string, { target: string | null; label?: string; group?: number }>();
  for (const [field, target] of Object.entries(SIMPLE_TARGETS)) map.set(t(`imports.exportColumns.${field}`), { target });
  for (let n = 1; n <= MAX_NUMBERED; n++) {
    map.set(numbered(t, 'phoneN', n), { target: 'phone.other', label: numbered(t, 'phoneLabelN', n) });
    map.set(numbered(t, 'phoneLabelN', n), { target: null });
    map.set(numbered(t, 'emailN', n), { target: 'email.other', label: numbered(t, 'emailLabelN', n) });
    map.set(numbered(t, 'emailLabelN', n), { target: null });
    map.set(numbered(t, 'addressLabelN', n), { target: null });
    for (const part of ADDRESS_PARTS) {
      map.set(numbered(t, `address${part}N`, n), { target: `address.other.${part.toLowerCase()}`, label: numbered(t, 'addressLabelN', n), group: n });
    }
  }
  return map;
}

/**
 * The mapping of a file this app exported, or null when the headers are someone else's. Custom
 * field columns are matched by their label; `unknown` are the columns that are neither ours nor
 * a stored field's (another office's custom fields).
 */
export function ownExportMapping(headers: readonly string[], customFields: readonly { id: number; label: string }[]): { mapping: MappingInput; unknown: Set<number> } | null {
  for (const locale of ['en', 'zh-CN'] as Locale[]) {
    const t = importsText(locale);
    const known = ownHeaders(t);
    // Numbered channel columns ("Phone 1", "电话 1") and both record stamps are what only our exports write.
    const marker = [numbered(t, 'phoneN', 1), numbered(t, 'emailN', 1), numbered(t, 'addressStreetN', 1)];
    const stamps = [t('imports.exportColumns.createdAt'), t('imports.exportColumns.updatedAt')];
    if (!headers.some((h) => marker.includes(h)) && !stamps.every((h) => headers.includes(h))) continue;
    const hits = headers.filter((h) => known.has(h)).length;
    if (hits < headers.length / 2) continue;
    const byLabel = new Map(customFields.map((f) => [f.label.toLowerCase(), f.id]));
    const unknown = new Set<number>();
    const columns = headers.map((header, index) => {
      const k = known.get(header);
      const custom = byLabel.get(header.toLowerCase());
      if (!k && !custom) unknown.add(index);
      if (!k) return { index, header, target: custom ? `custom:${custom}` : null };
      const labelColumn = k.label ? headers.indexOf(k.label) : -1;
      return { index, header, target: k.target, ...(labelColumn >= 0 ? { labelColumn } : {}), ...(k.group !== undefined ? { group: k.group } : {}) };
    });
    return {
      mapping: {
        columns,
        // Given and family names come in their own columns; the name column only fills in when they are empty.
        splitFullName: !headers.includes(t('imports.exportColumns.givenName')),
        dateOrders: {},
        preset: 'deskcrm',
      },
      unknown,
    };
  }
  return null;
}
