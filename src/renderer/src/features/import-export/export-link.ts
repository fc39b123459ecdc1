import type { ContactListQueryInput } from '../../../../shared/contacts/contact.schema';

/**
 * Where the contacts list's "Export" button goes: the export screen set to the list's current
 * view (its search, filters and sort) or to the selected contacts.
 * @example navigate(exportHref({ view: { search: 'weber', filters: { tiers: ['key'] } } }))
 */
export function exportHref(from: { view: ContactListQueryInput } | { ids: readonly number[] } | { groupId: number }): string {
  if ('view' in from) return `/export?view=${encodeURIComponent(JSON.stringify(from.view))}`;
  if ('ids' in from) return `/export?ids=${from.ids.join(',')}`;
  return `/export?group=${from.groupId}`;
}

/** Reads what exportHref wrote back out of the address bar's query string. */
export function readExportParams(search: string): { view?: unknown; ids?: number[]; groupId?: number } {
  const params = new URLSearchParams(search);
  const out: { view?: unknown; ids?: number[]; groupId?: number } = {};
  const view = params.get('view');
  if (view) {
    try {
      out.view = JSON.parse(view);
    } catch {
      // A hand-edited address: ignore the view and export everything instead.
    }
  }
  const ids = params.get('ids');
  if (ids) out.ids = ids.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const group = Number(params.get('group'));
  if (Number.isInteger(group) && group > 0) out.groupId = group;
  return out;
}
