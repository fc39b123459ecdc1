import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { IconArrowDown, IconArrowUp, IconBan } from '@tabler/icons-react';
import type { ContactRow, ContactSort } from '../../../../../shared/contacts/contact.schema';
import type { ColumnDef } from './list-columns';
import type { ContactPages } from './use-contact-pages';
import { useListTranslation } from './list-strings';
import classes from './ContactGrid.module.css';

const ROW_HEIGHT = 36;
const CHECK_WIDTH = 40;

/** How a click or key press changes the selection. */
export type SelectGesture = 'toggle' | 'range';

export interface ContactGridProps {
  pages: ContactPages;
  columns: ColumnDef[];
  sort: ContactSort;
  direction: 'asc' | 'desc';
  onSort(sort: ContactSort): void;
  isSelected(id: number): boolean;
  /** True when every matching contact is selected (the header box shows it). */
  allSelected: boolean;
  onSelect(index: number, row: ContactRow, gesture: SelectGesture): void;
  onSelectAll(): void;
  onClearSelection(): void;
  focusIndex: number;
  onFocusIndex(index: number): void;
  onOpen(id: number): void;
  /** Changes when the rows are a different list (new search, filter or sort): scroll to the top. */
  listKey: string;
}

const rowDomId = (index: number) => `contact-row-${index}`;

/**
 * The contact list as a spreadsheet-like grid: only the rows on screen exist in the page, rows are
 * fetched by page as they scroll into view, the header sorts, and the keyboard moves, selects and
 * opens (arrows, Home/End, Page Up/Down, Space, Shift, Enter, Ctrl/Cmd+A, Escape).
 */
