import { z } from 'zod';
import { method } from './define';
import { PRESET_IDS } from '../import-export/mapping';
import { ISSUE_REASONS } from '../import-export/value-issue';
import { ExportResult } from './exports.contract';

/** What is imported: contacts, or sales records linked to contacts. */
export const ImportKind = z.enum(['contacts', 'sales']);
export type ImportKind = z.infer<typeof ImportKind>;

/** What happens to a row that matches a stored contact (same email, phone, or name and company). */
export const DuplicateMode = z.enum(['skip', 'fillEmpty', 'overwrite', 'importNew']);
export type DuplicateMode = z.infer<typeof DuplicateMode>;

/** The fields a sales file's columns can fill. */
export const SALES_TARGETS = ['sale.date', 'sale.reference', 'sale.customer', 'sale.givenName', 'sale.familyName', 'sale.email', 'sale.phone', 'sale.product', 'sale.variant', 'sale.quantity', 'sale.unitPrice', 'sale.amount', 'sale.refunded', 'sale.currency', 'sale.status', 'sale.direction', 'sale.type'] as const;
export type SalesTarget = (typeof SALES_TARGETS)[number];

/** A column's target that keeps it in a new custom field named after its header, made by the import. */
export const NEW_FIELD_TARGET = 'newField';

/** The types a custom field the import makes can have; a choice field's options are the column's values. */
export const NewFieldType = z.enum(['text', 'number', 'date', 'yesno', 'choice']);
export type NewFieldType = z.infer<typeof NewFieldType>;

const DateOrder = z.enum(['ymd', 'dmy', 'mdy']);

/**
 * Where each column goes. Targets are the contact fields of src/shared/import-export/fields.ts,
 * `custom:<fieldId>` for a custom field, NEW_FIELD_TARGET for a new one, or a SalesTarget; the
 * service checks them.
 */
export const MappingInput = z.object({
  columns: z
    .array(
      z.object({
        index: z.number().int().min(0),
        header: z.string(),
        target: z.string().max(100).nullable(),
        labelColumn: z.number().int().min(0).optional(),
        group: z.number().int().optional(),
        /** For NEW_FIELD_TARGET: the type of the field to make; text when absent. */
        fieldType: NewFieldType.optional(),
      }),
    )
    .max(2000),
  splitFullName: z.boolean().default(true),
  /** The person's answers for ambiguous date columns, by column index. */
  dateOrders: z.record(z.string().regex(/^\d+$/), DateOrder).default({}),
  preset: z.enum(PRESET_IDS).default('generic'),
});
export type MappingInput = z.output<typeof MappingInput>;

const SessionRef = z.object({ sessionId: z.string().min(1).max(64) });

export const OpenImportInput = z.object({
  fileId: z.string().min(1).max(64),
  kind: ImportKind.default('contacts'),
  /** Text files: read with this encoding instead of the detected one. */
  encoding: z.string().max(40).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  sheet: z.string().max(200).optional(),
  /** Apply this saved mapping instead of the automatic one. */
  mappingId: z.number().int().positive().optional(),
});

export const ImportSession = z.object({
  sessionId: z.string(),
  kind: ImportKind,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'xls', 'vcard']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  headers: z.array(z.string()),
  /** The first rows exactly as the file holds them. */
  sample: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  mapping: MappingInput,
  /** Every target a column may be given, in picker order (custom fields as custom:<id>). */
  targets: z.array(z.object({ value: z.string(), label: z.string(), group: z.string() })),
  /** A workbook made by "Export everything": besides importing its first sheet, it can be restored whole (imports.restore). */
  fullExport: z.boolean(),
  /** The kind the file's columns look like when it is not the one chosen (an order list opened as contacts); null otherwise. */
  looksLike: ImportKind.nullable(),
  /** By column index: the type a new custom field for it would best have, when not text (nearly all dates, numbers or yes/no words); never choice. */
  fieldTypes: z.record(z.string(), NewFieldType),
});
export type ImportSession = z.infer<typeof ImportSession>;

/** Rows with a value that cannot be taken: left out, or imported without the bad values. */
export const InvalidRows = z.enum(['skip', 'importValid']);
export type InvalidRows = z.infer<typeof InvalidRows>;

