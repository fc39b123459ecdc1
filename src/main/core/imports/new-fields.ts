import { NEW_FIELD_TARGET, type MappingInput, type NewFieldType } from '../../../shared/contract/imports.contract';
import type { FieldDef } from '../contacts/custom-values';
import type { Sqlite } from '../db/connection';
import { columnLetter } from '../import-export/file-read-error';
import { EXTRA_FIELDS, EXTRA_SOURCE, type ExtraField } from './record-draft';
import { commFromWords, formFromGender, kindFromWord, lifecycleFromWord, tierFromWord } from './trait-words';
import { isNoDate, looksLikeDate } from '../../../shared/import-export/dates';
import { consentColumn } from '../../../shared/import-export/presets';
import { yesNoOf } from '../../../shared/import-export/yes-no';
import { saysNothing } from '../../../shared/import-export/no-value';
import type { TableRow } from '../../../shared/import-export/table';
import { AppError } from '../errors';

/** A custom field an import makes inside its own transaction, and what of the file goes in it. */
export interface NewField {
  label: string;
  /** Text, or the type the person chose for the column (extras are always text). */
  type: NewFieldType;
  /** The record field it keeps (nickname, department, job title, website), if any. */
  extra?: ExtraField;
  /** The columns mapped to it (NEW_FIELD_TARGET). */
  columns: number[];
  /** A choice field's options: its columns' values (withChoices). */
  choices?: string[];
}

/** What an import's planning and writing need to know of custom fields. */
interface FieldOptions {
  mapping: MappingInput;
  extras: Partial<Record<ExtraField, number>>;
  fields: FieldDef[];
}

/** A header as a field's name: as the header reads, within a name's 100 characters. */
const fieldLabel = (header: string): string => header.trim().slice(0, 100);

/**
 * The custom fields an import keeps its extra record fields and its new-field columns in: a
 * stored field of the same name (in any case) and type is used; the others are to be made by the
 * import in its transaction (makeFields), so that cancelling or undoing it leaves none behind.
 * @returns the mapping with columns of stored fields pointing at them, the stored extras' ids, the fields to make
 */
export function fieldsForImport(mapping: MappingInput, stored: readonly FieldDef[], extraLabel: (f: ExtraField) => string): { mapping: MappingInput; extras: Partial<Record<ExtraField, number>>; newFields: NewField[] } {
  const storedOf = (label: string, type: NewFieldType) => stored.find((f) => f.type === type && f.label.toLowerCase() === label.toLowerCase())?.id;
  const targets = new Set(mapping.columns.map((c) => c.target));
  const extras: Partial<Record<ExtraField, number>> = {};
  const newFields: NewField[] = [];
  const made = (label: string, type: NewFieldType) => newFields.find((f) => f.type === type && f.label.toLowerCase() === label.toLowerCase());
  // A birthday in parts whose year is empty is kept without it, as one of a birthday column.
  if (targets.has('birthMonth') || targets.has('birthDay')) targets.add('birthday');
  for (const extra of EXTRA_FIELDS) {
    if (!targets.has(EXTRA_SOURCE[extra])) continue;
    const label = extraLabel(extra);
    const id = storedOf(label, 'text');
    if (id !== undefined) extras[extra] = id;
    else newFields.push({ label, type: 'text', extra, columns: [] });
  }
  const columns = mapping.columns.map((c) => {
    if (c.target !== NEW_FIELD_TARGET) return c;
    const label = fieldLabel(c.header);
    if (!label) return { ...c, target: null };
    const type = c.fieldType ?? 'text';
    const id = storedOf(label, type);
    if (id !== undefined) return { ...c, target: `custom:${id}` };
    const field = made(label, type);
    if (field) field.columns.push(c.index);
    else newFields.push({ label, type, columns: [c.index] });
    return c;
  });
  return { mapping: { ...mapping, columns }, extras, newFields };
}

