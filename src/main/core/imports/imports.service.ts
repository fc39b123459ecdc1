import type { z } from 'zod';
import type {
  DuplicateMode,
  ImportKind,
  InvalidRows,
  ImportPreview,
  ImportSession,
  MappingInput,
  PreviewIssue,
  PreviewRow,
  StoredMapping,
  OpenImportInput,
  NewFieldType,
} from '../../../shared/contract/imports.contract';
import { NEW_FIELD_TARGET, SavedColumns } from '../../../shared/contract/imports.contract';
import { autoMap, unknownColumns } from '../../../shared/import-export/auto-map';
import { isHanName } from '../../../shared/import-export/name-split';
import { footerRow, sectionHeading, TEMPLATE_ROWS, templateRow } from '../../../shared/import-export/apply-mapping';
import type { RowSource, TableRow } from '../../../shared/import-export/table';
import { formatAddressLines, usesChineseOrder } from '../../../shared/address/format-address';
import { toPostalAddress, type StoredAddress } from '../../../shared/address/postal-address';
import { isoNow, type ServiceContext } from '../context';
import { AppError } from '../errors';
import { loadFieldDefs } from '../custom-fields/custom-fields.service';
import { filesFor } from '../files/file-registry';
import { getSettings } from '../settings/settings.service';
import { displayPhone, extensionWriter, lineLabel, normalizePhone } from '../contacts/phone';
import type { Locale } from '../../../shared/contract/settings.contract';
import { homeCountry } from '../contacts/prepared-contact';
import { ownExportMapping } from '../exports/export-headers';
import { checkContactRow, contactPlanContext, planContactRow, type PlannedRow } from './contact-plan';
import { DuplicateIndex, FileRows, fileRowIndex } from './duplicate-index';
import { addSession, closeSession, getSession, readSessionTable, sessionTable, type SessionTable } from './import-sessions';
import type { ReadOptions } from '../import-export/read-import-file';
import { importsText } from './imports-text';
import { splitMapping, toMappingInput } from './mapping-input';
import { fieldsForImport, keepUnknownColumns, keepUnreadValues, withChoices, withPlannedFields } from './new-fields';
import { guessFieldTypes } from './field-type-guess';
import { fileDecimalMark } from '../../../shared/import-export/numbers';
import { isNoRecord, problemText, type RowProblem } from './row-problem';
import { autoMapSales, CustomerHeadings, CustomerMatcher, hasCustomerColumn, headerCurrency, looksLikeSales, OrderLines, planSale, salesDateOrder, type PlannedSale } from './sales-plan';
import { saleOutcome, StoredSales, type SaleOutcome } from './stored-sales';
import { hasCjk } from '../../../shared/contacts/cjk';
import { addsCustomer } from './sales-customer';
import { fromSavedColumns, toSavedColumns } from './saved-mapping';
import { unmappedRequired } from './required-columns';
import { isFullExport } from './restore-everything';
import { targetOptions } from './target-options';
import { isProblemColumn } from './problem-columns';
import { readColumnsByValues } from './columns-by-values';

const SAMPLE_ROWS = 5;
/** The rows an unknown column is looked at in for values worth a new field (keepUnknownColumns). */
const HEAD_ROWS = 1000;
const PREVIEW_ROWS = 20;
const MAX_DUPLICATES = 200;
const MAX_ISSUES = 1000;

/**
 * The automatic mapping of a file: our own export's headers, else the presets; custom fields by
 * their name, and other columns with values in the file's `head` kept in new custom fields.
 * Columns whose header does not say what they hold are read by their values, phone numbers in
 * the office's `country`.
 */
