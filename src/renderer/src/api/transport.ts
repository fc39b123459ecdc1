import type { Envelope, Result } from '../../../shared/contract';

/** How calls reach the services: Electron IPC through the preload, or HTTP in browser mode. */
export type Transport = (envelope: Envelope) => Promise<Result<unknown>>;

const TOKEN_KEY = 'crm.token';

/** Browser mode: the token arrives once in the URL printed by `npm run serve` and is kept for the tab. */
function browserToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const rest = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = browserToken();
  return async (envelope) => {
    const res = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(envelope),
    });
    return (await res.json()) as Result<unknown>;
  };
}

export function pickTransport(): Transport {
  const bridge = window.crm;
  if (bridge) return (envelope) => bridge.invoke(envelope);
  return httpTransport();
}