export const PreviewInput = SessionRef.extend({
  mapping: MappingInput,
  duplicateMode: DuplicateMode.default('skip'),
  invalidRows: InvalidRows.default('skip'),
  /** Sales: the currency of amounts without one; the office's country's when not given. */
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/).optional(),
  /** Sales: a customer no contact matches becomes a new contact (one for all of their rows). */
  addCustomers: z.boolean().default(true),
});

/** `ignored`: a row that is no record (a sheet's totals, the line it is signed with, a section's heading, a template's example), left out. */
export const RowStatus = z.enum(['new', 'duplicate', 'invalid', 'ignored']);
export const RowAction = z.enum(['create', 'skip', 'fillEmpty', 'overwrite', 'importNew', 'none']);

/** One row of the preview as it will be stored. */
export const PreviewRow = z.object({
  line: z.number().int(),
  status: RowStatus,
  action: RowAction,
  name: z.string(),
  company: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  address: z.string(),
  birthday: z.string(),
  tags: z.array(z.string()),
  /**
   * Sales: date, order number, product, quantity and amount as shown; `storedBy` when the same
   * sale is stored already: the name of the import that brought it ('' for one no import brought).
   */
  sale: z
    .object({
      date: z.string(),
      reference: z.string(),
      product: z.string(),
      quantity: z.number(),
      amount: z.string(),
      storedBy: z.string().nullable(),
      /** The stored sale this row changes (its order line with another date, quantity or amount), as stored; null otherwise. */
      was: z.object({ date: z.string(), quantity: z.number(), amount: z.string() }).nullable(),
      /** The customer is a contact the import adds. */
      newCustomer: z.boolean(),
      /** The customer is no one in particular (散客, Walk-in): the sale is linked to no contact. */
      walkIn: z.boolean(),
    })
    .nullable(),
  duplicateOf: z.object({ id: z.number().int(), name: z.string(), reasons: z.array(z.string()) }).nullable(),
  /** The problems of this row, worded in the person's language. */
  problems: z.array(z.string()),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const PreviewIssue = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  reason: z.enum([...ISSUE_REASONS, 'notAnAmount', 'notAQuantity', 'unknownCurrency', 'customerMissing', 'unknownCustomer', 'notANumber', 'notYesNo', 'notAChoice', 'noName', 'saleTotalsRow', 'saleFooterRow', 'saleUnpaid', 'saleHeadingRow', 'saleCustomerHeading', 'saleCancelled', 'saleNotReceived']),
  message: z.string(),
});
export type PreviewIssue = z.infer<typeof PreviewIssue>;

/** What every row needs a column for: a contact's name; a sale's date, amount and customer (name, email or phone). */
export const RequiredTarget = z.enum(['name', 'sale.date', 'sale.amount', 'sale.customer']);
export type RequiredTarget = z.infer<typeof RequiredTarget>;