function automaticMapping(kind: ImportKind, headers: readonly string[], customFields: { id: number; label: string }[], head: readonly string[][], fieldTypes: Record<string, NewFieldType>, country: string, labelled: readonly string[] = []): MappingInput {
  if (kind === 'sales') {
    const targets = autoMapSales(headers);
    return { columns: headers.map((header, index) => ({ index, header, target: targets[index] ?? null })), splitFullName: false, dateOrders: {}, preset: 'generic' };
  }
  const own = ownExportMapping(headers, customFields);
  const mapping = own?.mapping ?? toMappingInput(autoMap(headers));
  if (!own) {
    const byLabel = new Map(customFields.map((f) => [f.label.toLowerCase(), f.id]));
    for (const c of mapping.columns) if (!c.target && byLabel.has(c.header.toLowerCase())) c.target = `custom:${byLabel.get(c.header.toLowerCase())}`;
  }
  keepUnknownColumns(mapping, own?.unknown ?? unknownColumns(headers), head, new Set(labelled));
  readColumnsByValues(mapping, head, country);
  for (const c of mapping.columns) if (c.target === NEW_FIELD_TARGET && fieldTypes[c.index]) c.fieldType = fieldTypes[c.index];
  // A column of the tier or a date whose values cannot be read as one is kept as text, as written.
  keepUnreadValues(mapping, head);
  // A file of rows to correct, saved from a preview, carries their row numbers and problems: not the contacts'.
  for (const c of mapping.columns) if (isProblemColumn(c.header)) c.target = null;
  return mapping;
}

