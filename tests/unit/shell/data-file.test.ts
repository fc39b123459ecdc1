import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbArgument, resolveDataFile } from '../../../src/main/shell/data-file';

const userDataDir = resolve('/home/anna/.config/Desk CRM');
const cwd = resolve('/work');

describe('which data file the app opens', () => {
  it('uses crm.sqlite in the user data folder by default', () => {
    expect(resolveDataFile({ argv: ['.'], env: {}, userDataDir, cwd })).toBe(join(userDataDir, 'crm.sqlite'));
  });

  it('opens the file given with --db, relative to where it was started', () => {
    expect(resolveDataFile({ argv: ['.', '--db', 'demo.sqlite'], env: { CRM_DB: '/x.sqlite' }, userDataDir, cwd })).toBe(resolve(cwd, 'demo.sqlite'));
    expect(dbArgument(['--db=/srv/office.sqlite'])).toBe('/srv/office.sqlite');
  });

  it('falls back to the CRM_DB environment variable', () => {
    expect(resolveDataFile({ argv: [], env: { CRM_DB: resolve('/srv/office.sqlite') }, userDataDir, cwd })).toBe(resolve('/srv/office.sqlite'));
    expect(resolveDataFile({ argv: [], env: { CRM_DB: '  ' }, userDataDir, cwd })).toBe(join(userDataDir, 'crm.sqlite'));
  });

  it('ignores a trailing --db with no file name', () => {
    expect(dbArgument(['.', '--db'])).toBeNull();
  });
});
