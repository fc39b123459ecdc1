import { z } from 'zod';
import { TargetFieldSchema, type TargetField } from './fields';
import type { DateOrder } from './dates';

/** Where one column of the file goes. */
export interface ColumnMapping {
  /** 0-based position of the column in the file. */
  index: number;
  header: string;
  /** null: the column is not imported. */
  target: TargetField | null;
  /** A column whose cell names this value's label per row (Google's "Phone 1 - Label"). */
  labelColumn?: number;
  /** Address columns with the same label and group form one address (Google's "Address 2 - …"). */
  group?: number;
}

export const PRESET_IDS = ['google', 'outlook', 'thunderbird', 'mailchimp', 'vcard', 'chinese', 'deskcrm', 'generic'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The whole mapping of one file, as the preview uses it. */
export interface ImportMapping {
  columns: ColumnMapping[];
  /** Split a full-name column into parts when the given and family names are not mapped. */
  splitFullName: boolean;
  /** The person's answer for date columns that read both ways, by column index. */
  dateOrders: Record<number, DateOrder>;
  /** The preset the automatic mapping recognised. */
  preset: PresetId;
}

const DateOrderSchema = z.enum(['ymd', 'dmy', 'mdy']);

/** A mapping saved for next time: keyed by header text, so it fits the next file with the same headers. */
export const SavedMappingSchema = z.object({
  version: z.literal(1),
  name: z.string().trim().min(1).max(100),
  preset: z.enum(PRESET_IDS),
  splitFullName: z.boolean(),
  columns: z.array(
    z.object({
      header: z.string(),
      /** Which of several same-named headers (0 = first). */
      occurrence: z.number().int().min(0),
      target: TargetFieldSchema.nullable(),
      labelHeader: z.string().optional(),
      group: z.number().int().optional(),
      dateOrder: DateOrderSchema.optional(),
    }),
  ),
});
export type SavedMapping = z.infer<typeof SavedMappingSchema>;

function occurrences(headers: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const n = seen.get(h) ?? 0;
    seen.set(h, n + 1);
    return n;
  });
}

/** Turns the live mapping into JSON-safe data to keep under a name. */
export function toSavedMapping(mapping: ImportMapping, name: string): SavedMapping {
  const headers = mapping.columns.map((c) => c.header);
  const occ = occurrences(headers);
  return {
    version: 1,
    name,
    preset: mapping.preset,
    splitFullName: mapping.splitFullName,
    columns: mapping.columns.map((c, i) => ({
      header: c.header,
      occurrence: occ[i] ?? 0,
      target: c.target,
      ...(c.labelColumn !== undefined ? { labelHeader: headers[c.labelColumn] ?? '' } : {}),
      ...(c.group !== undefined ? { group: c.group } : {}),
      ...(mapping.dateOrders[c.index] ? { dateOrder: mapping.dateOrders[c.index] } : {}),
    })),
  };
}

/**
 * Applies a saved mapping to a file's headers; columns the saved mapping does not know keep
 * what `fallback` (usually the automatic mapping) gave them.
 */
export function fromSavedMapping(headers: readonly string[], saved: SavedMapping, fallback: ImportMapping): ImportMapping {
  const occ = occurrences(headers);
  const byKey = new Map(saved.columns.map((c) => [`${c.occurrence}\u0000${c.header}`, c]));
  const dateOrders: Record<number, DateOrder> = {};
  const columns = headers.map((header, index): ColumnMapping => {
    const s = byKey.get(`${occ[index]}\u0000${header}`);
    if (!s) return fallback.columns[index] ?? { index, header, target: null };
    if (s.dateOrder) dateOrders[index] = s.dateOrder;
    const labelColumn = s.labelHeader !== undefined ? headers.indexOf(s.labelHeader) : -1;
    return {
      index,
      header,
      target: s.target,
      ...(labelColumn >= 0 ? { labelColumn } : {}),
      ...(s.group !== undefined ? { group: s.group } : {}),
    };
  });
  return { columns, splitFullName: saved.splitFullName, dateOrders, preset: saved.preset };
}
