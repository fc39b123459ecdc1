import type { DuplicateMode, PreviewRow } from '../../../shared/contract/imports.contract';
import type { Sqlite } from '../db/connection';
import type { PlannedSale } from './sales-plan';
import { isNoRecord } from './row-problem';

/** What tells one sale from another: the fields a file gives it, as stored, and whom it is linked to. */
export interface SaleKey {
  soldOn: string;
  customer: string;
  contactId: number | null;
  product: string;
  quantity: number;
  amountMinor: number;
  currency: string;
  reference: string;
}

/** A stored sale: its id and values, its import (its name; '' for a sale no import brought), until a file row takes it. */
interface Stored {
  id: number;
  sale: SaleKey;
  batch: string;
  taken: boolean;
}

/** A stored sale a file row changes: the same order line with another date, quantity or amount. */
export interface ChangedSale {
  id: number;
  soldOn: string;
  quantity: number;
  amountMinor: number;
  currency: string;
}

/**
 * The keys a sale is known by: its contact (when linked) and its customer as written, each with
 * the rest of its fields.
 */
function keysOf(s: SaleKey): string[] {
  const rest = [s.soldOn, s.product.trim().toLowerCase(), s.quantity, s.amountMinor, s.currency, s.reference.trim().toLowerCase()].join('\u0001');
  const byText = `t${s.customer.trim().toLowerCase()}\u0001${rest}`;
  return s.contactId === null ? [byText] : [`c${s.contactId}\u0001${rest}`, byText];
}

/**
 * The keys of a sale's order line: its order number and product, with its contact (when linked)
 * and its customer as written; none without an order number.
 */
function lineKeysOf(s: SaleKey): string[] {
  const reference = s.reference.trim().toLowerCase();
  if (!reference) return [];
  const line = `${reference}\u0001${s.product.trim().toLowerCase()}`;
  const byText = `t${s.customer.trim().toLowerCase()}\u0001${line}`;
  return s.contactId === null ? [byText] : [`c${s.contactId}\u0001${line}`, byText];
}

/** Takes the first stored sale of `list` no row took yet. */
function takeFrom(list: Stored[] | undefined): Stored | null {
  while (list?.length) {
    const stored = list.pop()!;
    if (stored.taken) continue;
    stored.taken = true;
    return stored;
  }
  return null;
}

const add = (map: Map<string, Stored[]>, key: string, stored: Stored) => {
  const list = map.get(key);
  if (list) list.push(stored);
  else map.set(key, [stored]);
};

/**
 * The sales already stored, to tell a sale imported again (the same file twice, or this month's
 * file that repeats last month's orders) from one sold again. A file row is "stored" when a
 * stored sale has its date, product, quantity, amount, currency and order number, and its
 * contact (the same customer written another way, by email or as our own export names them) or
 * its customer as written. Each stored sale answers for one row only, so a file with three
 * identical lines against two stored gives two repeats and one new sale (a customer may buy
 * the same thing twice a day).
 *
 * A row with an order number that no stored sale has whole, but whose order line (order number
 * and product, for the same contact or customer) is stored with another date, quantity or amount,
 * changes that sale: the shop corrected the order and exported it again.
 */
export class StoredSales {
  private readonly byKey = new Map<string, Stored[]>();
  private readonly byLine = new Map<string, Stored[]>();

  constructor(sqlite: Sqlite) {
    const rows = sqlite
      .prepare(
        `select s.id, s.sold_on soldOn, s.customer, s.contact_id contactId, s.product, s.quantity, s.amount_minor amountMinor, s.currency, s.reference, coalesce(b.name, '') batch
         from sales s left join import_batches b on b.id = s.import_id`,
      )
      .iterate() as Iterable<SaleKey & { id: number; batch: string }>;
    for (const { id, batch, ...sale } of rows) {
      const stored: Stored = { id, sale, batch, taken: false };
      for (const k of keysOf(sale)) add(this.byKey, k, stored);
      for (const k of lineKeysOf(sale)) add(this.byLine, k, stored);
    }
  }

  /**
   * The name of the import that stored this sale already ('' when no import brought it), taking that
   * stored sale so no other row matches it; null when none is left.
   */
  take(sale: SaleKey): string | null {
    for (const k of keysOf(sale)) {
      const stored = takeFrom(this.byKey.get(k));
      if (stored) return stored.batch;
    }
    return null;
  }

  /** The stored sale of this sale's order line that the file changes, taken as take() takes one; null when none. */
  takeChanged(sale: SaleKey): { batch: string; changed: ChangedSale } | null {
    for (const k of lineKeysOf(sale)) {
      const stored = takeFrom(this.byLine.get(k));
      if (stored) {
        const { soldOn, quantity, amountMinor, currency } = stored.sale;
        return { batch: stored.batch, changed: { id: stored.id, soldOn, quantity, amountMinor, currency } };
      }
    }
    return null;
  }
}

/** What the import does with a planned sale, and the import that stored it already (null when none). */
export interface SaleOutcome {
  status: PreviewRow['status'];
  action: PreviewRow['action'];
  storedBy: string | null;
  /** The stored sale the row changes, as it is stored; null when the row repeats one whole or is new. */
  changes: ChangedSale | null;
}

/**
 * A planned sale's outcome: left out for its problems; when stored already, skipped unless the
 * person chose to import such rows anyway ('importNew'); a change to a stored sale's order line
 * is written over it when the person chose 'overwrite', else skipped or imported as the rest;
 * anything else is written.
 */
export function saleOutcome(sale: PlannedSale, stored: StoredSales, mode: DuplicateMode): SaleOutcome {
  if (sale.problems.length) return { status: isNoRecord(sale.problems) ? 'ignored' : 'invalid', action: 'none', storedBy: null, changes: null };
  const storedBy = stored.take(sale);
  const again = mode === 'importNew' ? 'importNew' : 'skip';
  if (storedBy !== null) return { status: 'duplicate', action: again, storedBy, changes: null };
  const line = stored.takeChanged(sale);
  if (line) return { status: 'duplicate', action: mode === 'overwrite' ? 'overwrite' : again, storedBy: line.batch, changes: line.changed };
  return { status: 'new', action: 'create', storedBy: null, changes: null };
}
