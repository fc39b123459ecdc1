import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BaseContext } from '../core/rpc/dispatch';
import { filesFor } from '../core/files/file-registry';
import { MAX_UPLOAD_BYTES, receiveStream, UploadTooLarge } from '../core/files/receive-stream';

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string>) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/**
 * Browser mode's stand-in for the desktop's file dialogs. POST /api/upload?name=… streams the
 * body into the file registry (never held in memory, refused past the limit) and answers its id;
 * GET /api/download/<id> sends a registered file as an attachment. The caller checked the token.
 */
export async function handleFileRoute(base: BaseContext, req: IncomingMessage, res: ServerResponse, path: string, headers: Record<string, string>): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (path === '/api/upload') {
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return true;
    }
    const name = url.searchParams.get('name')?.trim() || 'upload';
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_UPLOAD_BYTES) {
      json(res, 413, { ok: false, error: { code: 'validation', message: `larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` } }, headers);
      req.resume();
      return true;
    }
    try {
      const file = await receiveStream(filesFor(base), req, name);
      json(res, 200, { ok: true, value: { fileId: file.id, name: file.name, size: statSync(file.path).size } }, headers);
    } catch (err) {
      const tooLarge = err instanceof UploadTooLarge;
      json(res, tooLarge ? 413 : 400, { ok: false, error: { code: 'validation', message: tooLarge ? `larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` : String(err) } }, headers);
    }
    return true;
  }
  const download = /^\/api\/download\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (download) {
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return true;
    }
    let file;
    try {
      file = filesFor(base).get(download[1]!);
    } catch {
      res.writeHead(404, headers).end();
      return true;
    }
    const ascii = file.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.writeHead(200, {
      ...headers,
      'content-type': 'application/octet-stream',
      'content-length': String(statSync(file.path).size),
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
    createReadStream(file.path).pipe(res);
    return true;
  }
  return false;
}
