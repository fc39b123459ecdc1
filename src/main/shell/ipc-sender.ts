import { isOwnRendererUrl, type RendererTarget } from './renderer-target';

/** What main knows about the frame a message came from. */
export interface SenderInfo {
  /** webContents.id of the sender. */
  webContentsId: number;
  /** URL of the sending frame, or null when the frame is already gone. */
  frameUrl: string | null;
  /** Whether the sending frame is the top frame of its page (not an iframe). */
  isMainFrame: boolean;
}

/**
 * Whether an IPC call may reach the services: only the main frame of one of our own windows,
 * showing our own renderer. An iframe, a stray page or a frame that navigated away is refused.
 */
export function isTrustedSender(sender: SenderInfo, own: { webContentsIds: ReadonlySet<number>; target: RendererTarget }): boolean {
  if (!own.webContentsIds.has(sender.webContentsId)) return false;
  if (!sender.isMainFrame || sender.frameUrl === null) return false;
  return isOwnRendererUrl(sender.frameUrl, own.target);
}
