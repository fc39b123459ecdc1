import type { ImportKind, RequiredTarget } from '../../../shared/contract/imports.contract';
import { requiredWords } from '../../../shared/import-export/required-words';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { importsText } from './imports-text';
import type { SplitMapping } from './mapping-input';
import { customersInHeadings, hasCustomerColumn } from './sales-plan';
import type { TableRow } from '../../../shared/import-export/table';

/** Contact fields that name someone: a row needs one of them (hasName). */
const NAME_TARGETS = new Set(['fullName', 'givenName', 'familyName', 'company']);

/**
 * What every row of the file needs and no column is imported as: without it each row would only
 * be "invalid" for the same reason, so the screen asks for the column instead. A sales file's
 * rows may name the customers in headings above their sales instead (customersInHeadings).
 * @example unmappedRequired('sales', splitMapping(m), rows) // ['sale.date', 'sale.amount']
 */
export async function unmappedRequired(kind: ImportKind, mapping: SplitMapping, rows: () => Promise<Iterable<TableRow>>): Promise<RequiredTarget[]> {
  if (kind === 'contacts') return mapping.contact.columns.some((c) => c.target && NAME_TARGETS.has(c.target)) ? [] : ['name'];
  const s = mapping.sales;
  const missing: RequiredTarget[] = [];
  if (s['sale.date'] === undefined) missing.push('sale.date');
  if (s['sale.amount'] === undefined && s['sale.unitPrice'] === undefined) missing.push('sale.amount');
  if (!hasCustomerColumn(s) && !customersInHeadings(await rows())) missing.push('sale.customer');
  return missing;
}

/** Refuses to start an import that misses a required column (the screen does not offer it). */
export async function assertMapped(ctx: Pick<ServiceContext, 'locale' | 'formats'>, kind: ImportKind, mapping: SplitMapping, rows: () => Promise<Iterable<TableRow>>): Promise<void> {
  const missing = await unmappedRequired(kind, mapping, rows);
  if (missing.length) throw new AppError('validation', 'imports.columnsMissing', { targets: requiredWords(missing, importsText(ctx.locale, ctx.formats), ctx.locale) });
}
