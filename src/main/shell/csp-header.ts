import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { RendererTarget } from './renderer-target';

export type ResponseHeaders = Record<string, string[]>;

/**
 * The policy for the window's page. The built app gets the strict policy unchanged. Only the
 * electron-vite dev server (development, never shipped) may also run inline scripts, because it
 * injects an inline React Fast Refresh preamble into index.html.
 */
export function contentSecurityPolicyFor(target: RendererTarget): string {
  if (target.kind === 'file') return CONTENT_SECURITY_POLICY;
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => (directive.startsWith('script-src ') ? `${directive} 'unsafe-inline'` : directive))
    .join('; ');
}

/**
 * Response headers with our content security policy in force: any policy the response brought is
 * replaced (header names are case-insensitive), so a page can never loosen it.
 */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined, policy = CONTENT_SECURITY_POLICY): ResponseHeaders {
  const out: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}
