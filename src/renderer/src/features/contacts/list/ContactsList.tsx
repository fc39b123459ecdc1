import { useCallback, useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilter, IconSearch } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { ContactSort } from '../../../../../shared/contacts/contact.schema';
import type { SavedView } from '../../../../../shared/contacts/view.schema';
import { useCall } from '../../../api/use-call';
import { BulkBar } from './BulkBar';
import { ColumnPicker } from './ColumnPicker';
import { ContactGrid } from './ContactGrid';
import { FilterPanel } from './FilterPanel';
import { resolveColumns } from './list-columns';
import { activeFilterCount, compactFilters, initialListState, matchKeyOf, queryOf, type ListState } from './list-state';
import { useListTranslation } from './list-strings';
import { rowFormat } from './row-format';
import { useFormatLocale } from '../../../i18n/formats';
import { SavedViews } from './SavedViews';
import { OutputMenu } from './OutputMenu';
import { useContactPages } from './use-contact-pages';
import { useListOptions } from './use-list-options';
import { useSelection } from './use-selection';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The customer list: search, filters, sort, chosen columns and saved views over a virtualised grid
 * that holds 100,000 rows, with multi-select and undoable bulk actions.
 */
export function ContactsList() {
  const { t, i18n } = useListTranslation();
  const [, navigate] = useLocation();
  const [state, setState] = useState<ListState>(initialListState);
  const [searchText, setSearchText] = useState('');
  const [debouncedSearch] = useDebouncedValue(searchText, 150);
  const [viewId, setViewId] = useState<number | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [focus, setFocus] = useState({ listKey: '', index: 0 });

  const effective = useMemo(() => ({ ...state, search: debouncedSearch }), [state, debouncedSearch]);
  const query = useMemo(() => queryOf(effective), [effective]);
  const matchKey = matchKeyOf(effective);
  const listKey = `${matchKey}|${state.sort}|${state.direction}`;

  const pages = useContactPages(query);
  const facets = useCall('contacts.facets', { search: query.search, filters: query.filters }, matchKey);
  const options = useListOptions();
  const selection = useSelection(query, pages, matchKey);

  // The focused row belongs to one ordering of one set of rows; a new list starts at the top.
  const focusIndex = focus.listKey === listKey ? focus.index : 0;
  const onFocusIndex = useCallback((index: number) => setFocus({ listKey, index }), [listKey]);

  const formats = useFormatLocale();
  const fmt = useMemo(() => rowFormat(i18n.language, formats, t), [i18n.language, formats, t]);
  const columns = useMemo(
    () => resolveColumns(state.columns, options.fields, fmt, (key) => t(`contactsList.columns.${key}`)),
    [state.columns, options.fields, fmt, t],
  );

  const onSort = useCallback(
    (sort: ContactSort) =>
      setState((s) => (s.sort === sort ? { ...s, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { ...s, sort, direction: 'asc' })),
    [],
  );
  const onOpen = useCallback((id: number) => navigate(`/contacts/${id}`), [navigate]);
  const pick = (view: SavedView | null) => {
    const next = view ? { ...initialListState(), ...view.state, filters: compactFilters(view.state.filters) } : initialListState();
    if (!next.columns.length) next.columns = initialListState().columns;
    setState(next);
    setSearchText(next.search);
    setViewId(view?.id ?? null);
    if (view && Object.keys(next.filters).length > 1) setFiltersOpen(true);
  };

  const { reload: reloadPages } = pages;
  const { reload: reloadFacets } = facets;
  const { reload: reloadOptions } = options;
  const onChanged = useCallback(() => {
    reloadPages();
    reloadFacets();
    reloadOptions();
  }, [reloadPages, reloadFacets, reloadOptions]);

  const filterCount = activeFilterCount(state.filters);
  const total = pages.total;
  return (
    <>
      <Group justify="space-between" mb="sm" wrap="nowrap" gap="xs">
        <Group gap="xs" wrap="nowrap">
          <TextInput
            placeholder={t('contacts.searchPlaceholder')}
            aria-label={t('common.search')}
            leftSection={<IconSearch size={16} />}
            value={searchText}
            onChange={(e) => setSearchText(e.currentTarget.value)}
            w={300}
          />
          <Button
            variant={filtersOpen ? 'light' : 'default'}
            leftSection={<IconFilter size={16} />}
            rightSection={filterCount > 0 ? <Badge size="sm" circle>{filterCount}</Badge> : undefined}
            onClick={() => setFiltersOpen((o) => !o)}
            aria-expanded={filtersOpen}
          >
            {t('contactsList.filters.button')}
          </Button>
          <ColumnPicker columns={state.columns} fields={options.fields} onChange={(columns) => setState((s) => ({ ...s, columns }))} />
        </Group>
        <Group gap="md" wrap="nowrap">
          {total !== undefined && (
            <Text c="dimmed" size="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
              {t('contactsList.count', { count: total })}
            </Text>
          )}
          <SavedViews state={{ ...state, search: searchText }} viewId={viewId} onPick={pick} onViewId={setViewId} />
          <OutputMenu query={query} selected={[...selection.ids]} />
        </Group>
      </Group>
      {filtersOpen && (
        <FilterPanel
          filters={state.filters}
          onChange={(filters) => setState((s) => ({ ...s, filters }))}
          onClear={() => setState((s) => ({ ...s, filters: initialListState().filters }))}
          options={options}
          facets={facets.data}
        />
      )}
      {selection.ids.size > 0 && <BulkBar selection={selection} total={total ?? 0} options={options} onChanged={onChanged} />}
      {pages.error && (
        <Alert color="red" mb="sm">
          {pages.error.message}
        </Alert>
      )}
      {total === 0 ? (
        <Text c="dimmed">
          {debouncedSearch || filterCount > 0 ? t('contacts.noMatch', { search: debouncedSearch }) : t('contacts.empty')}
        </Text>
      ) : (
        <ContactGrid
          pages={pages}
          columns={columns}
          sort={state.sort}
          direction={state.direction}
          onSort={onSort}
          isSelected={selection.isSelected}
          allSelected={selection.allMatching && selection.ids.size === total}
          onSelect={selection.select}
          onSelectAll={selection.selectAll}
          onClearSelection={selection.clear}
          focusIndex={focusIndex}
          onFocusIndex={onFocusIndex}
          onOpen={onOpen}
          listKey={listKey}
        />
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {t('contactsList.keyboardHint', { mod: isMac ? '⌘' : 'Ctrl' })}
      </Text>
    </>
  );
}
