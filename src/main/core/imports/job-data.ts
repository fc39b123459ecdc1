import type { DuplicateMode, ImportKind, MappingInput } from '../../../shared/contract/imports.contract';
import type { FieldDef } from '../contacts/custom-values';
import type { ReadOptions } from '../import-export/read-import-file';
import type { PackedTable } from './packed-table';
import type { PlanLink } from './plan-channel';
import type { NewField } from './new-fields';
import type { ExtraField } from './record-draft';

/** Everything the import worker needs: plain data, as it crosses to the thread. */
export interface ImportJobData {
  dataFile: string;
  kind: ImportKind;
  filePath: string;
  fileName: string;
  read: ReadOptions;
  /** The rows the app already read, moved to the thread; null when it must read the file itself. */
  packed: PackedTable | null;
  mapping: MappingInput;
  mode: DuplicateMode;
  keepInvalid: boolean;
  /** Sales: customers no contact matches are added as contacts. */
  addCustomers: boolean;
  name: string;
  /** The tag every imported contact gets; null when the person turned it off. */
  tagName: string | null;
  /** The undo menu's line for this import, already in the person's language. */
  undoLabel: string;
  defaultCountry: string;
  /** The locale the office writes dates in (a date without a year is kept as text so). */
  formats: string;
  currency: string;
  fields: FieldDef[];
  /** Stored custom fields for the extra record fields (nickname, department, job title, website). */
  extras: Partial<Record<ExtraField, number>>;
  /** Custom fields the import makes in its transaction, for extras and columns not stored yet. */
  newFields: NewField[];
  now: string;
  /** Int32Array over a SharedArrayBuffer: [0] becomes 1 when the person cancels. */
  cancel: SharedArrayBuffer;
  /** The data rows the file holds. */
  rows: number;
  /** A large contacts import: the planning thread the rows come from (the writer then reads no file). */
  link: PlanLink | null;
}

/** What the planning thread of a large contacts import needs. */
export type PlannerData = Pick<ImportJobData, 'dataFile' | 'filePath' | 'read' | 'packed' | 'mapping' | 'mode' | 'keepInvalid' | 'defaultCountry' | 'formats' | 'extras' | 'newFields' | 'fields' | 'cancel'> & {
  link: PlanLink;
};

/** What the worker posts back. */
export type WorkerMessage =
  | { type: 'progress'; processed: number; total: number }
  | { type: 'done'; importId: number }
  | { type: 'cancelled' }
  | { type: 'failed'; code: string; key: string; params: Record<string, unknown>; message: string };
