import type { Sqlite } from '../db/connection';
import { ContactWriter, type NewContact } from '../contacts/contact-writer';
import { CONTACT_COLUMNS } from '../contacts/prepared-contact';
import { Journal } from '../undo/journal';
import type { ContactStep } from './contact-steps';
import { fileRowIndex } from './duplicate-index';
import { ExistingContacts } from './existing-contact';
import type { ImportJobData } from './job-data';
import { makeFields, withMadeFields } from './new-fields';
import { groupFinder, staffFinder, tagFinder } from './found-by-name';

/** Thrown inside the transaction when the person cancels: the transaction rolls back. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

export interface RunHooks {
  /** Called every few hundred rows. */
  progress(processed: number, total: number): void;
  cancelled(): boolean;
}

const CHECK_EVERY = 500;
/** Where a prepared contact's row holds its owner. */
const OWNER_COLUMN = CONTACT_COLUMNS.indexOf('owner_id');
/** New contacts written together: a batch of each table's multi-row statements. */
const FRESH_BATCH = 50;
/**
 * New contacts' search documents put into the index at once while the writer waits for rows
 * (SearchIndexer.indexGathered): about 50 ms of work, a segment the final merge takes in.
 */
const INDEX_WHILE_WAITING = 8192;

/**
 * Where an import's planned rows come from, given work the writer can do while it waits for
 * the next (a planning thread's channel does some; rows planned here never wait), and the ids of
 * the custom fields the import made (data.newFields, in order).
 */
export type StepSource = (whileWaiting: () => boolean, madeFields: readonly number[]) => Iterable<ContactStep>;

/**
 * Fails the import (rolling it back) when a custom field it wrote values for was deleted after
 * the import started: the one reference its rows carry that the transaction did not make or read
 * itself, checked here because the worker runs it with foreign keys off.
 */
function checkFieldsExist(sqlite: Sqlite, ids: ReadonlySet<number>): void {
  if (!ids.size) return;
  const list = [...ids];
  const found = sqlite.prepare(`select count(*) from custom_fields where id in (${list.map(() => '?').join(', ')})`).pluck().get(...list) as number;
  if (found !== list.length) throw new Error('FOREIGN KEY constraint failed: a custom field was deleted during the import');
}

/**
 * Removes the fields an import made that no row gave a value (a birthday column whose dates all
 * have their year made one for dates without).
 */
function dropEmptyFields(sqlite: Sqlite, made: readonly number[]): void {
  if (!made.length) return;
  sqlite
    .prepare(`delete from custom_fields where id in (${made.map(() => '?').join(', ')}) and not exists (select 1 from contact_custom_values v where v.field_id = custom_fields.id)`)
    .run(...made);
}

/**
 * Writes a contacts file in ONE transaction: new rows inserted with their search entries, tags
 * and groups, duplicates skipped or updated as the person chose, every change journaled as one
 * undo batch and the import logged. Cancelling (or any error) rolls all of it back.
 * `source` gives the file's `total` rows planned (planContactSteps, here or in a planning
 * thread); they are first asked for once this transaction holds the write lock.
 * @returns the id of the import_batches row
 */
