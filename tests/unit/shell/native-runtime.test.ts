import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// Runs the real script in a small copy of the project, with a stand-in for the Electron binary,
// so switching runtimes is exercised without rebuilding anything or touching node_modules here.
const project = join(import.meta.dirname, '../../..');
const modules = join(project, 'node_modules');
let dir: string;

const releaseBinary = () => join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const cacheDir = () => join(dir, 'node_modules/.cache/native-runtime');
const marker = () => JSON.parse(readFileSync(join(cacheDir(), 'current.json'), 'utf8')) as { runtime: string; abi: string };
const runScript = (runtime: string) => spawnSync(process.execPath, ['scripts/native-runtime.mjs', runtime], { cwd: dir, encoding: 'utf8' });
const loadsUnderNode = () =>
  spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: dir }).status === 0;
const electronAbi = readFileSync(join(modules, 'electron/abi_version'), 'utf8').trim();
const betterSqliteVersion = (JSON.parse(readFileSync(join(modules, 'better-sqlite3/package.json'), 'utf8')) as { version: string }).version;

/** Puts a stand-in Electron executable in place (it accepts any script) and a cached "Electron build". */
function installFakeElectron(): void {
  mkdirSync(join(dir, 'node_modules/electron/dist'), { recursive: true });
  writeFileSync(join(dir, 'node_modules/electron/path.txt'), 'electron');
  writeFileSync(join(dir, 'node_modules/electron/dist/electron'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(dir, 'node_modules/electron/dist/electron'), 0o755);
  const cached = join(cacheDir(), `electron-${electronAbi}`);
  mkdirSync(cached, { recursive: true });
  writeFileSync(join(cached, 'better_sqlite3.node'), 'an Electron build, which Node cannot load');
  writeFileSync(join(cached, 'meta.json'), JSON.stringify({ version: betterSqliteVersion, platform: process.platform, arch: process.arch }));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-native-'));
  cpSync(join(project, 'scripts/native-runtime.mjs'), join(dir, 'scripts/native-runtime.mjs'));
  for (const name of ['bindings', 'file-uri-to-path']) cpSync(join(modules, name), join(dir, 'node_modules', name), { recursive: true });
  for (const part of ['package.json', 'lib', 'build/Release/better_sqlite3.node']) {
    cpSync(join(modules, 'better-sqlite3', part), join(dir, 'node_modules/better-sqlite3', part), { recursive: true });
  }
  for (const part of ['package.json', 'abi_version']) cpSync(join(modules, 'electron', part), join(dir, 'node_modules/electron', part));
  writeFileSync(join(dir, 'package.json'), '{"name":"fixture","type":"module"}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm scripts keep better-sqlite3 built for the runtime they need', () => {
  it('records a build that already works under Node without rebuilding it, then does nothing', () => {
    expect(runScript('node')).toMatchObject({ status: 0, stdout: '' });
    expect(marker()).toMatchObject({ runtime: 'node', abi: process.versions.modules });
    expect(runScript('node')).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it.skipIf(process.platform === 'win32')('switches to a cached Electron build and back to Node by copying, not compiling', () => {
    installFakeElectron();
    expect(runScript('node').status).toBe(0);

    const toElectron = runScript('electron');
    expect(toElectron.status).toBe(0);
    expect(toElectron.stdout).toContain(`cached electron-${electronAbi} build`);
    expect(marker()).toMatchObject({ runtime: 'electron', abi: electronAbi });
    expect(loadsUnderNode()).toBe(false);

    const toNode = runScript('node');
    expect(toNode.status).toBe(0);
    expect(toNode.stdout).toContain(`cached node-${process.versions.modules} build`);
    expect(loadsUnderNode()).toBe(true);
  });

  it('notices a binary replaced behind its back (e.g. by electron-builder) and checks it again', () => {
    expect(runScript('node').status).toBe(0);
    const later = new Date(Date.now() + 60_000);
    utimesSync(releaseBinary(), later, later);
    const again = runScript('node');
    expect(again.status).toBe(0);
    expect(marker().runtime).toBe('node');
    expect(JSON.parse(readFileSync(join(cacheDir(), 'current.json'), 'utf8')).mtimeMs).toBe(Math.trunc(statSync(releaseBinary()).mtimeMs));
  });

  it('explains in one line that the app cannot start when the Electron binary was never downloaded', () => {
    const result = runScript('electron');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('cannot start on this machine');
    expect(loadsUnderNode()).toBe(true);
  });

  it('refuses an unknown runtime name', () => {
    expect(runScript('deno')).toMatchObject({ status: 2 });
  });
});
