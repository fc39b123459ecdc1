import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ContactRow } from '../../../../../shared/contacts/contact.schema';
import type { ApiCallError } from '../../../api/client';
import { PAGE_SIZE, PageStore, type ListQuery } from './page-store';

export interface ContactPages {
  /** How many contacts match; undefined until the first page arrives. */
  total: number | undefined;
  rowAt(index: number): ContactRow | undefined;
  want(first: number, last: number): void;
  reload(): void;
  error: ApiCallError | undefined;
  /** Bumped whenever a page arrives, so the grid redraws. */
  version: number;
}

/** The list's rows for a query, paged and cached (see PageStore); a new query starts a fresh cache. */
export function useContactPages(query: ListQuery): ContactPages {
  const key = JSON.stringify(query);
  const [store, setStore] = useState(() => new PageStore(key, query, undefined));
  if (store.key !== key) setStore(new PageStore(key, query, store.total));
  const version = useSyncExternalStore(store.subscribe, store.getVersion);
  useEffect(() => store.want(0, PAGE_SIZE - 1), [store]);
  return useMemo(
    () => ({ total: store.total, rowAt: store.rowAt, want: store.want, reload: store.reload, error: store.error, version }),
    [store, version],
  );
}
