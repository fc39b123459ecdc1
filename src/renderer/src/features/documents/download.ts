/** Browser mode's token, kept by the api transport for this tab. */
const token = () => sessionStorage.getItem('crm.token') ?? '';

/** Fetches a file the services made (a PDF) by id, with the browser-mode token. */
async function fetchFile(fileId: string): Promise<Blob> {
  const res = await fetch(`/api/download/${encodeURIComponent(fileId)}`, { headers: { authorization: `Bearer ${token()}` } });
  if (!res.ok) throw new Error(`download failed (${res.status})`);
  return res.blob();
}

/** Saves a PDF made on the server under `name` through the browser's download. */
export async function downloadPdf(fileId: string, name: string): Promise<void> {
  const url = URL.createObjectURL(await fetchFile(fileId));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Opens a PDF in the browser's own viewer (a new tab), where the person prints it. Returns
 * false when the browser blocked the tab.
 */
export async function openPdf(fileId: string, tab: Window | null): Promise<boolean> {
  const blob = new Blob([await fetchFile(fileId)], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  if (!tab) return false;
  tab.location.href = url;
  return true;
}
