import { isTargetField } from '../../../shared/import-export/fields';
import type { ColumnMapping, ImportMapping } from '../../../shared/import-export/mapping';
import type { DateOrder } from '../../../shared/import-export/dates';
import { SALES_TARGETS, type MappingInput, type SalesTarget } from '../../../shared/contract/imports.contract';

/** A column that fills a custom field. */
export interface CustomColumn {
  index: number;
  header: string;
  fieldId: number;
}

/** A mapping split by where its columns go: the file layer's contact fields, custom fields, sales fields. */
export interface SplitMapping {
  contact: ImportMapping;
  custom: CustomColumn[];
  sales: Partial<Record<SalesTarget, number>>;
}

const salesSet = new Set<string>(SALES_TARGETS);

/**
 * Splits the mapping the screen sends: contact targets go to the file layer's applyMapping,
 * `custom:<id>` and sales targets are handled here. Unknown targets are dropped.
 */
export function splitMapping(input: MappingInput): SplitMapping {
  const columns: ColumnMapping[] = [];
  const custom: CustomColumn[] = [];
  const sales: Partial<Record<SalesTarget, number>> = {};
  for (const c of input.columns) {
    const base = { index: c.index, header: c.header, ...(c.labelColumn !== undefined ? { labelColumn: c.labelColumn } : {}), ...(c.group !== undefined ? { group: c.group } : {}) };
    const t = c.target;
    if (t && isTargetField(t)) columns.push({ ...base, target: t });
    else {
      columns.push({ ...base, target: null });
      const m = t ? /^custom:(\d+)$/.exec(t) : null;
      if (m) custom.push({ index: c.index, header: c.header, fieldId: Number(m[1]) });
      else if (t && salesSet.has(t) && sales[t as SalesTarget] === undefined) sales[t as SalesTarget] = c.index;
    }
  }
  const dateOrders: Record<number, DateOrder> = {};
  for (const [k, v] of Object.entries(input.dateOrders)) dateOrders[Number(k)] = v;
  return { contact: { columns, splitFullName: input.splitFullName, dateOrders, preset: input.preset }, custom, sales };
}

/** The screen's form of a file layer mapping. */
export function toMappingInput(mapping: ImportMapping): MappingInput {
  return {
    columns: mapping.columns.map((c) => ({
      index: c.index,
      header: c.header,
      target: c.target,
      ...(c.labelColumn !== undefined ? { labelColumn: c.labelColumn } : {}),
      ...(c.group !== undefined ? { group: c.group } : {}),
    })),
    splitFullName: mapping.splitFullName,
    dateOrders: Object.fromEntries(Object.entries(mapping.dateOrders).map(([k, v]) => [String(k), v])),
    preset: mapping.preset,
  };
}