export const ImportPreview = z.object({
  /** `ignored`: rows that are no record (RowStatus), counted apart from the invalid ones. */
  counts: z.object({ total: z.number().int(), new: z.number().int(), duplicate: z.number().int(), invalid: z.number().int(), ignored: z.number().int() }),
  rows: z.array(PreviewRow),
  /** Duplicate rows (up to 200) so the person sees what each will do. */
  duplicates: z.array(PreviewRow),
  /** Every problem, up to 1,000; `issueTotal` counts all. */
  issues: z.array(PreviewIssue),
  issueTotal: z.number().int(),
  /** Date columns whose order the file does not tell: the person must choose. */
  ambiguousDates: z.array(z.object({ index: z.number().int(), header: z.string(), examples: z.array(z.string()) })),
  /** What no column is imported as yet but every row needs: nothing is planned until it is chosen. */
  unmapped: z.array(RequiredTarget),
  /** Sales: the currency amounts without one are read in (the one asked for, else the one the amount's header names, else the office's). */
  currency: z.string(),
  /** Sales: the header that named that currency ("金额(元)"), when it came from one. */
  currencyHeader: z.string().nullable(),
  /** Sales: the customers no contact matches, which the import adds as contacts when asked. */
  newCustomers: z.number().int(),
  /** Sales: the rows that change a stored sale (its order line with another date, quantity or amount), among the duplicates. */
  changedSales: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const StartImportInput = PreviewInput.extend({
  /** The batch name, shown in the import history and used as the tag. */
  name: z.string().trim().min(1).max(100),
  tagWithName: z.boolean().default(true),
});

export const ImportRecord = z.object({
  id: z.number().int(),
  kind: ImportKind,
  name: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  invalid: z.number().int(),
  /** Rows that were no record (a sheet's totals, the line it is signed with, a section's heading, a template's example), left out. */
  ignored: z.number().int(),
  durationMs: z.number().int(),
  /** A sales import: the customers it added as contacts. */
  contactsAdded: z.number().int(),
  /** False for a contacts import brought back by a restore: its undo batch stayed in the data file it was made in. */
  undoable: z.boolean(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

/** What restoring a full export brought back: the rows of each table, and the undo batch that takes them away again. */
export const RestoreResult = z.object({
  file: z.string(),
  tables: z.array(z.object({ table: z.string(), rows: z.number().int() })),
  undoBatchId: z.number().int(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

/**
 * An import just undone: `movedToTrash` of the contacts it added had been worked on since, and
 * went to the trash instead of away; `leftAsTheyAre` of those it updated had been changed since,
 * and kept their current details.
 */
export const ImportUndone = ImportRecord.extend({ movedToTrash: z.number().int(), leftAsTheyAre: z.number().int() });
export type ImportUndone = z.infer<typeof ImportUndone>;

export const ImportJob = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  processed: z.number().int(),
  total: z.number().int(),
  rowsPerSecond: z.number(),
  result: ImportRecord.nullable(),
  /** Why it failed, in the person's language; the database is unchanged. */
  error: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

/** A mapping kept by name: by header text, so it fits the next file with the same headers. */
export const SavedColumns = z.object({
  version: z.literal(1),
  preset: z.enum(PRESET_IDS),
  splitFullName: z.boolean(),
  columns: z.array(
    z.object({
      header: z.string(),
      /** Which of several same-named headers (0 = first). */
      occurrence: z.number().int().min(0),
      target: z.string().nullable(),
      labelHeader: z.string().optional(),
      group: z.number().int().optional(),
      dateOrder: DateOrder.optional(),
      fieldType: NewFieldType.optional(),
    }),
  ),
});
export type SavedColumns = z.infer<typeof SavedColumns>;

export const StoredMapping = z.object({ id: z.number().int(), kind: ImportKind, name: z.string(), mapping: SavedColumns, updatedAt: z.string() });
export type StoredMapping = z.infer<typeof StoredMapping>;

const JobRef = z.object({ jobId: z.string().min(1).max(64) });

export const importsContract = {
  /** Reads a registered file (picked or uploaded) and maps its columns automatically. */
  'imports.open': method(OpenImportInput, ImportSession),
  /** What the import would do, row by row, without writing anything. */
  'imports.preview': method(PreviewInput, ImportPreview),
  /** The rows the preview finds problems in, with their problems beside them, as a workbook to correct and import again. */
  'imports.problemRows': method(PreviewInput, ExportResult),
  /** Starts writing in the background (one transaction); follow it with imports.progress. */
  'imports.start': method(StartImportInput, ImportJob),
  'imports.progress': method(JobRef, ImportJob),
  /** Stops a running import; the database stays exactly as it was. */
  'imports.cancel': method(JobRef, ImportJob),
  /** Forgets an opened file's rows (the person left the screen). */
  'imports.close': method(SessionRef, z.object({ closed: z.boolean() })),
  /** Brings back everything a full export holds, into a data file without records; one transaction, one undo batch. */
  'imports.restore': method(SessionRef, RestoreResult),
  'imports.history': method(z.object({ limit: z.number().int().min(1).max(200).default(50) }), z.array(ImportRecord)),
  /** Removes the contacts an import created and puts back the fields it changed, in one transaction. */
  'imports.undo': method(z.object({ importId: z.number().int().positive() }), ImportUndone),
  'imports.mappings': method(z.object({ kind: ImportKind.default('contacts') }), z.array(StoredMapping)),
  /** Keeps a mapping under a name (replacing one of the same name) for the next file. */
  'imports.saveMapping': method(SessionRef.extend({ name: z.string().trim().min(1).max(100), mapping: MappingInput }), StoredMapping),
  'imports.deleteMapping': method(z.object({ id: z.number().int().positive() }), z.object({ count: z.number().int() })),
};
