import type { DuplicateMode, PreviewRow } from '../../../shared/contract/imports.contract';
import type { Sqlite } from '../db/connection';
import type { PlannedSale } from './sales-plan';

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

/** A stored sale's import (its name; '' for a sale no import brought), until a file row takes it. */
interface Stored {
  batch: string;
  taken: boolean;
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
 * The sales already stored, to tell a sale imported again (the same file twice, or this month's
 * file that repeats last month's orders) from one sold again. A file row is "stored" when a
 * stored sale has its date, product, quantity, amount, currency and order number, and its
 * contact (the same customer written another way, by email or as our own export names them) or
 * its customer as written. Each stored sale answers for one row only, so a file with three
 * identical lines against two stored gives two repeats and one new sale (a customer may buy
 * the same thing twice a day).
 */
export class StoredSales {
  private readonly byKey = new Map<string, Stored[]>();

  constructor(sqlite: Sqlite) {
    const rows = sqlite
      .prepare(
        `select s.sold_on soldOn, s.customer, s.contact_id contactId, s.product, s.quantity, s.amount_minor amountMinor, s.currency, s.reference, coalesce(b.name, '') batch
         from sales s left join import_batches b on b.id = s.import_id`,
      )
      .iterate() as Iterable<SaleKey & { batch: string }>;
    for (const r of rows) {
      const stored: Stored = { batch: r.batch, taken: false };
      for (const k of keysOf(r)) {
        const list = this.byKey.get(k);
        if (list) list.push(stored);
        else this.byKey.set(k, [stored]);
      }
    }
  }

  /**
   * The name of the import that stored this sale already ('' when no import brought it), taking that
   * stored sale so no other row matches it; null when none is left.
   */
  take(sale: SaleKey): string | null {
    for (const k of keysOf(sale)) {
      const list = this.byKey.get(k);
      while (list?.length) {
        const stored = list.pop()!;
        if (stored.taken) continue;
        stored.taken = true;
        return stored.batch;
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
}

/**
 * A planned sale's outcome: left out for its problems; when stored already, skipped unless the
 * person chose to import such rows anyway ('importNew'); else written.
 */
export function saleOutcome(sale: PlannedSale, stored: StoredSales, mode: DuplicateMode): SaleOutcome {
  if (sale.problems.length) return { status: 'invalid', action: 'none', storedBy: null };
  const storedBy = stored.take(sale);
  if (storedBy === null) return { status: 'new', action: 'create', storedBy };
  return { status: 'duplicate', action: mode === 'importNew' ? 'importNew' : 'skip', storedBy };
}
