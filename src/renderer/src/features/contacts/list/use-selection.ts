import { useCallback, useMemo, useState } from 'react';
import type { ContactRow } from '../../../../../shared/contacts/contact.schema';
import { call } from '../../../api/client';
import { notifyError } from '../../../components/notify';
import type { SelectGesture } from './ContactGrid';
import { idsInRange, type ListQuery } from './page-store';
import type { ContactPages } from './use-contact-pages';

export interface Selection {
  ids: ReadonlySet<number>;
  /** Every contact the list matches is selected (Ctrl/Cmd+A or the header box). */
  allMatching: boolean;
  /** Fetching the ids of a large range or of all matching contacts. */
  busy: boolean;
  isSelected(id: number): boolean;
  select(index: number, row: ContactRow, gesture: SelectGesture): void;
  selectAll(): void;
  clear(): void;
}

interface State {
  /** The matching rows this selection was made in; another search or filter starts empty. */
  key: string;
  ids: ReadonlySet<number>;
  allMatching: boolean;
  /** Where a Shift range starts: the last row toggled. */
  anchor: number;
}

const emptyFor = (key: string): State => ({ key, ids: new Set(), allMatching: false, anchor: 0 });

/**
 * The rows a person has picked, by contact id, so the choice survives scrolling and re-sorting.
 * A new search or filter (a different set of matching rows) clears it.
 */
export function useSelection(query: ListQuery, pages: ContactPages, matchKey: string): Selection {
  const [stored, setStored] = useState<State>(() => emptyFor(matchKey));
  const [busy, setBusy] = useState(false);
  const state = stored.key === matchKey ? stored : emptyFor(matchKey);
  /** Applies a change only if the list still matches the same rows as when it was asked for. */
  const update = useCallback(
    (change: (s: State) => State) => setStored((prev) => change(prev.key === matchKey ? prev : emptyFor(matchKey))),
    [matchKey],
  );
  const addIds = useCallback(
    (more: readonly number[], allMatching = false) =>
      update((s) => {
        const ids = new Set(s.ids);
        for (const id of more) ids.add(id);
        return { ...s, ids, allMatching };
      }),
    [update],
  );

  const { rowAt, total } = pages;
  const anchor = state.anchor;
  const select = useCallback(
    (index: number, row: ContactRow, gesture: SelectGesture) => {
      if (gesture === 'toggle') {
        update((s) => {
          const ids = new Set(s.ids);
          if (ids.has(row.id)) ids.delete(row.id);
          else ids.add(row.id);
          return { ...s, ids, allMatching: false, anchor: index };
        });
        return;
      }
      const from = Math.min(anchor, index);
      const to = Math.max(anchor, index);
      const cached: number[] = [];
      for (let i = from; i <= to; i++) {
        const r = rowAt(i);
        if (!r) break;
        cached.push(r.id);
      }
      if (cached.length === to - from + 1) {
        addIds(cached);
        return;
      }
      setBusy(true);
      idsInRange(query, from, to)
        .then((ids) => addIds(ids), notifyError)
        .finally(() => setBusy(false));
    },
    [anchor, rowAt, query, update, addIds],
  );

  const selectAll = useCallback(() => {
    if (!total) return;
    setBusy(true);
    // One request for every matching id, however many: paging through the list took a minute at 100,000.
    call('contacts.ids', { search: query.search, trashed: query.trashed, filters: query.filters })
      .then(({ ids }) => addIds(ids, true), notifyError)
      .finally(() => setBusy(false));
  }, [total, query, addIds]);

  const clear = useCallback(() => update(() => emptyFor(matchKey)), [update, matchKey]);
  const { ids, allMatching } = state;
  const isSelected = useCallback((id: number) => ids.has(id), [ids]);

  return useMemo(
    () => ({ ids, allMatching, busy, isSelected, select, selectAll, clear }),
    [ids, allMatching, busy, isSelected, select, selectAll, clear],
  );
}
