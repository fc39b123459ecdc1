import { ipcRenderer } from 'electron';
import type { FILE_CHANNELS as ContractFileChannels, PickedFile } from '../shared/contract/exports.contract';
import type { CrmBridge } from './crm-api';

// Written here rather than imported (the sandboxed bundle stays free of the contract's code); typed
// by the contract's constant, so a rename there fails the typecheck here.
const FILE_CHANNELS: typeof ContractFileChannels = { pick: 'crm:pick-file', save: 'crm:save-file' };

/** `window.crm.pickFile` / `saveFile`: main shows its own dialogs; the page only ever sees file ids. */
export const filesCapability: Pick<CrmBridge, 'pickFile' | 'saveFile'> = {
  pickFile: (): Promise<PickedFile | null> => ipcRenderer.invoke(FILE_CHANNELS.pick),
  saveFile: (fileId: string, suggestedName: string): Promise<{ saved: boolean }> =>
    ipcRenderer.invoke(FILE_CHANNELS.save, { fileId: String(fileId), suggestedName: String(suggestedName) }),
};
