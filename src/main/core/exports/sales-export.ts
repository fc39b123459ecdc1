import { statSync } from 'node:fs';
import type { z } from 'zod';
import type { ExportResult, SalesExportInput } from '../../../shared/contract/exports.contract';
import type { ExportColumn, ExportRow } from '../../../shared/import-export/export-column';
import type { Selectable } from 'kysely';
import type { ServiceContext } from '../context';
import type { SalesTable } from '../db/schema';
import { filesFor } from '../files/file-registry';
import { decimalComma, lostCharacters, writeCsv } from '../import-export/write-csv';
import { writeXlsx } from '../import-export/write-xlsx';
import { importsText } from '../imports/imports-text';
import { fractionDigits } from '../imports/sales-plan';

type Input = z.output<typeof SalesExportInput>;

/** A sale as the table holds it, with its contact's name and email and its import's name (null when none). */
type SaleRow = Pick<Selectable<SalesTable>, 'id' | 'sold_on' | 'reference' | 'customer' | 'product' | 'quantity' | 'amount_minor' | 'currency'> & {
  display_name: string | null;
  company_name: string | null;
  primary_email: string | null;
  import_name: string | null;
};

/** Sales read per query, in date order: the export never holds more than this many. */
const PAGE = 2000;

/** The sales of the period in date order, a page at a time (by date and id, so no page repeats a sale). */
function* salesInPeriod(ctx: ServiceContext, from: string, to: string): Generator<SaleRow> {
  const page = ctx.sqlite.prepare<[string, string, string, number], SaleRow>(
    `select s.id, s.sold_on, s.reference, s.customer, s.product, s.quantity, s.amount_minor, s.currency,
            c.display_name, c.company_name, c.primary_email, b.name as import_name
     from sales s left join contacts c on c.id = s.contact_id left join import_batches b on b.id = s.import_id
     where s.sold_on >= ? and s.sold_on <= ? and (s.sold_on, s.id) > (?, ?)
     order by s.sold_on, s.id limit ${PAGE}`,
  );
  let after: [string, number] = ['', 0];
  for (;;) {
    const rows = page.all(from, to, ...after);
    yield* rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = [last.sold_on, last.id];
  }
}

/** An amount's number format in a workbook: thousands grouped, the currency's decimals shown ("#,##0.00"; "#,##0" for yen). */
function moneyFormat(currency: string): string {
  const digits = fractionDigits(currency) ?? 2;
  return digits ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
}

/**
 * Writes every sale of the period (all when open) to a new XLSX or CSV file with its customer as
 * stored now (name, company, email; the file's own name for one linked to no contact), its order
 * number, the product, quantity and amount as numbers in the sale's currency, and the import it
 * came with.
 * The headers are the ones the sales import recognises, so the file can be imported again.
 */
export async function exportSales(ctx: ServiceContext, input: Input): Promise<ExportResult> {
  const t = importsText(ctx.locale, ctx.formats);
  const field = (f: string) => t(`imports.salesFields.${f}`);
  const columns: ExportColumn[] = [
    { key: 'date', header: field('date'), type: 'date' },
    { key: 'reference', header: field('reference') },
    { key: 'customer', header: field('customer') },
    { key: 'company', header: t('imports.exportColumns.company') },
    { key: 'email', header: field('email') },
    { key: 'product', header: field('product') },
    { key: 'quantity', header: field('quantity'), type: 'number' },
    { key: 'amount', header: field('amount'), type: 'number', numFmt: (row) => moneyFormat(String(row.currency)) },
    { key: 'currency', header: field('currency') },
    { key: 'import', header: t('imports.export.salesImport') },
  ];
  const comma = input.format === 'csv' && decimalComma(ctx.formats, input.delimiter);
  const number = (n: number): number | string => (comma ? String(n).replace('.', ',') : n);
  const rows = function* (): Generator<ExportRow> {
    for (const s of salesInPeriod(ctx, input.from ?? '0000-01-01', input.to ?? '9999-12-31')) {
      yield {
        date: s.sold_on,
        reference: s.reference,
        customer: s.display_name ?? s.customer,
        company: s.company_name && s.company_name !== s.display_name ? s.company_name : '',
        email: s.primary_email ?? '',
        product: s.product,
        quantity: number(s.quantity),
        amount: number(s.amount_minor / 10 ** (fractionDigits(s.currency) ?? 2)),
        currency: s.currency,
        import: s.import_name ?? '',
      };
    }
  };
  const name = t('imports.kinds.sales');
  const file = filesFor(ctx).create(`${name}-${ctx.now().toISOString().slice(0, 10)}.${input.format}`);
  const unencodable = new Set<string>();
  try {
    const count =
      input.format === 'xlsx'
        ? await writeXlsx(file.path, columns, rows(), { sheetName: name })
        : await writeCsv(file.path, columns, rows(), { encoding: input.csvEncoding, delimiter: input.delimiter, unencodable });
    return { fileId: file.id, fileName: file.name, rows: count, bytes: statSync(file.path).size, ...lostCharacters(unencodable) };
  } catch (err) {
    filesFor(ctx).remove(file.id);
    throw err;
  }
}
