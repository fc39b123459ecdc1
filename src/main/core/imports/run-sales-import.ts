import type { ParsedTable } from '../../../shared/import-export/table';
import type { Sqlite } from '../db/connection';
import type { ImportJobData } from './job-data';
import { splitMapping } from './mapping-input';
import { ImportCancelled, type RunHooks } from './run-contact-import';
import { CustomerMatcher, planSale, salesDateOrder } from './sales-plan';
import { saleOutcome, StoredSales } from './stored-sales';

/**
 * Writes a sales file in one transaction, each sale linked to the contact it names; rows with a
 * problem are left out and counted, and so are sales stored already unless the person imports
 * them again (StoredSales). Undo deletes the sales by their import id.
 */
export function runSalesImport(sqlite: Sqlite, data: ImportJobData, table: ParsedTable, hooks: RunHooks): number {
  const started = Date.now();
  const { sales: map } = splitMapping(data.mapping);
  const order = salesDateOrder(table, map['sale.date'], data.mapping.dateOrders);
  const excelSerial = table.info.format === 'xlsx' || table.info.format === 'xls';
  return sqlite.transaction(() => {
    const customers = new CustomerMatcher(sqlite);
    const importId = Number(
      sqlite
        .prepare(`insert into import_batches (kind, name, file_name, created_at) values ('sales', ?, ?, ?)`)
        .run(data.name, data.fileName, data.now).lastInsertRowid,
    );
    const insert = sqlite.prepare(
      `insert into sales (contact_id, sold_on, customer, product, quantity, amount_minor, currency, reference, import_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Read before this import writes any: the file's own repeated lines are sales of their own.
    const stored = new StoredSales(sqlite);
    let created = 0;
    let skipped = 0;
    let invalid = 0;
    const total = table.rows.length;
    for (let i = 0; i < total; i++) {
      if (i % 500 === 0) {
        if (hooks.cancelled()) throw new ImportCancelled();
        hooks.progress(i, total);
      }
      const s = planSale(table.rows[i]!, map, table.headers, order, data.currency, customers, excelSerial);
      const outcome = saleOutcome(s, stored, data.mode);
      if (outcome.action === 'none') invalid++;
      if (outcome.action === 'skip') skipped++;
      if (outcome.action === 'none' || outcome.action === 'skip') continue;
      insert.run(s.contactId, s.soldOn, s.customer, s.product, s.quantity, s.amountMinor, s.currency, s.reference, importId, data.now);
      created++;
    }
    if (hooks.cancelled()) throw new ImportCancelled();
    sqlite
      .prepare('update import_batches set total = ?, created = ?, skipped = ?, invalid = ?, duration_ms = ? where id = ?')
      .run(total, created, skipped, invalid, Date.now() - started, importId);
    return importId;
  })();
}
