import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { notFound } from '../errors';

/** One file the renderer refers to by id: a file the person picked, an upload or an export. */
export interface RegisteredFile {
  id: string;
  /** Where the bytes are on this machine. Never sent to the renderer. */
  path: string;
  /** The name the person knows it by (their file's name, or the name an export suggests). */
  name: string;
  /** Whether the registry made the file (upload, output) and removes it when done. */
  owned: boolean;
}

/**
 * Files by opaque id, so no path crosses to the renderer: the desktop's open dialog registers the
 * chosen file, browser mode streams uploads into the registry's temp folder, exports write to a
 * new file there and are saved or downloaded by id.
 */
export class FileRegistry {
  private readonly files = new Map<string, RegisteredFile>();
  private dirMade = false;

  constructor(readonly dir: string) {}

  private folder(): string {
    if (!this.dirMade) {
      mkdirSync(this.dir, { recursive: true });
      this.dirMade = true;
    }
    return this.dir;
  }

  /** Registers a file that already exists (the desktop's open dialog); the registry never deletes it. */
  register(path: string, name = basename(path)): RegisteredFile {
    const file = { id: randomBytes(16).toString('base64url'), path, name, owned: false };
    this.files.set(file.id, file);
    return file;
  }

  /** Reserves a new file in the temp folder for an upload or an export; write to `path`. */
  create(name: string): RegisteredFile {
    const id = randomBytes(16).toString('base64url');
    const safe = basename(name).replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(-120) || 'file';
    // A folder per file keeps the person's own file name, which error messages quote.
    const folder = join(this.folder(), id);
    mkdirSync(folder);
    const file = { id, path: join(folder, safe), name: basename(name), owned: true };
    this.files.set(id, file);
    return file;
  }

  /** The file with this id, or a not-found error (an id from an earlier run, a removed file). */
  get(id: string): RegisteredFile {
    const file = this.files.get(id);
    if (!file) throw notFound('file', id);
    return file;
  }

  size(id: string): number {
    return statSync(this.get(id).path).size;
  }

  /** Forgets a file and deletes it when the registry made it. */
  remove(id: string): void {
    const file = this.files.get(id);
    if (!file) return;
    this.files.delete(id);
    if (file.owned) rmSync(dirname(file.path), { recursive: true, force: true });
  }

  /** Deletes every file the registry made (at shutdown). */
  clear(): void {
    for (const id of [...this.files.keys()]) this.remove(id);
    rmSync(this.dir, { recursive: true, force: true });
    this.dirMade = false;
  }
}

const registries = new Map<string, FileRegistry>();

/**
 * The registry of one open data file (one per backend: tests run several side by side).
 * @example filesFor(ctx).create('contacts.xlsx').path
 */
export function filesFor(base: { dataFile: string }): FileRegistry {
  let registry = registries.get(base.dataFile);
  if (!registry) {
    registry = new FileRegistry(mkdtempSync(join(tmpdir(), 'desk-crm-files-')));
    registries.set(base.dataFile, registry);
  }
  return registry;
}