async function storedMapping(ctx: ServiceContext, id: number): Promise<StoredMapping> {
  const row = await ctx.db.selectFrom('import_mappings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'imports.mappingNotFound');
  return { id: row.id, kind: row.kind as ImportKind, name: row.name, mapping: SavedColumns.parse(JSON.parse(row.mapping)), updatedAt: row.updated_at };
}

function firstRows(rows: Iterable<TableRow>, count: number): TableRow[] {
  const out: TableRow[] = [];
  for (const r of rows) {
    if (out.length >= count) break;
    out.push(r);
  }
  return out;
}

/** How many of a table's columns the automatic mapping knows, as contacts or as sales records. */
function knownColumns(kind: ImportKind, headers: readonly string[]): number {
  return kind === 'sales' ? autoMapSales(headers).filter(Boolean).length : autoMap(headers).columns.filter((c) => c.target).length;
}

/**
 * A workbook opened without a sheet named: its first sheet whose columns the mapping knows two of,
 * so a template's sheet of instructions in front of the list ("填写说明") is passed over; the
 * first sheet when none is. `read.sheet` is set to the sheet taken.
 */
async function sheetWithRecords(path: string, read: ReadOptions, kind: ImportKind): Promise<SessionTable> {
  const first = await readSessionTable(path, read);
  const sheets = first.info.sheets ?? [];
  if (sheets.length < 2 || knownColumns(kind, first.headers) >= 2) return first;
  for (const sheet of sheets.slice(1)) {
    const table = await readSessionTable(path, { ...read, sheet }).catch(() => null);
    if (table && knownColumns(kind, table.headers) >= 2) {
      read.sheet = sheet;
      return table;
    }
  }
  return first;
}

/**
 * Reads a registered file for import and maps its columns automatically (or by a saved mapping).
 * A file that cannot be read throws a FileReadError naming what and where.
 */
export async function openImport(ctx: ServiceContext, input: z.output<typeof OpenImportInput>): Promise<ImportSession> {
  const file = filesFor(ctx).get(input.fileId);
  const read: ReadOptions = { ...(input.encoding ? { encoding: input.encoding } : {}), ...(input.delimiter ? { delimiter: input.delimiter } : {}), ...(input.sheet ? { sheet: input.sheet } : {}) };
  const table = read.sheet === undefined ? await sheetWithRecords(file.path, read, input.kind) : await readSessionTable(file.path, read);
  const fields = [...(await loadFieldDefs(ctx)).values()].map((f) => ({ id: f.id, label: f.label }));
  // A template's example and notes on filling in, a short list's totals and signature line below
  // it, and the headings of its sections are no values to read the columns by, nor to show as examples.
  const head = firstRows(table.rows, HEAD_ROWS)
    .filter((r, i) => (i >= TEMPLATE_ROWS || !templateRow(r.cells)) && !footerRow(r.cells) && !sectionHeading(r.cells))
    .map((r) => r.cells);
  const workbook = table.info.format === 'xlsx' || table.info.format === 'xls';
  const fieldTypes = input.kind === 'contacts' ? guessFieldTypes(table.headers.length, head, fileDecimalMark(workbook, ctx.formats ?? ctx.locale)) : {};
  const { defaultCountry } = await getSettings(ctx);
  let mapping = automaticMapping(input.kind, table.headers, fields, head, fieldTypes, defaultCountry, table.info.labelled);
  if (input.mappingId) mapping = fromSavedColumns(table.headers, (await storedMapping(ctx, input.mappingId)).mapping, mapping);
  const session = addSession({ dataFile: ctx.dataFile, kind: input.kind, fileId: file.id, filePath: file.path, fileName: file.name, read, table });
  const info = table.info;
  return {
    sessionId: session.id,
    kind: input.kind,
    fileName: file.name,
    format: info.format,
    encoding: info.encoding ?? null,
    delimiter: info.delimiter ?? null,
    sheet: info.sheet ?? null,
    sheets: info.sheets ?? [],
    headers: table.headers,
    sample: head.slice(0, SAMPLE_ROWS),
    rowCount: table.rowCount,
    mapping,
    targets: targetOptions(input.kind, fields, importsText(ctx.locale, ctx.formats)),
    fullExport: info.format === 'xlsx' && isFullExport(info.sheets ?? []),
    looksLike: otherKind(input.kind, table.headers),
    fieldTypes,
  };
}

/**
 * The kind a file looks like when it is not the one chosen: sales records opened as contacts (a
 * date, amount and product column), or contacts opened as sales records (none of a sale's date
 * and amount columns, but a name and a phone or email); null otherwise.
 */
function otherKind(kind: ImportKind, headers: readonly string[]): ImportKind | null {
  if (kind === 'contacts') return looksLikeSales(headers) ? 'sales' : null;
  const sales = new Set(autoMapSales(headers));
  if (sales.has('sale.date') || sales.has('sale.amount') || sales.has('sale.unitPrice')) return null;
  const targets = new Set(autoMap(headers).columns.map((c) => c.target?.split('.')[0]));
  return (targets.has('fullName') || targets.has('givenName') || targets.has('familyName') || targets.has('company')) && (targets.has('phone') || targets.has('email')) ? 'contacts' : null;
}

/** The name as the contact list will show it: a Chinese family name known alone with its form of address or title (张先生, 王总). */
const personName = (p: PlannedRow) => {
  const r = p.record;
  const given = p.draft?.givenName ?? r.givenName;
  const family = p.draft?.familyName ?? r.familyName;
  if (!given && !family) return r.fullName || r.company;
  const prefix = p.draft?.namePrefix ?? '';
  if (isHanName(family + given)) return given ? `${family}${given}` : family + (hasCjk(prefix) ? prefix : '');
  return [given, family].filter(Boolean).join(' ');
};

/**
 * What importing would do, without writing: every row planned (mapped, checked, matched against
 * stored contacts), counted, the first rows shown as they will be stored and every problem
 * worded in the person's language.
 */
export async function previewImport(
  ctx: ServiceContext,
  input: { sessionId: string; mapping: MappingInput; duplicateMode: DuplicateMode; invalidRows: InvalidRows; currency?: string | undefined; addCustomers: boolean },
  /** Hears every row's problems, past the ones listed too (problem-rows.ts). */
  onProblems?: (problems: readonly RowProblem[]) => void,
): Promise<ImportPreview> {
  const session = getSession(ctx.dataFile, input.sessionId);
  const t = importsText(ctx.locale, ctx.formats);
  const table = await sessionTable(session);
  const stored = [...(await loadFieldDefs(ctx)).values()];
  // The fields the import would make, by stand-in ids: their columns are checked in their types.
  const custom = session.kind === 'contacts' ? fieldsForImport(input.mapping, stored, (f) => t(`importExport.fields.${f}`)) : null;
  const planned = custom ? withPlannedFields({ mapping: custom.mapping, extras: custom.extras, fields: stored }, withChoices(custom.newFields, table.rows)) : null;
  const mapping = splitMapping(planned?.mapping ?? input.mapping);
  const counts = { total: table.rowCount, new: 0, duplicate: 0, invalid: 0, ignored: 0 };
  const rows: PreviewRow[] = [];
  const duplicates: PreviewRow[] = [];
  const issues: PreviewIssue[] = [];
  let issueTotal = 0;
  const note = (problems: RowProblem[]) => {
    issueTotal += problems.length;
    if (onProblems && problems.length) onProblems(problems);
    for (const p of problems) if (issues.length < MAX_ISSUES) issues.push({ ...p, message: problemText(p, t) });
  };
  const nameOf = ctx.sqlite.prepare('select display_name from contacts where id = ?').pluck();
  const ambiguousDates: ImportPreview['ambiguousDates'] = [];
  const { defaultCountry } = await getSettings(ctx);
  // Amounts without a currency are in the one the person gave, else the one the amount's header
  // names ("金额(元)"), else the office's: as the import reads them.
  const fromHeader = input.currency || session.kind !== 'sales' ? null : headerCurrency(table.headers, mapping.sales);
  const currency = input.currency ?? fromHeader?.currency ?? currencyOf(defaultCountry);
  const currencyHeader = fromHeader?.header ?? null;
  // Until every row's must-have has a column, planning would only call each row invalid for it.
  const unmapped = await unmappedRequired(session.kind, mapping, async () => table.rows);
  if (unmapped.length) return { counts, rows, duplicates, issues, issueTotal, ambiguousDates, unmapped, currency, currencyHeader, newCustomers: 0, changedSales: 0 };

  if (session.kind === 'sales') {
    const order = salesDateOrder(table, mapping.sales['sale.date'], input.mapping.dateOrders);
    const dateCol = mapping.sales['sale.date'];
    if (order === 'ambiguous' && dateCol !== undefined) ambiguousDates.push(dateExamples(table, dateCol));
    const customers = new CustomerMatcher(ctx.sqlite, defaultCountry);
    const excelSerial = table.info.format === 'xlsx' || table.info.format === 'xls';
    const stored = new StoredSales(ctx.sqlite);
    // The customers the import would add, by stand-in ids below zero: their later rows match them.
    let newCustomers = 0;
    let changedSales = 0;
    const lines = new OrderLines(mapping.sales);
    const headings = new CustomerHeadings(!hasCustomerColumn(mapping.sales));
    for (const row of table.rows) {
      const s = planSale(lines.fill(row), mapping.sales, table.headers, order, currency, customers, excelSerial, headings.of(row));
      lines.takeRefund(s);
      const outcome = saleOutcome(s, stored, input.duplicateMode);
      // Counted whether or not the person lets the import add them: the screen offers it with the count.
      if (addsCustomer(s, outcome, true)) {
        s.contactId = -++newCustomers;
        customers.remember(s.contactId, s.name, s.email, s.phone);
      }
      counts[outcome.status]++;
      if (outcome.changes) changedSales++;
      note(s.problems);
      const shown = rows.length < PREVIEW_ROWS || (outcome.status === 'duplicate' && duplicates.length < MAX_DUPLICATES) ? saleRow(s, outcome, input.addCustomers, t, ctx.formats ?? ctx.locale) : null;
      if (shown && rows.length < PREVIEW_ROWS) rows.push(shown);
      if (shown && outcome.status === 'duplicate' && duplicates.length < MAX_DUPLICATES) duplicates.push(shown);
    }
    return { counts, rows, duplicates, issues, issueTotal, ambiguousDates, unmapped, currency, currencyHeader, newCustomers, changedSales };
  }

  const fields = new Map((planned?.fields ?? stored).map((f) => [f.id, f]));
  const context = contactPlanContext(table, mapping, fields, ctx.formats ?? ctx.locale);
  for (const [index, order] of Object.entries(context.dateColumns)) {
    if (order === 'ambiguous' && !input.mapping.dateOrders[index]) ambiguousDates.push(dateExamples(table, Number(index)));
  }
  const options = { fields, extras: planned?.extras ?? {}, formats: ctx.formats ?? ctx.locale, duplicates: new DuplicateIndex(ctx.sqlite, defaultCountry), fileRows: new FileRows(defaultCountry), mode: input.duplicateMode, defaultCountry, keepInvalid: input.invalidRows === 'importValid' };
  // With nothing stored to match, a row past the shown ones is new or invalid by its checks
  // alone: building its draft would show nothing more.
  const nothingToMatch = options.duplicates.empty;
  // Each row's line, by its index: a later row repeating it is shown as its duplicate.
  const lines = new Int32Array(table.rowCount);
  const named = (id: number) => (id >= 0 ? (nameOf.get(id) as string) : t('imports.earlierRow', { line: lines[fileRowIndex(id)] }));
  let index = -1;
  for (const row of table.rows) {
    lines[++index] = row.line;
    if (nothingToMatch && rows.length >= PREVIEW_ROWS) {
      const checked = checkContactRow(row, mapping, context, options, true);
      // Only the file's own rows can repeat, those the import writes (an invalid row too, when
      // the person keeps them): matched by emails and phones as written, no draft built; a
      // repeat is planned in full below while the list of duplicates has room.
      const repeated = !checked.blocked && options.fileRows.repeatedOrNoted(index, checked.record.emails, checked.record.phones, checked.record) !== null;
      if (!repeated || duplicates.length >= MAX_DUPLICATES) {
        counts[checked.problems.length ? problemStatus(checked.problems) : repeated ? 'duplicate' : 'new']++;
        note(checked.problems);
        continue;
      }
    }
    const plan = planContactRow(row, index, mapping, context, options);
    const status = plan.problems.length ? problemStatus(plan.problems) : plan.duplicate ? 'duplicate' : 'new';
    counts[status]++;
    note(plan.problems);
    if (rows.length < PREVIEW_ROWS || (status === 'duplicate' && duplicates.length < MAX_DUPLICATES)) {
      const shown = contactRow(plan, status, t, named, defaultCountry, ctx.locale);
      if (rows.length < PREVIEW_ROWS) rows.push(shown);
      if (status === 'duplicate' && duplicates.length < MAX_DUPLICATES) duplicates.push(shown);
    }
  }
  return { counts, rows, duplicates, issues, issueTotal, ambiguousDates, unmapped, currency, currencyHeader, newCustomers: 0, changedSales: 0 };
}

/** The status of a row with problems: no record at all, or a record with a value to put right. */
const problemStatus = (problems: readonly RowProblem[]): 'invalid' | 'ignored' => (isNoRecord(problems) ? 'ignored' : 'invalid');

function dateExamples(table: RowSource, index: number) {
  const examples: string[] = [];
  for (const r of table.rows) {
    const v = (r.cells[index] ?? '').trim();
    if (v && !examples.includes(v)) examples.push(v);
    if (examples.length >= 3) break;
  }
  return { index, header: table.headers[index] ?? '', examples };
}

/** An address as the contact page will show it: in its country's format, once it has a country. */
function shownAddress(a: StoredAddress, officeCountry: string, locale: string): string {
  if (!/^[a-z]{2}$/i.test(a.country.trim())) return [a.street, a.postcode, a.city, a.region, a.country].filter(Boolean).join(', ');
  const postal = toPostalAddress(a);
  const lines = formatAddressLines(postal, { senderCountry: officeCountry, countryNameLocale: locale });
  if (!usesChineseOrder(postal)) return lines.join(', ');
  // On one line as Chinese addresses are written: place and street run together, the postcode and a country name apart.
  return lines.reduce((out, line) => (out && !(hasCjk(out.at(-1)!) && hasCjk(line[0]!)) ? `${out} ${line}` : out + line), '');
}

/** A phone or email as the preview shows it: with its label (home, work…), which is stored too. */
const labelled = (value: string, label: string | undefined, t: (k: string, o?: Record<string, unknown>) => string) =>
  label ? t('imports.withLabel', { value, label: t(`labels.${label}`) }) : value;

function contactRow(p: PlannedRow, status: PreviewRow['status'], t: (k: string, o?: Record<string, unknown>) => string, nameOf: (id: number) => string, country: string, locale: Locale): PreviewRow {
  const r = p.record;
  const a = p.draft?.addresses?.[0] ?? r.addresses[0];
  const home = p.draft ? homeCountry(p.draft) : undefined;
  const extension = extensionWriter(locale);
  // A row that is no record is shown by what says so ("合计：2"), once.
  const ignored = status === 'ignored';
  return {
    line: p.line,
    status,
    action: p.action,
    name: ignored ? (p.problems[0]?.value ?? '') : personName(p),
    company: ignored ? '' : r.company,
    phones: r.phones.map((x) => {
      const phone = normalizePhone(x.value, country, home);
      return labelled(displayPhone(phone.value, phone.valid, country, extension), x.lineDecides ? lineLabel(x.label, phone) : x.label, t);
    }),
    emails: (p.draft?.emails ?? r.emails).map((x) => labelled(x.value, x.label, t)),
    address: a ? shownAddress(a, country, locale) : '',
    birthday: r.birthday,
    tags: r.tags,
    sale: null,
    duplicateOf: p.duplicate ? { id: p.duplicate.id, name: nameOf(p.duplicate.id), reasons: p.duplicate.reasons } : null,
    problems: p.problems.map((x) => problemText(x, t)),
  };
}

/** An amount in minor units written as the office writes money ("€1,234.50", "¥1,234.50"). */
function moneyText(minor: number, currency: string, formats: string): string {
  try {
    const money = new Intl.NumberFormat(formats, { style: 'currency', currency });
    const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
    return money.format(minor / 10 ** digits);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}

/** A planned sale as the preview shows it; `formats` as formatLocale gives. */
function saleRow(s: PlannedSale, outcome: SaleOutcome, addCustomers: boolean, t: (k: string, o?: Record<string, unknown>) => string, formats: string): PreviewRow {
  return {
    line: s.line,
    status: outcome.status,
    action: outcome.action,
    name: s.customer,
    company: '',
    phones: [],
    emails: [],
    address: '',
    birthday: '',
    tags: [],
    sale: {
      date: s.soldOn || s.written.date,
      reference: s.reference,
      product: s.product,
      quantity: s.quantity,
      amount: outcome.status === 'ignored' || s.problems.some((p) => p.reason === 'notAnAmount') ? s.written.amount : moneyText(s.amountMinor, s.currency, formats),
      storedBy: outcome.storedBy,
      was: outcome.changes ? { date: outcome.changes.soldOn, quantity: outcome.changes.quantity, amount: moneyText(outcome.changes.amountMinor, outcome.changes.currency, formats) } : null,
      newCustomer: addCustomers && outcome.status !== 'ignored' && s.contactId !== null && s.contactId < 0,
      walkIn: s.walkIn === true,
    },
    duplicateOf: s.contactId !== null && s.contactId >= 0 ? { id: s.contactId, name: s.contactName ?? '', reasons: [] } : null,
    problems: s.problems.map((x) => problemText(x, t)),
  };
}

const CURRENCIES: Record<string, string> = {
  CN: 'CNY', US: 'USD', GB: 'GBP', JP: 'JPY', HK: 'HKD', TW: 'TWD', SG: 'SGD', CH: 'CHF', CA: 'CAD', AU: 'AUD', KR: 'KRW', RU: 'RUB', IN: 'INR',
  SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', NZ: 'NZD', MO: 'MOP',
};
const EURO = new Set(['DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'AT', 'IE', 'PT', 'FI', 'GR', 'LU', 'SK', 'SI', 'EE', 'LV', 'LT', 'MT', 'CY', 'HR']);

/** The currency of the office's country, for amounts written without one. */
export function currencyOf(country: string): string {
  return CURRENCIES[country] ?? (EURO.has(country) ? 'EUR' : 'USD');
}

export function closeImport(ctx: ServiceContext, sessionId: string): { closed: boolean } {
  return { closed: closeSession(ctx.dataFile, sessionId) };
}

/** Saved mappings of one kind, newest first. */
export async function listMappings(ctx: ServiceContext, kind: ImportKind): Promise<StoredMapping[]> {
  const rows = await ctx.db.selectFrom('import_mappings').selectAll().where('kind', '=', kind).orderBy('updated_at', 'desc').execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind as ImportKind, name: row.name, mapping: SavedColumns.parse(JSON.parse(row.mapping)), updatedAt: row.updated_at }));
}

/** Keeps the mapping under its name, replacing one of the same name. */
export async function saveMapping(ctx: ServiceContext, input: { sessionId: string; name: string; mapping: MappingInput }): Promise<StoredMapping> {
  const session = getSession(ctx.dataFile, input.sessionId);
  const json = JSON.stringify(toSavedColumns(input.mapping));
  const now = isoNow(ctx);
  const existing = await ctx.db.selectFrom('import_mappings').select('id').where('kind', '=', session.kind).where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase())).executeTakeFirst();
  let id: number;
  if (existing) {
    await ctx.db.updateTable('import_mappings').set({ mapping: json, name: input.name, updated_at: now }).where('id', '=', existing.id).execute();
    id = existing.id;
  } else {
    id = Number((await ctx.db.insertInto('import_mappings').values({ kind: session.kind, name: input.name, mapping: json, created_at: now, updated_at: now }).executeTakeFirstOrThrow()).insertId);
  }
  return storedMapping(ctx, id);
}

export async function deleteMapping(ctx: ServiceContext, id: number): Promise<{ count: number }> {
  const res = await ctx.db.deleteFrom('import_mappings').where('id', '=', id).executeTakeFirst();
  return { count: Number(res.numDeletedRows) };
}