/** The most options a choice field has, and the longest one (as Settings allows). */
const MAX_CHOICES = 200;
const MAX_CHOICE_LENGTH = 100;

/**
 * The fields with a choice field's options filled in: its columns' values in the whole file, in
 * the order they first appear, one spelling each whatever the case ("Nord", "nord" → "Nord").
 * A column with more values than a choice field can offer is refused by name: it is kept as text.
 * @throws AppError validation imports.tooManyChoices
 */
export function withChoices(fields: readonly NewField[], rows: Iterable<TableRow>): NewField[] {
  const choosing = fields.filter((f) => f.type === 'choice');
  if (!choosing.length) return [...fields];
  const found = new Map(choosing.map((f) => [f, new Map<string, string>()]));
  for (const row of rows) {
    for (const f of choosing) {
      const seen = found.get(f)!;
      for (const c of f.columns) {
        const value = (row.cells[c] ?? '').trim();
        if (!value || seen.has(value.toLowerCase())) continue;
        if (seen.size >= MAX_CHOICES || value.length > MAX_CHOICE_LENGTH) throw new AppError('validation', 'imports.tooManyChoices', { name: f.label, max: MAX_CHOICES, length: MAX_CHOICE_LENGTH });
        seen.set(value.toLowerCase(), value);
      }
    }
  }
  return fields.map((f) => (f.type === 'choice' ? { ...f, choices: [...found.get(f)!.values()] } : f));
}

/** Makes an import's new fields, after the stored ones, as of its time; call inside its transaction. */
export function makeFields(sqlite: Sqlite, fields: readonly NewField[], now: string): number[] {
  if (!fields.length) return [];
  let position = sqlite.prepare('select coalesce(max(position), -1) from custom_fields').pluck().get() as number;
  const insert = sqlite.prepare(`insert into custom_fields (label, type, choices, applies_to, position, archived, created_at) values (?, ?, ?, 'all', ?, 0, ?)`);
  return fields.map((f) => Number(insert.run(f.label, f.type, JSON.stringify(f.choices ?? []), ++position, now).lastInsertRowid));
}

/** The options with the made fields in: the extras' ids filled, new-field columns pointing at their field. */
export function withMadeFields<T extends FieldOptions>(options: T, made: readonly NewField[], ids: readonly number[]): T {
  if (!made.length) return options;
  const extras = { ...options.extras };
  const byColumn = new Map<number, number>();
  const fields = [...options.fields];
  made.forEach((f, i) => {
    const id = ids[i];
    if (id === undefined) throw new Error(`the import's field "${f.label}" was not made`);
    if (f.extra) extras[f.extra] = id;
    for (const c of f.columns) byColumn.set(c, id);
    fields.push({ id, label: f.label, type: f.type, choices: f.choices ?? [] });
  });
  const columns = options.mapping.columns.map((c) => {
    const id = byColumn.get(c.index);
    return id === undefined ? c : { ...c, target: `custom:${id}` };
  });
  return { ...options, extras, fields, mapping: { ...options.mapping, columns } };
}

/**
 * The options with the fields an import would make given stand-in ids after the stored ones:
 * the preview checks the rows against them as the import does against the fields it makes.
 */
export function withPlannedFields<T extends FieldOptions>(options: T, made: readonly NewField[]): T {
  let next = options.fields.reduce((max, f) => Math.max(max, f.id), 0);
  return withMadeFields(options, made, made.map(() => ++next));
}

/** Whether a column's values count rows (1, 2, 3…): a "序号" or "No." column, no customer data. */
function countsRows(values: readonly string[]): boolean {
  const numbers = values.filter(Boolean).map(Number);
  return (numbers[0] === 0 || numbers[0] === 1) && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}

/** Initials as Outlook and Google make them from the name: "J.S.", "AMW". */
const INITIALS = /^(?:\p{Lu}\.?\s?){1,4}$/u;
/** Google's own column of what a contact is filed under ("Hopper, Grace"), made from the name. */
const FILED_AS = 'file as';

