import type { RunResult } from '../../../../shared/contract/mailings.contract';
import { downloadPdf, openPdf } from './download';

export type Action = 'print' | 'pdf';

/** Desktop prints through the shell; browser mode gets a PDF rendered on the server. */
export const isDesktop = () => typeof window.crm?.print === 'function';

export type Delivery = { status: 'printed' | 'saved' | 'downloaded' | 'opened' | 'cancelled' | 'blocked' } | { status: 'failed'; reason: string };

/**
 * A tab for the PDF viewer must be opened while the click is still being handled, or the
 * browser blocks it; it is filled once the PDF is ready.
 */
export const tabForPrint = (action: Action): Window | null => (action === 'print' && !isDesktop() ? window.open('', '_blank') : null);

/**
 * Hands a printed run to the person: the system print dialog or a save dialog on the desktop;
 * a download, or the PDF in the browser's viewer to print from, in browser mode.
 */
export async function deliver(result: Pick<RunResult, 'fileId' | 'html' | 'paper'>, action: Action, title: string, tab: Window | null): Promise<Delivery> {
  const print = window.crm?.print;
  if (print && result.html) {
    const outcome = await print({ html: result.html, title, action, paper: result.paper });
    return outcome.status === 'failed' ? outcome : { status: outcome.status };
  }
  if (!result.fileId) return { status: 'failed', reason: 'no document' };
  const name = `${title}.pdf`;
  if (action === 'pdf') {
    await downloadPdf(result.fileId, name);
    return { status: 'downloaded' };
  }
  if (await openPdf(result.fileId, tab)) return { status: 'opened' };
  await downloadPdf(result.fileId, name);
  return { status: 'blocked' };
}
