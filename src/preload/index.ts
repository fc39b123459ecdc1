import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope, IPC_CHANNEL as ContractChannel } from '../shared/contract';
import type { CrmBridge } from './crm-api';
import { printCapability } from './print';
import { filesCapability } from './files';

// The sandboxed preload bundle must not pull in the contract's zod schemas, so the channel name is
// written here; its type is the contract's constant, so a rename there fails the typecheck here.
const IPC_CHANNEL: typeof ContractChannel = 'crm:invoke';

const bridge: CrmBridge = {
  // Only plain data crosses: a fresh object, so nothing else the page attached is sent along.
  invoke: (request: Envelope) =>
    ipcRenderer.invoke(IPC_CHANNEL, { method: request.method, input: request.input, locale: request.locale, formats: request.formats }),
  ...printCapability,
  ...filesCapability,
};

contextBridge.exposeInMainWorld('crm', bridge);
