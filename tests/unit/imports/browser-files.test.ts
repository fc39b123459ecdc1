import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { startBrowserServer, type BrowserServer } from '../../../src/main/http/server';
import { importFileFilters, readSaveRequest } from '../../../src/main/shell/file-dialog-options';
import { tempBackend, type TempBackend } from '../support/temp-backend';

let b: TempBackend;
let server: BrowserServer;
let origin: string;
let rendererDir: string;
beforeAll(async () => {
  b = await tempBackend();
  rendererDir = mkdtempSync(join(tmpdir(), 'crm-renderer-'));
  server = await startBrowserServer({ base: b.base, rendererDir });
  origin = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  await b.dispose();
  rmSync(rendererDir, { recursive: true, force: true });
});

const auth = () => ({ authorization: `Bearer ${server.token}` });

describe('files in browser mode', () => {
  it('streams an upload into the registry and answers its id, keeping the file name', async () => {
    const res = await fetch(`${origin}/api/upload?name=${encodeURIComponent('客户.csv')}`, { method: 'POST', headers: auth(), body: 'Name\nAnna\n' });
    const answer = (await res.json()) as { ok: true; value: { fileId: string; name: string; size: number } };
    expect(answer).toMatchObject({ ok: true, value: { name: '客户.csv', size: 10 } });
    const file = filesFor(b.base).get(answer.value.fileId);
    expect(readFileSync(file.path, 'utf8')).toBe('Name\nAnna\n');
    const session = await b.value('imports.open', { fileId: answer.value.fileId });
    expect(session).toMatchObject({ fileName: '客户.csv', rowCount: 1 });
  });

  it('refuses uploads and downloads without the right token', async () => {
    expect((await fetch(`${origin}/api/upload?name=a.csv`, { method: 'POST', body: 'x' })).status).toBe(401);
    const file = filesFor(b.base).create('out.csv');
    expect((await fetch(`${origin}/api/download/${file.id}`)).status).toBe(401);
    expect((await fetch(`${origin}/api/download/${file.id}?token=wrong`)).status).toBe(401);
  });

  it('downloads an export by id with the token in the query, as a link does, named for the person', async () => {
    await b.value('contacts.create', { givenName: 'Anna', familyName: 'Weber' });
    const out = await b.value('exports.contacts', { scope: { type: 'all' }, format: 'csv', columns: ['name'] });
    const res = await fetch(`${origin}/api/download/${out.fileId}?token=${server.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(out.fileName)}`);
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe('\ufeffName\r\nAnna Weber\r\n');
    expect((await fetch(`${origin}/api/download/unknown-id?token=${server.token}`)).status).toBe(404);
  });

  it('lets the page suggest a file name to save as, never a folder', () => {
    expect(readSaveRequest({ fileId: 'abc_DEF-1', suggestedName: '../../etc/联系人.xlsx' })).toEqual({ fileId: 'abc_DEF-1', suggestedName: '联系人.xlsx' });
    expect(readSaveRequest({ fileId: '../x', suggestedName: 'a' })).toBeNull();
    expect(readSaveRequest('nope')).toBeNull();
  });

  it('names the open dialog’s filters in the language the person chose, every format the import reads first', () => {
    const zh = importFileFilters('zh-CN');
    expect(zh.map((f) => f.name)).toEqual(['表格和通讯录', '所有文件']);
    expect(zh[0]?.extensions).toEqual(expect.arrayContaining(['csv', 'xlsx', 'xlsm', 'xlsb', 'xls', 'ods', 'numbers', 'vcf']));
    expect(importFileFilters('en').map((f) => f.name)).toEqual(['Spreadsheets and address books', 'All files']);
  });
});