export function ContactGrid(props: ContactGridProps) {
  const { pages, columns, focusIndex, onFocusIndex } = props;
  const { t } = useListTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;
  const template = `${CHECK_WIDTH}px ${columns.map((c) => `${c.width}px`).join(' ')}`;
  const width = CHECK_WIDTH + columns.reduce((sum, c) => sum + c.width, 0);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's methods change identity every render; this grid is redrawn on every scroll anyway
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  const { want } = pages;
  useEffect(() => {
    if (total > 0) want(first, last);
  }, [first, last, total, want]);

  useLayoutEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [props.listKey]);

  const moveFocus = useCallback(
    (index: number) => {
      if (total === 0) return;
      const next = Math.max(0, Math.min(total - 1, index));
      onFocusIndex(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [onFocusIndex, total, virtualizer],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const pageRows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const focusedRow = pages.rowAt(focusIndex);
    const step = (delta: number) => {
      const next = Math.max(0, Math.min(total - 1, focusIndex + delta));
      if (e.shiftKey) {
        const row = pages.rowAt(next);
        if (row) props.onSelect(next, row, 'range');
      }
      moveFocus(next);
    };
    switch (e.key) {
      case 'ArrowDown':
        step(1);
        break;
      case 'ArrowUp':
        step(-1);
        break;
      case 'PageDown':
        step(pageRows);
        break;
      case 'PageUp':
        step(-pageRows);
        break;
      case 'Home':
        moveFocus(0);
        break;
      case 'End':
        moveFocus(total - 1);
        break;
      case 'Enter':
        if (focusedRow) props.onOpen(focusedRow.id);
        break;
      case ' ':
        if (focusedRow) props.onSelect(focusIndex, focusedRow, 'toggle');
        break;
      case 'Escape':
        props.onClearSelection();
        break;
      case 'a':
      case 'A':
        if (!(e.ctrlKey || e.metaKey)) return;
        props.onSelectAll();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const { onSelect } = props;
  const onRowClick = useCallback(
    (index: number, row: ContactRow, e: MouseEvent) => {
      scroller.current?.focus({ preventScroll: true });
      if (e.shiftKey) onSelect(index, row, 'range');
      else if (e.ctrlKey || e.metaKey) onSelect(index, row, 'toggle');
      onFocusIndex(index);
    },
    [onSelect, onFocusIndex],
  );

  // Rows get their words from here: a translation hook in each of hundreds of rows costs frames.
  const labels = useMemo<RowLabels>(
    () => ({
      loading: t('contactsList.loadingRow'),
      doNotContact: t('contactsList.doNotContact'),
      selectRow: (name) => t('contactsList.selectRow', { name }),
    }),
    [t],
  );
  const focusedId = total > 0 ? rowDomId(focusIndex) : undefined;
  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="grid"
      aria-label={t('contactsList.grid')}
      aria-rowcount={total + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable
      aria-activedescendant={focusedId}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={classes.header} style={{ gridTemplateColumns: template, width }}>
          <div role="columnheader" className={`${classes.headCell} ${classes.check}`}>
            <input
              type="checkbox"
              aria-label={t('contactsList.selectAll')}
              checked={props.allSelected}
              disabled={total === 0}
              onChange={(e) => (e.currentTarget.checked ? props.onSelectAll() : props.onClearSelection())}
            />
          </div>
          {columns.map((col) => (
            <HeaderCell key={col.key} column={col} sort={props.sort} direction={props.direction} onSort={props.onSort} />
          ))}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize(), width }}>
        {items.map((item) => {
          const row = pages.rowAt(item.index);
          return (
            <GridRow
              key={item.index}
              index={item.index}
              top={item.start - ROW_HEIGHT}
              row={row}
              columns={columns}
              template={template}
              width={width}
              selected={row ? props.isSelected(row.id) : false}
              focused={item.index === focusIndex}
              onClick={onRowClick}
              onSelect={props.onSelect}
              onOpen={props.onOpen}
              labels={labels}
            />
          );
        })}
      </div>
    </div>
  );
}

function HeaderCell({
  column,
  sort,
  direction,
  onSort,
}: {
  column: ColumnDef;
  sort: ContactSort;
  direction: 'asc' | 'desc';
  onSort(sort: ContactSort): void;
}) {
  const { t } = useListTranslation();
  const active = column.sort !== undefined && column.sort === sort;
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : column.sort ? 'none' : undefined;
  return (
    <div role="columnheader" aria-sort={ariaSort} className={classes.headCell}>
      {column.sort ? (
        <button
          type="button"
          className={classes.sortButton}
          onClick={() => column.sort && onSort(column.sort)}
          title={active ? t(direction === 'asc' ? 'contactsList.sortAscending' : 'contactsList.sortDescending') : undefined}
        >
          {column.label}
          {active && (direction === 'asc' ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />)}
        </button>
      ) : (
        column.label
      )}
    </div>
  );
}

interface RowLabels {
  loading: string;
  doNotContact: string;
  selectRow(name: string): string;
}

interface GridRowProps {
  index: number;
  top: number;
  row: ContactRow | undefined;
  columns: ColumnDef[];
  template: string;
  width: number;
  selected: boolean;
  focused: boolean;
  onClick(index: number, row: ContactRow, e: MouseEvent): void;
  onSelect(index: number, row: ContactRow, gesture: SelectGesture): void;
  onOpen(id: number): void;
  labels: RowLabels;
}

/** One row; memoised so scrolling redraws only rows that enter the screen. */
const GridRow = memo(function GridRow(props: GridRowProps) {
  const { index, top, row, columns, template, width, selected, focused, onClick, onSelect, onOpen, labels } = props;
  const style = { transform: `translateY(${top}px)`, gridTemplateColumns: template, width };
  if (!row) {
    return (
      <div role="row" id={rowDomId(index)} aria-rowindex={index + 2} className={classes.row} style={style}>
        <div role="gridcell" />
        <div role="gridcell" className={`${classes.cell} ${classes.placeholder}`}>
          {labels.loading}
        </div>
      </div>
    );
  }
  const className = [classes.row, focused ? classes.focused : '', row.doNotContact ? classes.blocked : ''].join(' ');
  return (
    <div
      role="row"
      id={rowDomId(index)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={className}
      style={style}
      onClick={(e) => onClick(index, row, e)}
      onDoubleClick={() => onOpen(row.id)}
    >
      <div role="gridcell" className={classes.check}>
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={labels.selectRow(row.displayName)}
          checked={selected}
          onClick={(e) => {
            e.stopPropagation();
            onSelect(index, row, e.shiftKey ? 'range' : 'toggle');
          }}
          onChange={() => undefined}
        />
      </div>
      {columns.map((col) =>
        col.key === 'name' ? (
          <div role="gridcell" key={col.key} className={`${classes.cell} ${classes.name}`}>
            {/* A plain link to the hash route: cheaper than a router link in hundreds of rows. */}
            <a href={`#/contacts/${row.id}`} tabIndex={-1} onClick={(e) => e.stopPropagation()}>
              {row.displayName}
            </a>
            {row.doNotContact && (
              <IconBan size={14} role="img" aria-label={labels.doNotContact} color="var(--mantine-color-red-6)">
                <title>{labels.doNotContact}</title>
              </IconBan>
            )}
          </div>
        ) : (
          <TextCell key={col.key} text={col.text(row)} />
        ),
      )}
    </div>
  );
});

function TextCell({ text }: { text: string }) {
  return (
    <div role="gridcell" className={classes.cell} title={text || undefined}>
      {text}
    </div>
  );
}
