import type { ContactListQueryInput } from '../../../../shared/contacts/contact.schema';
import type { RunSourceInput } from '../../../../shared/contract/mailings.contract';

/**
 * Where a run starts from the URL, so other screens can open Letters & labels ready to print:
 * `?ids=1,2,3` (ticked rows), `?contact=7` (one contact), `?group=4`, or `?query=<JSON of a
 * contact list query>` (the list as filtered).
 * @example sourceFromSearch('ids=3,9') // { type: 'selection', ids: [3, 9] }
 */
export function sourceFromSearch(search: string): RunSourceInput | undefined {
  const params = new URLSearchParams(search);
  const ids = (params.get('ids') ?? '')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  if (ids.length) return { type: 'selection', ids };
  const contact = Number(params.get('contact'));
  if (Number.isInteger(contact) && contact > 0) return { type: 'contact', id: contact };
  const group = Number(params.get('group'));
  if (Number.isInteger(group) && group > 0) return { type: 'group', groupId: group };
  const query = params.get('query');
  if (query) {
    try {
      return { type: 'query', query: JSON.parse(query) as ContactListQueryInput };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The link that opens a document tab for a source, e.g. from the contact list's bulk bar. */
export function documentsLink(tab: 'labels' | 'envelopes' | 'letters', source: { ids?: number[]; contact?: number; group?: number; query?: ContactListQueryInput }): string {
  const params = new URLSearchParams();
  if (source.ids?.length) params.set('ids', source.ids.join(','));
  if (source.contact) params.set('contact', String(source.contact));
  if (source.group) params.set('group', String(source.group));
  if (source.query) params.set('query', JSON.stringify(source.query));
  return `/documents/${tab}?${params.toString()}`;
}
