import type { ParsedTable } from '../../../shared/import-export/table';
import type { Sqlite } from '../db/connection';
import type { ImportJobData } from './job-data';
import { splitMapping } from './mapping-input';
import { ImportCancelled, type RunHooks } from './run-contact-import';
import { CustomerHeadings, CustomerMatcher, hasCustomerColumn, OrderLines, planSale, salesDateOrder } from './sales-plan';
import { saleOutcome, StoredSales } from './stored-sales';
import { ContactWriter } from '../contacts/contact-writer';
import { Journal } from '../undo/journal';
import { addsCustomer, customerDraft } from './sales-customer';
import { tagFinder } from './found-by-name';

/**
 * Writes a sales file in one transaction, each sale linked to the contact it names; rows with a
 * problem are left out and counted, and so are sales stored already unless the person imports
 * them again (StoredSales). A customer no contact matches is added as one when the person asks
 * (one contact for all their rows), tagged with the import's name as a contacts import tags its
 * contacts, and journaled as an import's contacts are. A row that changes a stored sale (its
 * order line with another date, quantity or amount) is written over it when the person chose
 * "overwrite", the stored values journaled. Undo deletes the sales by their import id, puts the
 * changed sales' values back, then removes the contacts it added (and the tag, when it made it
 * and no one else carries it).
 */
export function runSalesImport(sqlite: Sqlite, data: ImportJobData, table: ParsedTable, hooks: RunHooks): number {
  const started = Date.now();
  const { sales: map } = splitMapping(data.mapping);
  const order = salesDateOrder(table, map['sale.date'], data.mapping.dateOrders);
  const excelSerial = table.info.format === 'xlsx' || table.info.format === 'xls';
  return sqlite.transaction(() => {
    const customers = new CustomerMatcher(sqlite, data.defaultCountry);
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
    let updated = 0;
    let skipped = 0;
    let invalid = 0;
    let ignored = 0;
    // Opened when the first row changes a stored sale or adds a customer: what undo puts back or removes.
    let journal: Journal | null = null;
    const opened = () => (journal ??= Journal.open(sqlite, 'import', data.undoLabel, data.now));
    const correct = sqlite.prepare('update sales set sold_on = ?, quantity = ?, amount_minor = ?, currency = ? where id = ?');
    // Only what a correction changes is journaled: undo puts back those values, not a link a merge moved since.
    const changedValues = sqlite.prepare('select id, sold_on, quantity, amount_minor, currency from sales where id = ?');
    // Contacts above this id are the customers the import adds: journaled as one range at the end.
    const floor = sqlite.prepare('select coalesce(max(id), 0) from contacts').pluck().get() as number;
    const writer = new ContactWriter(sqlite, data.defaultCountry);
    let added = 0;
    // Found or made when the first customer is added: an import that adds none makes no tag.
    const tags = tagFinder(sqlite, data.now);
    let tagId: number | null = null;
    const total = table.rows.length;
    const lines = new OrderLines(map);
    const headings = new CustomerHeadings(!hasCustomerColumn(map));
    for (let i = 0; i < total; i++) {
      if (i % 500 === 0) {
        if (hooks.cancelled()) throw new ImportCancelled();
        hooks.progress(i, total);
      }
      const row = table.rows[i]!;
      const s = planSale(lines.fill(row), map, table.headers, order, data.currency, customers, excelSerial, headings.of(row));
      lines.takeRefund(s);
      const outcome = saleOutcome(s, stored, data.mode);
      if (outcome.status === 'ignored') ignored++;
      else if (outcome.action === 'none') invalid++;
      if (outcome.action === 'skip') skipped++;
      if (outcome.action === 'none' || outcome.action === 'skip') continue;
      if (outcome.action === 'overwrite' && outcome.changes) {
        // The stored sale keeps its import (undoing that import still removes it); this one's undo puts its values back.
        opened().captured('sales', [changedValues.get(outcome.changes.id) as Record<string, unknown>]);
        correct.run(s.soldOn, s.quantity, s.amountMinor, s.currency, outcome.changes.id);
        updated++;
        continue;
      }
      if (addsCustomer(s, outcome, data.addCustomers)) {
        if (data.tagName !== null) tagId ??= tags.id(data.tagName);
        s.contactId = writer.insert({ ...customerDraft(s.name, s.email, s.phone, s.nameParts), tagIds: tagId === null ? [] : [tagId] }, data.now);
        customers.remember(s.contactId, s.name, s.email, s.phone);
        added++;
      }
      insert.run(s.contactId, s.soldOn, s.customer, s.product, s.quantity, s.amountMinor, s.currency, s.reference, importId, data.now);
      created++;
    }
    if (hooks.cancelled()) throw new ImportCancelled();
    if (added) opened().insertedContacts(floor, sqlite.prepare('select coalesce(max(id), 0) from contacts').pluck().get() as number);
    // Assigned inside opened(), which TypeScript's narrowing does not follow.
    const done = journal as Journal | null;
    done?.finish(added + updated);
    sqlite
      .prepare('update import_batches set total = ?, created = ?, updated = ?, skipped = ?, invalid = ?, ignored = ?, contacts_added = ?, undo_batch_id = ?, tag_id = ?, tag_created = ?, duration_ms = ? where id = ?')
      .run(total, created, updated, skipped, invalid, ignored, added, done?.batchId ?? null, tagId, tagId !== null && tags.made(tagId) ? 1 : 0, Date.now() - started, importId);
    return importId;
  })();
}
