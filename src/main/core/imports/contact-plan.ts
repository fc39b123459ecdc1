import type { ContactDraft, CustomValue } from '../../../shared/contacts/contact.schema';
import type { DuplicateMode } from '../../../shared/contract/imports.contract';
import { applyMapping, columnValues, mappingContext, type MappingContext } from '../../../shared/import-export/apply-mapping';
import { detectDateOrder } from '../../../shared/import-export/dates';
import { fileDecimalMark, type DecimalMark } from '../../../shared/import-export/numbers';
import { saysNothing } from '../../../shared/import-export/no-value';
import { yesNoOf } from '../../../shared/import-export/yes-no';
import type { ContactRecord } from '../../../shared/import-export/contact-record';
import type { RowSource, TableRow } from '../../../shared/import-export/table';
import type { FieldDef } from '../contacts/custom-values';
import type { DuplicateIndex, FileRows, Match } from './duplicate-index';
import type { SplitMapping } from './mapping-input';
import { customCellValue, hasName, recordToDraft, type DraftOptions } from './record-draft';
import { kindFromWord } from './trait-words';
import { NOT_A_RECORD, type RowProblem } from './row-problem';

export type PlannedAction = 'create' | 'skip' | 'fillEmpty' | 'overwrite' | 'importNew' | 'none';

/** What the import will do with one row. */
export interface PlannedRow {
  line: number;
  record: ContactRecord;
  /** null when the row is invalid. */
  draft: ContactDraft | null;
  problems: RowProblem[];
  duplicate: Match | null;
  action: PlannedAction;
}

export interface PlanOptions extends DraftOptions {
  fields: ReadonlyMap<number, FieldDef>;
  duplicates: DuplicateIndex;
  /** The file's rows planned so far that the import creates. */
  fileRows: FileRows;
  mode: DuplicateMode;
  /** Import rows with bad values anyway, without those values (a row without a name never is). */
  keepInvalid?: boolean;
}

/**
 * The parts of planning that depend only on the file and the mapping, worked out once: how the
 * date columns are ordered, custom date fields' among them (asked like the birthday's when
 * ambiguous), and the decimal mark numbers are read with (a workbook's are JavaScript's).
 */
export function contactPlanContext(table: RowSource, mapping: SplitMapping, fields: ReadonlyMap<number, FieldDef>, formats: string | undefined): PlanContext {
  const context = mappingContext(table, mapping.contact);
  for (const c of mapping.custom) if (fields.get(c.fieldId)?.type === 'date') context.dateColumns[c.index] ??= detectDateOrder(columnValues(table.rows, c.index));
  return { ...context, decimalMark: fileDecimalMark(context.excelSerial, formats) };
}

/** What planning works out once per file (contactPlanContext). */
export interface PlanContext extends MappingContext {
  decimalMark: DecimalMark;
}

/** A row mapped and checked, before any draft is built. */
export interface CheckedRow {
  record: ContactRecord;
  custom: Record<string, CustomValue>;
  problems: RowProblem[];
  /** True when the row will not be imported (a problem and invalid rows not kept, or no name, or a totals row). */
  blocked: boolean;
}

/** Problems that keep a row out whatever the person chose for rows with bad values: it names no one (rows that are no record are kept out before). */
const NO_CONTACT = new Set<RowProblem['reason']>(['nameMissing', 'noName']);

/** Maps one row and checks every value (custom fields included); `problemsOnly` as for applyMapping. */
export function checkContactRow(row: TableRow, mapping: SplitMapping, context: PlanContext, options: Pick<PlanOptions, 'fields' | 'keepInvalid'>, problemsOnly = false): CheckedRow {
  const { record, issues } = applyMapping(row, mapping.contact, context, problemsOnly);
  // "个人" or "Privat" where the firm goes says the customer is a private person, of no firm.
  if (record.company && kindFromWord(record.company) === 'person') record.company = '';
  // The row's own list (no copy of it made): the custom fields' and the name's problems join it.
  const problems: RowProblem[] = issues;
  // A row that is no record has nothing more to say of it.
  const notARecord = problems.length ? problems.find((i) => NOT_A_RECORD.has(i.reason)) : undefined;
  if (notARecord) return { record, custom: {}, problems: [notARecord], blocked: true };
  const custom: Record<string, CustomValue> = {};
  for (const c of mapping.custom) {
    const text = (row.cells[c.index] ?? '').trim();
    const field = options.fields.get(c.fieldId);
    // "无" or "/" is no value, but to a yes-or-no field 无 is its no.
    if (!text || !field || (saysNothing(text) && !(field.type === 'yesno' && yesNoOf(text) !== null))) continue;
    const detected = context.dateColumns[c.index];
    const order = mapping.contact.dateOrders[c.index] ?? (detected === 'dmy' || detected === 'mdy' || detected === 'ymd' ? detected : null);
    const v = customCellValue(field, text, { order, excelSerial: context.excelSerial, decimalMark: context.decimalMark });
    if (v.ok) custom[String(field.id)] = v.value;
    else problems.push({ row: row.line, column: c.header, value: text, reason: v.reason });
  }
  // A row of only an email or a phone is named by it: a contact needs a name or a company.
  if (!hasName(record) && !problems.some((p) => p.reason === 'nameMissing')) {
    problems.push({ row: row.line, column: '', value: record.emails[0]?.value ?? record.phones[0]?.value ?? '', reason: 'noName' });
  }
  const blocked = problems.length > 0 && (!options.keepInvalid || problems.some((p) => NO_CONTACT.has(p.reason)));
  return { record, custom, problems, blocked };
}

/**
 * Plans the file's row number `index` (from 0): maps it, checks every value (custom fields
 * included), builds the draft and looks for a stored contact it duplicates, or an earlier row
 * of the file the import creates (the same customer listed twice). Writes nothing.
 */
export function planContactRow(row: TableRow, index: number, mapping: SplitMapping, context: PlanContext, options: PlanOptions): PlannedRow {
  const { record, custom, problems, blocked } = checkContactRow(row, mapping, context, options);
  if (blocked) return { line: row.line, record, draft: null, problems, duplicate: null, action: 'none' };
  const draft = recordToDraft(record, custom, options);
  const stored = options.duplicates.match(draft);
  // A row matching a stored contact is noted as that contact: a later row repeating it (without the email that found it) updates it too.
  const duplicate = stored ?? options.fileRows.repeatedOrNoted(index, draft.emails, draft.phones, record);
  if (stored) options.fileRows.repeatedOrNoted(index, draft.emails, draft.phones, record, stored.id);
  const action: PlannedAction = duplicate ? options.mode : 'create';
  return { line: row.line, record, draft, problems, duplicate, action };
}
