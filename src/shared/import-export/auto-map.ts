import { parseTarget } from './fields';
import type { ColumnMapping, ImportMapping } from './mapping';
import { twinTitles } from './outlook-preset';
import { matchHeader, recognisePreset } from './presets';

/**
 * Maps each column to a contact field from its header, recognising Google, Outlook, vCard and
 * Chinese spreadsheets. A column nobody recognises is left unmapped for the person to choose.
 * @example autoMap(['姓名', '手机', '公司']).columns.map((c) => c.target) // ['fullName', 'phone.mobile', 'company']
 */
export function autoMap(headers: readonly string[]): ImportMapping {
  const preset = recognisePreset(headers);
  const columns: ColumnMapping[] = headers.map((header, index) => {
    const match = matchHeader(preset, header, headers);
    if (!match) return { index, header, target: null };
    const labelColumn = match.labelHeader !== undefined ? headers.indexOf(match.labelHeader) : -1;
    return {
      index,
      header,
      target: match.target,
      ...(labelColumn >= 0 ? { labelColumn } : {}),
      ...(match.group !== undefined ? { group: match.group } : {}),
    };
  });
  if (preset === 'outlook') twinTitles(columns);
  // "Vorname; Name" or "First name, Name": beside a first name, the name is the family name.
  const targetsNow = new Set(columns.map((c) => c.target));
  if (targetsNow.has('givenName') && !targetsNow.has('familyName')) {
    const full = columns.filter((c) => c.target === 'fullName');
    if (full.length === 1) full[0]!.target = 'familyName';
  }
  // With separate city or region columns, an "address" column holds only the street part.
  const partsMapped = new Set(
    columns.flatMap((c) => {
      if (!c.target) return [];
      const t = parseTarget(c.target);
      return t.kind === 'address' && t.part !== 'full' && t.part !== 'street' ? [`${t.label}#${c.group ?? 0}`] : [];
    }),
  );
  for (const c of columns) {
    if (!c.target) continue;
    const t = parseTarget(c.target);
    if (t.kind === 'address' && t.part === 'full' && partsMapped.has(`${t.label}#${c.group ?? 0}`)) c.target = `address.${t.label}.street`;
  }
  const names = new Set(columns.map((c) => c.target));
  return { columns, splitFullName: names.has('fullName'), dateOrders: {}, preset };
}
