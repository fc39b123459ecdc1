import type { ContactRow, ContactSort } from '../../../../../shared/contacts/contact.schema';
import type { CustomField } from '../../../../../shared/contacts/organising.schema';
import type { RowFormat } from './row-format';

/** The built-in columns, in the order the column picker offers them. */
export const BUILT_IN_COLUMNS = [
  'name',
  'company',
  'phone',
  'email',
  'city',
  'country',
  'postcode',
  'tier',
  'lifecycle',
  'owner',
  'source',
  'tags',
  'birthday',
  'lastContact',
  'updated',
  'created',
] as const;
export type BuiltInColumn = (typeof BUILT_IN_COLUMNS)[number];

/** What a new list shows before anyone picks columns. */
export const DEFAULT_COLUMNS: readonly string[] = ['name', 'company', 'phone', 'email', 'city', 'tier', 'owner', 'tags'];

/** A column as the grid draws it. */
export interface ColumnDef {
  key: string;
  label: string;
  /** The list's sort key, when the service can sort by this column. */
  sort?: ContactSort;
  width: number;
  text(row: ContactRow): string;
}

const SORT_OF: Partial<Record<BuiltInColumn, ContactSort>> = {
  name: 'name',
  company: 'company',
  phone: 'phone',
  email: 'email',
  city: 'city',
  country: 'country',
  postcode: 'postcode',
  tier: 'tier',
  lifecycle: 'lifecycle',
  owner: 'owner',
  source: 'source',
  tags: 'tags',
  birthday: 'birthday',
  lastContact: 'lastContact',
  updated: 'updated',
  created: 'created',
};

const WIDTH: Record<BuiltInColumn, number> = {
  name: 240,
  company: 200,
  phone: 160,
  email: 220,
  city: 140,
  country: 140,
  postcode: 100,
  tier: 110,
  lifecycle: 110,
  owner: 140,
  source: 130,
  tags: 200,
  birthday: 130,
  lastContact: 130,
  updated: 130,
  created: 130,
};

const isBuiltIn = (key: string): key is BuiltInColumn => (BUILT_IN_COLUMNS as readonly string[]).includes(key);

/** The custom field id of a "custom:<id>" column key, or null for a built-in one. */
export function customFieldIdOf(key: string): number | null {
  const match = /^custom:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

function builtInText(key: BuiltInColumn, fmt: RowFormat): (row: ContactRow) => string {
  switch (key) {
    case 'name':
      return (r) => r.displayName;
    case 'company':
      return (r) => r.companyName;
    case 'phone':
      return (r) => r.phone ?? '';
    case 'email':
      return (r) => r.email ?? '';
    case 'city':
      return (r) => r.city;
    case 'country':
      return (r) => fmt.country(r.country);
    case 'postcode':
      return (r) => r.postcode;
    case 'tier':
      return (r) => fmt.tier(r.tier);
    case 'lifecycle':
      return (r) => fmt.lifecycle(r.lifecycle);
    case 'owner':
      return (r) => r.ownerName ?? '';
    case 'source':
      return (r) => r.source;
    case 'tags':
      return (r) => r.tags.join(', ');
    case 'birthday':
      return (r) => fmt.day(r.birthday);
    case 'lastContact':
      return (r) => fmt.moment(r.lastContactAt);
    case 'updated':
      return (r) => fmt.moment(r.updatedAt);
    case 'created':
      return (r) => fmt.moment(r.createdAt);
  }
}

/**
 * The grid's columns for the chosen keys; keys of unknown or archived custom fields are skipped,
 * and the name column always comes first so every row can be opened.
 */
export function resolveColumns(
  keys: readonly string[],
  fields: readonly CustomField[],
  fmt: RowFormat,
  label: (key: BuiltInColumn) => string,
): ColumnDef[] {
  const chosen = keys.length ? keys : DEFAULT_COLUMNS;
  const ordered = ['name', ...chosen.filter((k) => k !== 'name')];
  const byId = new Map(fields.map((f) => [f.id, f]));
  const columns: ColumnDef[] = [];
  for (const key of ordered) {
    if (isBuiltIn(key)) {
      columns.push({ key, label: label(key), sort: SORT_OF[key], width: WIDTH[key], text: builtInText(key, fmt) });
      continue;
    }
    const id = customFieldIdOf(key);
    const field = id === null ? undefined : byId.get(id);
    if (!field || field.archived) continue;
    const fieldKey = String(field.id);
    columns.push({
      key,
      label: field.label,
      sort: `custom:${field.id}`,
      width: 150,
      text: (r) => fmt.custom(field, r.custom[fieldKey]),
    });
  }
  return columns;
}

/** The custom field ids whose values the rows must carry for these columns. */
export const customColumnIds = (keys: readonly string[]): number[] =>
  keys.map(customFieldIdOf).filter((id): id is number => id !== null);
