import type { MappingInput, SavedColumns } from '../../../shared/contract/imports.contract';

function occurrences(headers: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const n = seen.get(h) ?? 0;
    seen.set(h, n + 1);
    return n;
  });
}

/** Keeps a mapping by header text (custom-field and sales targets included). */
export function toSavedColumns(mapping: MappingInput): SavedColumns {
  const headers = mapping.columns.map((c) => c.header);
  const occ = occurrences(headers);
  return {
    version: 1,
    preset: mapping.preset,
    splitFullName: mapping.splitFullName,
    columns: mapping.columns.map((c, i) => ({
      header: c.header,
      occurrence: occ[i] ?? 0,
      target: c.target,
      ...(c.labelColumn !== undefined ? { labelHeader: headers[c.labelColumn] ?? '' } : {}),
      ...(c.group !== undefined ? { group: c.group } : {}),
      ...(c.fieldType && c.fieldType !== 'text' ? { fieldType: c.fieldType } : {}),
      ...(mapping.dateOrders[String(c.index)] ? { dateOrder: mapping.dateOrders[String(c.index)] } : {}),
    })),
  };
}

/**
 * Applies a saved mapping to a file's headers; headers it does not know keep the automatic
 * mapping's choice.
 */
export function fromSavedColumns(headers: readonly string[], saved: SavedColumns, fallback: MappingInput): MappingInput {
  const occ = occurrences(headers);
  const byKey = new Map(saved.columns.map((c) => [`${c.occurrence}\u0000${c.header}`, c]));
  const dateOrders: MappingInput['dateOrders'] = {};
  const columns = headers.map((header, index) => {
    const s = byKey.get(`${occ[index]}\u0000${header}`);
    if (!s) return fallback.columns[index] ?? { index, header, target: null };
    if (s.dateOrder) dateOrders[String(index)] = s.dateOrder;
    const labelColumn = s.labelHeader !== undefined ? headers.indexOf(s.labelHeader) : -1;
    return { index, header, target: s.target, ...(labelColumn >= 0 ? { labelColumn } : {}), ...(s.group !== undefined ? { group: s.group } : {}), ...(s.fieldType ? { fieldType: s.fieldType } : {}) };
  });
  return { columns, splitFullName: saved.splitFullName, dateOrders, preset: saved.preset };
}
