import { copyFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DuplicateMode, ImportJob, ImportKind, ImportPreview, ImportSession, MappingInput } from '../../../src/shared/contract/imports.contract';
import { filesFor } from '../../../src/main/core/files/file-registry';
import { waitForJob } from '../../../src/main/core/imports/import-jobs';
import type { TempBackend } from '../support/temp-backend';

/** Path of a file in tests/fixtures/import. */
export const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/import', name);

/** Registers a file the way the open dialog or an upload does; returns its id. */
export function register(b: TempBackend, path: string): string {
  const file = filesFor(b.base).create(basename(path));
  copyFileSync(path, file.path);
  return file.id;
}

/** Registers text written on the spot (UTF-8) as a file named `name`. */
export function registerText(b: TempBackend, name: string, text: string): string {
  return registerBytes(b, name, text);
}

/** Registers bytes written on the spot as a file named `name`. */
export function registerBytes(b: TempBackend, name: string, bytes: string | Uint8Array): string {
  const file = filesFor(b.base).create(name);
  writeFileSync(file.path, bytes);
  return file.id;
}

export interface ImportRun {
  session: ImportSession;
  preview: ImportPreview;
  job: ImportJob;
}

/** Opens, previews and imports a registered file through the contract, waiting for the worker. */
export async function importFile(
  b: TempBackend,
  fileId: string,
  options: { kind?: ImportKind; mode?: DuplicateMode; name?: string; edit?: (m: MappingInput) => MappingInput; tag?: boolean } = {},
): Promise<ImportRun> {
  const session = await b.value('imports.open', { fileId, kind: options.kind ?? 'contacts' });
  const mapping = options.edit ? options.edit(session.mapping) : session.mapping;
  const duplicateMode = options.mode ?? 'skip';
  const preview = await b.value('imports.preview', { sessionId: session.sessionId, mapping, duplicateMode });
  const started = await b.value('imports.start', {
    sessionId: session.sessionId,
    mapping,
    duplicateMode,
    name: options.name ?? 'Test import',
    tagWithName: options.tag ?? true,
  });
  const job = await waitForJob(b.base, started.jobId);
  return { session, preview, job };
}

/** Every user table's rows, sorted, as text: two equal dumps mean the same content. */
export function tableDump(b: TempBackend): Record<string, string[]> {
  const sqlite = b.connection.sqlite;
  const tables = sqlite
    .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'contact_fts%' order by name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`select * from "${t}"`).all() as object[]).map((r) => JSON.stringify(r)).sort()]));
}
