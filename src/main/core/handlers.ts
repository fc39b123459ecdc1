import type { MethodName } from '../../shared/contract';
import type { Handler } from './rpc/handler.types';
import { contactsHandlers } from './contacts/contacts.handlers';
import { settingsHandlers } from './settings/settings.handlers';

/** Every method of the contract, bound to its service. A missing one fails the type check. */
export const handlers: { [M in MethodName]: Handler<M> } = {
  ...contactsHandlers,
  ...settingsHandlers,
};
