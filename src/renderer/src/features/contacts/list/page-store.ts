import type { ContactListQueryInput, ContactRow } from '../../../../../shared/contacts/contact.schema';
import { ApiCallError, call } from '../../../api/client';

/** Rows per request: a few screens' worth, so a scroll rarely waits and a request stays small. */
export const PAGE_SIZE = 100;
/**
 * Requests under way at once. A fast scroll or a drag of the scroll bar wants a new page every
 * frame; asking for each would queue hundreds of calls. Instead, when this many are out, the
 * next request goes for wherever the grid is by the time one comes back.
 */
const MAX_IN_FLIGHT = 2;

export type ListQuery = Omit<ContactListQueryInput, 'offset' | 'limit'>;

/**
 * The rows of one list query, fetched a page at a time as the grid scrolls to them and kept once
 * fetched. A new query gets a new store, so answers for an old query can never land in it.
 */
export class PageStore {
  private pages = new Map<number, ContactRow[]>();
  private inFlight = new Set<number>();
  private listeners = new Set<() => void>();
  private lastWanted: [number, number] = [0, PAGE_SIZE - 1];
  private generation = 0;
  private version = 0;
  error: ApiCallError | undefined;

  /** `total` starts as the previous query's count, so the screen keeps its size until the answer comes. */
  constructor(
    readonly key: string,
    private readonly query: ListQuery,
    public total: number | undefined,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** The row at a position, if its page has arrived. */
  rowAt = (index: number): ContactRow | undefined => this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  /**
   * Asks for the pages covering positions first..last (inclusive), and the page after them so a
   * steady scroll finds its rows waiting; cached pages are not asked again.
   */
  want = (first: number, last: number): void => {
    this.lastWanted = [first, last];
    this.pump();
  };

  /** Forgets every page (the rows changed) and fetches again what was last wanted. */
  reload = (): void => {
    this.generation++;
    this.pages = new Map();
    this.inFlight = new Set();
    this.want(...this.lastWanted);
  };

  /** Starts requests for missing wanted pages, nearest the screen first, up to MAX_IN_FLIGHT. */
  private pump(): void {
    const [first, last] = this.lastWanted;
    const from = Math.max(0, Math.floor(first / PAGE_SIZE));
    const to = Math.max(from, Math.floor(Math.max(first, last) / PAGE_SIZE));
    const lastPage = this.total === undefined ? to : Math.max(0, Math.ceil(this.total / PAGE_SIZE) - 1);
    const candidates = [];
    for (let page = from; page <= to; page++) candidates.push(page);
    if (to + 1 <= lastPage) candidates.push(to + 1);
    if (from - 1 >= 0) candidates.push(from - 1);
    for (const page of candidates) {
      if (this.inFlight.size >= MAX_IN_FLIGHT) return;
      if (!this.pages.has(page) && !this.inFlight.has(page)) this.fetch(page);
    }
  }

  private fetch(page: number): void {
    this.inFlight.add(page);
    const generation = this.generation;
    call('contacts.list', { ...this.query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
      (result) => {
        if (generation !== this.generation) return;
        this.inFlight.delete(page);
        this.pages.set(page, result.rows);
        this.total = result.total;
        this.error = undefined;
        this.changed();
        this.pump();
      },
      (err: unknown) => {
        if (generation !== this.generation) return;
        this.inFlight.delete(page);
        this.error = err instanceof ApiCallError ? err : new ApiCallError({ code: 'internal', message: String(err) });
        this.changed();
      },
    );
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/**
 * Ids of the contacts at positions first..last (inclusive) of a query, in the list's order,
 * fetched in windows of 1,000: what shift-click ranges and "select all matching" act on.
 */
export async function idsInRange(query: ListQuery, first: number, last: number): Promise<number[]> {
  const ids: number[] = [];
  const window = 1000;
  for (let offset = first; offset <= last; offset += window) {
    const limit = Math.min(window, last - offset + 1);
    const page = await call('contacts.list', { ...query, customColumns: [], offset, limit });
    for (const row of page.rows) ids.push(row.id);
    if (page.rows.length < limit) break;
  }
  return ids;
}