export function runContactImport(sqlite: Sqlite, data: ImportJobData, source: StepSource, total: number, hooks: RunHooks): number {
  const started = Date.now();
  return sqlite.transaction(() => {
    // Made with the import's time, which is how its undo finds them (and removes those left empty).
    const made = makeFields(sqlite, data.newFields, data.now);
    const fields = new Map(withMadeFields(data, data.newFields, made).fields.map((f) => [f.id, f]));
    const journal = Journal.open(sqlite, 'import', data.undoLabel, data.now);
    const tags = tagFinder(sqlite, data.now);
    const staff = staffFinder(sqlite, data.now);
    const groups = groupFinder(sqlite, data.now);
    const batchTag = data.tagName ? tags.id(data.tagName) : null;
    const writer = new ContactWriter(sqlite, data.defaultCountry, fields);
    const existing = new ExistingContacts(sqlite);
    const addTag = sqlite.prepare('insert or ignore into contact_tags (tag_id, contact_id) values (?, ?)');
    const addMember = sqlite.prepare('insert or ignore into contact_group_members (group_id, contact_id) values (?, ?)');
    const childIds = {
      contact_phones: sqlite.prepare('select id from contact_phones where contact_id = ?').pluck(),
      contact_emails: sqlite.prepare('select id from contact_emails where contact_id = ?').pluck(),
      contact_addresses: sqlite.prepare('select id from contact_addresses where contact_id = ?').pluck(),
    };
    const customBefore = sqlite.prepare('select field_id from contact_custom_values where contact_id = ?').pluck();
    const counts = { created: 0, updated: 0, skipped: 0, invalid: 0, ignored: 0 };
    const fieldsUsed = new Set<number>();
    // Contacts above this id are the ones the import creates: they get the import's tag in one
    // statement at the end instead of one each, and are journaled as one range.
    const floor = sqlite.prepare('select coalesce(max(id), 0) from contacts').pluck().get() as number;

    // A large file is a bulk write (ContactWriter.bulk): the search index merges once at the
    // end, and when the file brings more contacts than are stored, the list's indexes are built
    // once over all rows at the end. The loop reads contacts by id only (the duplicate index is
    // read up front).
    writer.bulk(total, () => {
      const steps = source(() => writer.index.indexGathered(INDEX_WHILE_WAITING), made);
      let processed = 0;
      // New contacts wait here to be written a few dozen at a time (ContactWriter.insertPrepared);
      // they go in before any update, so the file's order is kept.
      const fresh: NewContact[] = [];
      // The id each row's new contact got, by the row's index: a later row repeating it updates it.
      const createdIds = new Int32Array(total);
      const freshRows: number[] = [];
      const writeFresh = () => {
        if (fresh.length) writer.insertPrepared(fresh, data.now).forEach((id, i) => (createdIds[freshRows[i]!] = id));
        fresh.length = 0;
        freshRows.length = 0;
      };
      for (const step of steps) {
        if (processed++ % CHECK_EVERY === 0) {
          if (hooks.cancelled()) throw new ImportCancelled();
          hooks.progress(processed - 1, total);
        }
        if (step.invalid) counts.invalid++;
        if (step.ignored) counts.ignored++;
        if (step.action === 'none') continue;
        if (step.action === 'skip') {
          counts.skipped++;
          continue;
        }
        for (const k of step.fields) fieldsUsed.add(k);
        const tagIds = step.tags.map((n) => tags.id(n));
        const groupIds = step.groups.map((n) => groups.id(n));
        const ownerId = step.owner ? staff.id(step.owner) : undefined;
        if (step.prepared) {
          if (ownerId !== undefined) step.prepared.row[OWNER_COLUMN] = ownerId;
          freshRows.push(processed - 1);
          if (fresh.push({ prepared: step.prepared, tagIds, groupIds }) === FRESH_BATCH) writeFresh();
          counts.created++;
          continue;
        }
        writeFresh();
        // A row repeating an earlier one of the file updates the contact that row made.
        const ofThisFile = step.duplicateId! < 0;
        const id = ofThisFile ? createdIds[fileRowIndex(step.duplicateId!)]! : step.duplicateId!;
        const update = id ? existing.update(id, ownerId === undefined ? step.draft! : { ...step.draft!, ownerId }, step.action as 'fillEmpty' | 'overwrite') : null;
        if (!update) {
          counts.skipped++;
          continue;
        }
        if (ofThisFile) {
          // Undo removes that contact with the others the import made: nothing to journal.
          writer.replace(id, update, data.now);
          for (const tag of tagIds) addTag.run(tag, id);
          for (const group of groupIds) addMember.run(group, id);
          counts.updated++;
          continue;
        }
        if (batchTag !== null) tagIds.push(batchTag);
        // Journal what the update replaces, then note what it adds: undo deletes the new rows
        // first and then puts the captured ones back.
        journal.capture('contacts', 'id = ?', id);
        for (const t of ['contact_phones', 'contact_emails', 'contact_addresses', 'contact_tags', 'contact_custom_values']) journal.capture(t, 'contact_id = ?', id);
        const hadCustom = new Set(customBefore.all(id) as number[]);
        writer.replace(id, update, data.now);
        for (const [t, stmt] of Object.entries(childIds)) for (const rowId of stmt.all(id) as number[]) journal.inserted(t, { id: rowId, contact_id: id });
        for (const tag of tagIds) if (addTag.run(tag, id).changes) journal.inserted('contact_tags', { tag_id: tag, contact_id: id });
        // Groups are only joined, as tags are: a group the contact is in already stays.
        for (const group of groupIds) if (addMember.run(group, id).changes) journal.inserted('contact_group_members', { group_id: group, contact_id: id });
        for (const k of Object.keys(update.custom ?? {})) if (!hadCustom.has(Number(k))) journal.inserted('contact_custom_values', { field_id: Number(k), contact_id: id });
        counts.updated++;
      }
      writeFresh();
      if (batchTag !== null) sqlite.prepare('insert or ignore into contact_tags (tag_id, contact_id) select ?, id from contacts where id > ?').run(batchTag, floor);
    });
    journal.insertedContacts(floor, sqlite.prepare('select coalesce(max(id), 0) from contacts').pluck().get() as number);
    checkFieldsExist(sqlite, fieldsUsed);
    dropEmptyFields(sqlite, made);
    hooks.progress(total, total);
    if (hooks.cancelled()) throw new ImportCancelled();
    journal.finish(counts.created + counts.updated);
    const info = sqlite
      .prepare(
        `insert into import_batches (kind, name, file_name, undo_batch_id, tag_id, tag_created, total, created, updated, skipped, invalid, ignored, duration_ms, created_at)
         values ('contacts', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(data.name, data.fileName, journal.batchId, batchTag, batchTag !== null && tags.made(batchTag) ? 1 : 0, total, counts.created, counts.updated, counts.skipped, counts.invalid, counts.ignored, Date.now() - started, data.now);
    return Number(info.lastInsertRowid);
  }).immediate();
}
