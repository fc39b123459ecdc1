import type { MethodName } from '../../shared/contract';
import type { Handler } from './rpc/handler.types';
import { contactsHandlers } from './contacts/contacts.handlers';
import { settingsHandlers } from './settings/settings.handlers';
import { tagsHandlers } from './tags/tags.handlers';
import { groupsHandlers } from './groups/groups.handlers';
import { staffHandlers } from './staff/staff.handlers';
import { customFieldsHandlers } from './custom-fields/custom-fields.handlers';
import { historyHandlers } from './history/history.handlers';
import { viewsHandlers } from './views/views.handlers';
import { undoHandlers } from './undo/undo.handlers';
import { importsHandlers } from './imports/imports.handlers';
import { exportsHandlers } from './exports/exports.handlers';
import { mailingsHandlers } from './mailings/mailings.handlers';

/** Every method of the contract, bound to its service. A missing one fails the type check. */
export const handlers: { [M in MethodName]: Handler<M> } = {
  ...contactsHandlers,
  ...settingsHandlers,
  ...tagsHandlers,
  ...groupsHandlers,
  ...staffHandlers,
  ...customFieldsHandlers,
  ...historyHandlers,
  ...viewsHandlers,
  ...undoHandlers,
  ...importsHandlers,
  ...exportsHandlers,
  ...mailingsHandlers,
};
