import type { ContactFilters, ContactListQueryInput } from '../../../../../shared/contacts/contact.schema';
import type { ViewState } from '../../../../../shared/contacts/view.schema';
import { customColumnIds, DEFAULT_COLUMNS } from './list-columns';

/** What the list shows: the same shape a saved view stores. */
export type ListState = ViewState;

export const EMPTY_FILTERS: ContactFilters = { tagMode: 'any' };

export const initialListState = (): ListState => ({
  search: '',
  filters: EMPTY_FILTERS,
  sort: 'name',
  direction: 'asc',
  columns: [...DEFAULT_COLUMNS],
});

/** Drops filters that hold nothing, so equal lists have equal queries (and cache keys). */
export function compactFilters(filters: ContactFilters): ContactFilters {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  // A custom condition still waiting for its value filters nothing yet.
  const custom = filters.custom?.filter((c) => c.op === 'set' || c.op === 'unset' || (c.value !== undefined && c.value !== ''));
  if (custom?.length) out.custom = custom;
  else delete out.custom;
  if (!filters.tagIds?.length) delete out.tagMode;
  return { tagMode: 'any', ...out } as ContactFilters;
}

/** How many filters are switched on (for the "Filters (3)" button). */
export function activeFilterCount(filters: ContactFilters): number {
  const compact = compactFilters(filters);
  return Object.keys(compact).filter((k) => k !== 'tagMode').length;
}

/** The list query (without its window) for a state: search and filters decide which rows match. */
export function queryOf(state: ListState): Omit<ContactListQueryInput, 'offset' | 'limit'> {
  return {
    search: state.search.trim(),
    filters: compactFilters(state.filters),
    sort: state.sort,
    direction: state.direction,
    customColumns: customColumnIds(state.columns),
  };
}

/** The part of the query that decides which rows match (not their order or columns). */
export const matchKeyOf = (state: ListState): string =>
  JSON.stringify({ search: state.search.trim(), filters: compactFilters(state.filters) });
