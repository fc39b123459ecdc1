import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import type { RowSource } from '../../../shared/import-export/table';
import type { Sqlite } from '../db/connection';
import { homeCountry, prepareContact, type PreparedContact } from '../contacts/prepared-contact';
import { lineLabel, normalizePhone } from '../contacts/phone';
import { contactPlanContext, planContactRow, type PlannedAction, type PlannedRow } from './contact-plan';
import { DuplicateIndex, FileRows } from './duplicate-index';
import type { ImportJobData } from './job-data';
import { splitMapping } from './mapping-input';
import { isNoRecord } from './row-problem';

/**
 * What the writer does with one row of a contacts file, worked out from the file and the stored
 * contacts alone: plain data, so the planning may run in a thread of its own.
 */
export interface ContactStep {
  /** The row had a problem (counted as invalid, whether it is imported or not). */
  invalid: boolean;
  /** The row is no record (a sheet's totals, a template's example): left out, counted apart from the invalid ones. */
  ignored?: true;
  action: PlannedAction;
  /** Tag names the row brings (the batch tag is added by the writer). */
  tags: string[];
  /** Names of the groups the row puts the contact in. */
  groups: string[];
  /** Ids of the custom fields the row writes. */
  fields: number[];
  /** The staff member the row names as the contact's owner (the writer finds or adds them). */
  owner?: string;
  /** 'create' and 'importNew': the contact, ready to insert. */
  prepared?: PreparedContact;
  /**
   * 'fillEmpty' and 'overwrite': the row's draft and the stored contact it updates, or (a
   * negative id, see fileRowId) the earlier row of the file whose new contact it updates.
   */
  draft?: ContactDraft;
  duplicateId?: number;
}

export type StepOptions = Pick<ImportJobData, 'mapping' | 'mode' | 'keepInvalid' | 'defaultCountry' | 'formats' | 'extras' | 'fields'>;

/** A row's phones labelled by their column's name only, a mobile's or one of no use, by index: stored as their line is (lineLabel). */
const columnLabelled = (plan: PlannedRow) => (i: number) => plan.record.phones[i]?.lineDecides === true;

/** A row's phones with the labels their lines give them, as a new contact's are stored. */
function byLine(plan: PlannedRow, draft: ContactDraft, country: string): ContactDraft['phones'] {
  const home = homeCountry(draft);
  const relabel = columnLabelled(plan);
  return draft.phones.map((p, i) => (relabel(i) ? { ...p, label: lineLabel(p.label, normalizePhone(p.value, country, home)) } : p));
}

function stepOf(plan: PlannedRow, options: StepOptions, fields: ReadonlyMap<number, ImportJobData['fields'][number]>): ContactStep {
  if (isNoRecord(plan.problems)) return { invalid: false, ignored: true, action: 'none', tags: [], groups: [], fields: [] };
  const invalid = plan.problems.length > 0;
  const { draft, action } = plan;
  if (!draft || action === 'none' || action === 'skip') return { invalid, action, tags: [], groups: [], fields: [] };
  const used = Object.keys(draft.custom ?? {}).map(Number);
  const owner = plan.record.owner.trim();
  const step: ContactStep = { invalid, action, tags: plan.record.tags, groups: plan.record.groups, fields: used, ...(owner ? { owner } : {}) };
  if (action === 'create' || action === 'importNew') step.prepared = prepareContact(draft, options.defaultCountry, fields, [], columnLabelled(plan));
  else Object.assign(step, { draft: { ...draft, phones: byLine(plan, draft, options.defaultCountry) }, duplicateId: plan.duplicate!.id });
  return step;
}

/**
 * Plans every row of a contacts file against the stored contacts: maps and checks it, finds the
 * contact it duplicates and prepares what is new. Reads the stored contacts on the first step,
 * so a caller inside the import's transaction plans against what that transaction sees.
 */
export function* planContactSteps(sqlite: Sqlite, table: RowSource, options: StepOptions): Generator<ContactStep> {
  const mapping = splitMapping(options.mapping);
  const fields = new Map(options.fields.map((f) => [f.id, f]));
  const context = contactPlanContext(table, mapping, fields, options.formats);
  const duplicates = new DuplicateIndex(sqlite, options.defaultCountry);
  const planOptions = { fields, duplicates, fileRows: new FileRows(options.defaultCountry), mode: options.mode, defaultCountry: options.defaultCountry, formats: options.formats, extras: options.extras, keepInvalid: options.keepInvalid };
  let index = 0;
  for (const row of table.rows) yield stepOf(planContactRow(row, index++, mapping, context, planOptions), options, fields);
}
