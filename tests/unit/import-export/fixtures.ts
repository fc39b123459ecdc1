import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of a file in tests/fixtures/import. */
export const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/import', name);

/** A fresh temporary folder and a function that removes it. */
export function tempDir(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'crm-import-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
