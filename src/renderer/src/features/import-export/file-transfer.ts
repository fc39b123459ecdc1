import type { PickedFile } from '../../../../shared/contract/exports.contract';

// The key the api transport keeps browser mode's token under (src/renderer/src/api/transport.ts).
const TOKEN_KEY = 'crm.token';
const token = () => sessionStorage.getItem(TOKEN_KEY) ?? '';

/** Whether main's native dialogs are there (the desktop app) or the browser's file input is used. */
export const hasNativeFiles = () => typeof window.crm?.pickFile === 'function';

/** The local server refused a file as too large (it stops reading past its limit). */
export class UploadTooLarge extends Error {
  constructor(readonly limitMb: number) {
    super(`upload larger than ${limitMb} MB`);
  }
}

/** Browser mode's upload limit, as src/main/core/files/receive-stream.ts sets it. */
const UPLOAD_LIMIT_MB = 300;

/** What an upload answers: the file id, or a message why not. */
type UploadAnswer = { ok: true; value: PickedFile } | { ok: false; error: { message: string } };

/**
 * Browser mode: streams a file the person chose to the local server, which registers it and
 * answers its id (what the desktop's open dialog answers directly).
 */
export async function uploadFile(file: File): Promise<PickedFile> {
  const res = await fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/octet-stream' },
    body: file,
  });
  if (res.status === 413) throw new UploadTooLarge(UPLOAD_LIMIT_MB);
  const answer = (await res.json()) as UploadAnswer;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/** Desktop: main's open dialog; null when the person cancels. */
export function pickNativeFile(): Promise<PickedFile | null> {
  return window.crm!.pickFile();
}

/**
 * Hands a finished export to the person: the desktop asks where to save it, browser mode
 * downloads it. Returns false when the person cancelled the save dialog.
 */
export async function saveOutput(fileId: string, name: string): Promise<boolean> {
  if (hasNativeFiles()) return (await window.crm!.saveFile(fileId, name)).saved;
  const link = document.createElement('a');
  link.href = `/api/download/${encodeURIComponent(fileId)}?token=${encodeURIComponent(token())}`;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  return true;
}
