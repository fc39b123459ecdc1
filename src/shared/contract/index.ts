import type { z } from 'zod';
import { contactsContract } from './contacts.contract';
import { settingsContract } from './settings.contract';
import { tagsContract } from './tags.contract';
import { groupsContract } from './groups.contract';
import { staffContract } from './staff.contract';
import { customFieldsContract } from './custom-fields.contract';
import { historyContract } from './history.contract';
import { viewsContract } from './views.contract';
import { undoContract } from './undo.contract';
import { importsContract } from './imports.contract';
import { exportsContract } from './exports.contract';
import { mailingsContract } from './mailings.contract';

/** The whole API: every method the renderer may call, with its input and output schemas. */
export const contract = {
  ...contactsContract,
  ...settingsContract,
  ...tagsContract,
  ...groupsContract,
  ...staffContract,
  ...customFieldsContract,
  ...historyContract,
  ...viewsContract,
  ...undoContract,
  ...importsContract,
  ...exportsContract,
  ...mailingsContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a service receives after validation (defaults filled in). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.infer<Contract[M]['output']>;

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/** The one message shape carried by IPC and HTTP alike. */
export interface Envelope {
  method: string;
  input: unknown;
  locale?: string;
  /** The locale numbers in messages are written in (formatLocale), e.g. "en-GB". */
  formats?: string;
}

export const IPC_CHANNEL = 'crm:invoke';

export * from './result';
