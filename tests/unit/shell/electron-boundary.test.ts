import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const shellDir = join(import.meta.dirname, '../../../src/main/shell');
const importsElectronAtRunTime = (source: string) => /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron['"]/m.test(source);

describe('the shell decisions are testable without Electron', () => {
  it('only *.electron.ts files import electron at run time', () => {
    const files = readdirSync(shellDir).filter((f) => f.endsWith('.ts'));
    const offenders = files.filter((f) => !f.endsWith('.electron.ts') && importsElectronAtRunTime(readFileSync(join(shellDir, f), 'utf8')));
    expect(files.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});
