import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch, type BaseContext, type DispatchOptions } from '../core/rpc/dispatch';
import { resolveStatic, sendFile } from './static-files';
import { handleFileRoute } from './file-routes';
import { filesFor } from '../core/files/file-registry';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export const LOOPBACK = '127.0.0.1';
const MAX_BODY = 64 * 1024 * 1024;

export interface BrowserServer {
  server: Server;
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the built renderer and the same contract over HTTP, on 127.0.0.1 only,
 * guarded by a token made for this run. A development and test tool, never a network service.
 */
export async function startBrowserServer(options: {
  base: BaseContext;
  rendererDir: string;
  port?: number;
  token?: string;
  dispatchOptions?: DispatchOptions;
}): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  const security = {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
  const server = createServer(async (req, res) => {
    // A page on another site could reach a loopback port through DNS rebinding; the Host check stops it.
    if (req.headers.host !== origin.replace('http://', '')) {
      res.writeHead(421).end();
      return;
    }
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/api/upload' || path.startsWith('/api/download/')) {
      // Downloads start from a plain link, so the token may also come in the query.
      const queryToken = new URL(req.url ?? '/', origin).searchParams.get('token') ?? undefined;
      if (!tokenMatches(req.headers.authorization ?? queryToken, token)) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'unauthorized' } }));
        return;
      }
      await handleFileRoute(options.base, req, res, path, security);
      return;
    }
    if (path === '/api/invoke') {
      if (req.method !== 'POST') return void res.writeHead(405).end();
      if (!tokenMatches(req.headers.authorization, token)) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'unauthorized' } }));
        return;
      }
      let envelope: unknown;
      try {
        envelope = JSON.parse(await readBody(req));
      } catch {
        return void res.writeHead(400).end();
      }
      const result = await dispatch(options.base, envelope, options.dispatchOptions);
      res.writeHead(200, { 'content-type': 'application/json', ...security });
      res.end(JSON.stringify(result));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const file = resolveStatic(options.rendererDir, path) ?? resolveStatic(options.rendererDir, '/index.html');
    if (!file) return void res.writeHead(404).end('Renderer not built: run `npm run build` first.');
    sendFile(res, file, security);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${LOOPBACK}:${port}`;
  return {
    server,
    port,
    token,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          // Uploads and exports of this run live in a temp folder; nothing in it outlives the server.
          filesFor(options.base).clear();
          resolve();
        }),
      ),
  };
}