/**
 * Whether an unknown column of an Outlook or Google export holds what the person typed (Spouse,
 * Hobby, User 1, Empfohlen von) rather than what the program writes for every contact: its
 * settings, the same for all ("Priority: Normal", "Private: False", "Gender: Unspecified"),
 * the initials and "file as" it makes from the name, the address of a photo. A file of one
 * contact cannot tell a setting from a value, and keeps none.
 */
function typedByPerson(header: string, values: readonly string[]): boolean {
  if (header.trim().toLowerCase() === FILED_AS || new Set(values).size < 2) return false;
  const filled = values.filter(Boolean);
  return !filled.every((v) => /^https?:\/\//i.test(v)) && !filled.every((v) => INITIALS.test(v));
}

/**
 * Sets columns no preset knows (`unknown`: QQ, 微信, Kundennummer) that hold values in the
 * file's first `rows` to be kept in new custom fields, so nothing of a file is dropped unless
 * the person says so. A header the file lacked (named by its letter) and row numbers stay out.
 * In an Outlook or Google export, whose columns are fixed, only those the person typed in
 * (typedByPerson), and the columns made of Google's labelled pairs (`labelled`: Spouse,
 * Kundennummer, see spreadLabelledPairs); the person may still keep any of the others.
 */
export function keepUnknownColumns(mapping: MappingInput, unknown: ReadonlySet<number>, rows: readonly (readonly string[])[], labelled: ReadonlySet<string> = new Set()): void {
  const program = mapping.preset === 'outlook' || mapping.preset === 'google';
  for (const c of mapping.columns) {
    if (c.target || !unknown.has(c.index) || c.header === columnLetter(c.index)) continue;
    const values = rows.map((row) => (row[c.index] ?? '').trim());
    if (!values.some(Boolean) || countsRows(values)) continue;
    if (program && !labelled.has(c.header) && !typedByPerson(c.header, values)) continue;
    c.target = NEW_FIELD_TARGET;
  }
}

/** How the columns read as words are read: a column whose words these cannot read is kept as they are. */
const TRAITS = new Map<string, (word: string) => unknown>([
  ['tier', tierFromWord],
  ['lifecycle', lifecycleFromWord],
  ['kind', kindFromWord],
  ['contactPreferences', commFromWords],
  ['gender', formFromGender],
]);

/**
 * A column a preset took for the tier, the stage, person or company, preferences or a date
 * ("客户级别", "Status", "Type", "出生年月") whose values in the file's first `rows` this app
 * cannot read as one is kept in a new custom field of its name instead:
 * - a column of words with more than a few none of TRAITS knows ("钻石", "In Verhandlung",
 *   "Wholesale"): their values would be lost without a word;
 * - a date column whose values are mostly written as no date (a year and month, "1985.12"):
 *   every row would be invalid. A few that are not dates, or dates off the calendar
 *   (31/02/1980), leave it a date column, their rows listed as invalid.
 */
export function keepUnreadValues(mapping: MappingInput, rows: readonly (readonly string[])[]): void {
  for (const c of mapping.columns) {
    // A consent column ("Accepts Email Marketing") holds yes or no.
    const trait = c.target === 'contactPreferences' && consentColumn(c.header) ? yesNoOf : c.target ? TRAITS.get(c.target) : undefined;
    if (!trait && c.target !== 'birthday' && c.target !== 'anniversary') continue;
    // "无" or "/" says nothing, unless the column's words read it (无 answering yes or no, "-" as a gender not told).
    const values = rows.map((row) => (row[c.index] ?? '').trim()).filter((v) => v && !isNoDate(v) && !(saysNothing(v) && trait?.(v) == null));
    const read = values.filter((v) => (trait ? trait(v) != null : looksLikeDate(v))).length;
    if (values.length && read < values.length * (trait ? 0.9 : 0.5)) c.target = NEW_FIELD_TARGET;
  }
}
