import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { FILE_CHANNELS, type PickedFile } from '../../shared/contract/exports.contract';
import type { BaseContext } from '../core/rpc/dispatch';
import { filesFor } from '../core/files/file-registry';
import type { Locale } from '../../shared/contract/settings.contract';
import type { SenderInfo } from './ipc-sender';
import { importFileFilters, readSaveRequest } from './file-dialog-options';

function sender(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null };
}

/**
 * The desktop's file dialogs: open a file to import (registered in the file registry, so only
 * an id reaches the page) and save a file main made (an export) where the person chooses.
 * Only our own window's page may ask; the dialog's filters are named in the language `locale`
 * gives (the one the person chose). Returns a function that removes both handlers.
 */
export function registerFileDialogs(options: { base: BaseContext; isTrustedSender: (sender: SenderInfo) => boolean; locale: () => Promise<Locale> }): () => void {
  const registry = filesFor(options.base);
  ipcMain.handle(FILE_CHANNELS.pick, async (event): Promise<PickedFile | null> => {
    if (!options.isTrustedSender(sender(event))) return null;
    const parent = BrowserWindow.fromWebContents(event.sender);
    const dialogOptions = { properties: ['openFile' as const], filters: importFileFilters(await options.locale()) };
    const choice = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return null;
    const file = registry.register(path);
    return { fileId: file.id, name: file.name, size: registry.size(file.id) };
  });
  ipcMain.handle(FILE_CHANNELS.save, async (event, value: unknown): Promise<{ saved: boolean }> => {
    const req = readSaveRequest(value);
    if (!req || !options.isTrustedSender(sender(event))) return { saved: false };
    const file = registry.get(req.fileId);
    const parent = BrowserWindow.fromWebContents(event.sender);
    const dialogOptions = { defaultPath: join(app.getPath('documents'), req.suggestedName) };
    const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await copyFile(file.path, choice.filePath);
    return { saved: true };
  });
  return () => {
    ipcMain.removeHandler(FILE_CHANNELS.pick);
    ipcMain.removeHandler(FILE_CHANNELS.save);
  };
}
