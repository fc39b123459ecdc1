import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL, type Result } from '../shared/contract';
import { pickLocale } from '../shared/i18n';
import { translator } from '../shared/i18n/translate';
import { dispatch, type BaseContext } from './core/rpc/dispatch';
import type { SenderInfo } from './shell/ipc-sender';

/** What main knows about the frame that sent `event`. */
function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null };
}

function requestedLocale(envelope: unknown): string | undefined {
  const locale = typeof envelope === 'object' && envelope !== null ? (envelope as { locale?: unknown }).locale : undefined;
  return typeof locale === 'string' ? locale : undefined;
}

/**
 * The one IPC adapter: every renderer call arrives on IPC_CHANNEL, is checked to come from our own
 * window's page, and goes to the same dispatcher browser mode uses. Returns a function that
 * unregisters it.
 */
export function registerIpc(options: {
  base: BaseContext;
  isTrustedSender: (sender: SenderInfo) => boolean;
  /** Called after each successful call, e.g. to re-label the menu when the language changes. */
  afterCall?: (method: string, result: Result<unknown>) => void;
}): () => void {
  ipcMain.handle(IPC_CHANNEL, async (event, envelope: unknown): Promise<Result<unknown>> => {
    const sender = senderInfo(event);
    if (!options.isTrustedSender(sender)) {
      console.warn(`[ipc] refused a call from ${sender.frameUrl ?? 'a closed frame'}`);
      const t = translator(pickLocale(requestedLocale(envelope)));
      return { ok: false, error: { code: 'unauthorized', message: t('shell.errors.untrustedSender') } };
    }
    const result = await dispatch(options.base, envelope);
    const method = typeof envelope === 'object' && envelope !== null ? (envelope as { method?: unknown }).method : undefined;
    if (result.ok && typeof method === 'string') options.afterCall?.(method, result);
    return result;
  });
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
