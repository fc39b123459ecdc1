#!/usr/bin/env node
/**
 * `node scripts/native-runtime.mjs <node|electron>`: makes node_modules/better-sqlite3 loadable by
 * the given runtime. Its compiled binary works in one runtime at a time (Node for tests, browser
 * mode and scripts; Electron for the app), so switching means swapping the binary.
 *
 * - A marker records which runtime + ABI the current binary was built for (and the binary's size
 *   and mtime, so a rebuild by anyone else invalidates it). When it matches: exit at once.
 * - Otherwise a copy cached earlier in node_modules/.cache/native-runtime/<runtime>-<abi>/ is put
 *   back, or the module is rebuilt (`npm rebuild` / `electron-rebuild`) and the result cached.
 *   The binary being replaced is cached first, so switching back is a file copy.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = join(root, 'node_modules', 'better-sqlite3');
const binary = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const cacheRoot = join(root, 'node_modules', '.cache', 'native-runtime');
const markerFile = join(cacheRoot, 'current.json');
const electronDir = join(root, 'node_modules', 'electron');
const isWindows = process.platform === 'win32';

const say = (message) => console.log(`[native-runtime] ${message}`);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function writeJson(file, value) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(value, null, 2));
  renameSync(`${file}.tmp`, file);
}

/** Size and mtime of the binary: cheap, and changed by any rebuild or reinstall. */
function fingerprint() {
  try {
    const s = statSync(binary);
    return { size: s.size, mtimeMs: Math.trunc(s.mtimeMs) };
  } catch {
    return null;
  }
}

const moduleVersion = () => readJson(join(moduleDir, 'package.json'))?.version ?? 'unknown';

/** Electron's ABI without starting Electron: the package ships it, node-abi knows it otherwise. */
function electronAbi() {
  const shipped = join(electronDir, 'abi_version');
  if (existsSync(shipped)) return readFileSync(shipped, 'utf8').trim();
  const version = readJson(join(electronDir, 'package.json'))?.version;
  const nodeAbi = createRequire(join(root, 'node_modules', '@electron', 'rebuild', 'package.json'))('node-abi');
  return nodeAbi.getAbi(version, 'electron');
}

/** The Electron executable, or null when its download was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD). */
function electronExecutable() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const exe = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

/** Whether the current binary opens a database under `runtime`, tried in a separate process. */
function loads(runtime, exe) {
  const code = "new (require('better-sqlite3'))(':memory:').close()";
  const env = runtime === 'electron' ? { ...process.env, ELECTRON_RUN_AS_NODE: '1' } : process.env;
  const result = spawnSync(exe, ['-e', code], { cwd: root, env, stdio: 'ignore' });
  return result.status === 0;
}

const cacheDir = (id) => join(cacheRoot, id);
const cacheMeta = () => ({ version: moduleVersion(), platform: process.platform, arch: process.arch });

/** Keeps a copy of the current binary as the build for `id` (e.g. node-115). */
function cacheCurrent(id) {
  const dir = cacheDir(id);
  mkdirSync(dir, { recursive: true });
  // A new file, never a write into the binary's inode: node_modules may be hard-linked elsewhere.
  copyFileSync(binary, join(dir, 'better_sqlite3.node.tmp'));
  renameSync(join(dir, 'better_sqlite3.node.tmp'), join(dir, 'better_sqlite3.node'));
  writeJson(join(dir, 'meta.json'), cacheMeta());
}

/** Puts back the cached build for `id`, if one exists for this better-sqlite3 version and machine. */
function restoreCached(id) {
  const dir = cacheDir(id);
  const meta = readJson(join(dir, 'meta.json'));
  const want = cacheMeta();
  if (!meta || meta.version !== want.version || meta.platform !== want.platform || meta.arch !== want.arch) return false;
  if (!existsSync(join(dir, 'better_sqlite3.node'))) return false;
  mkdirSync(dirname(binary), { recursive: true });
  copyFileSync(join(dir, 'better_sqlite3.node'), `${binary}.tmp`);
  renameSync(`${binary}.tmp`, binary);
  return true;
}

function markCurrent(runtime, abi) {
  writeJson(markerFile, { runtime, abi, version: moduleVersion(), ...fingerprint() });
}

function run(command, args) {
  say(`${command} ${args.join(' ')}`);
  // npm and npx are .cmd files on Windows, which only a shell can start.
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: isWindows });
  if (result.status !== 0) {
    console.error(`[native-runtime] "${command} ${args.join(' ')}" failed; see the output above.`);
    process.exit(result.status ?? 1);
  }
}

function main() {
  const runtime = process.argv[2];
  if (runtime !== 'node' && runtime !== 'electron') {
    console.error('Usage: node scripts/native-runtime.mjs <node|electron>');
    process.exit(2);
  }

  let exe = process.execPath;
  if (runtime === 'electron') {
    exe = electronExecutable();
    if (!exe) {
      console.error(
        '[native-runtime] The Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD), so the desktop app cannot start on this machine; use browser mode: npm run serve -- --db FILE.',
      );
      process.exit(1);
    }
  }
  const abi = runtime === 'node' ? process.versions.modules : electronAbi();
  const wanted = `${runtime}-${abi}`;

  // The common case: nothing to do.
  const marker = readJson(markerFile);
  const current = fingerprint();
  const markerValid =
    marker !== null && current !== null && marker.size === current.size && marker.mtimeMs === current.mtimeMs && marker.version === moduleVersion();
  if (markerValid && `${marker.runtime}-${marker.abi}` === wanted) return;

  // Find out what the current binary is, and keep it for switching back later.
  if (markerValid) {
    cacheCurrent(`${marker.runtime}-${marker.abi}`);
  } else if (current && loads('node', process.execPath)) {
    if (runtime === 'node') {
      // Built for Node already (e.g. straight after npm install): just record it.
      markCurrent('node', abi);
      cacheCurrent(wanted);
      return;
    }
    cacheCurrent(`node-${process.versions.modules}`);
  }

  if (restoreCached(wanted) && loads(runtime, exe)) {
    say(`better-sqlite3 switched to the cached ${wanted} build`);
  } else {
    say(`building better-sqlite3 for ${runtime} (ABI ${abi}); this happens once per runtime`);
    if (runtime === 'node') run('npm', ['rebuild', 'better-sqlite3']);
    else run('npx', ['--no-install', 'electron-rebuild', '-f', '-w', 'better-sqlite3']);
    if (!loads(runtime, exe)) {
      console.error(`[native-runtime] better-sqlite3 was rebuilt but still does not load under ${runtime}.`);
      process.exit(1);
    }
    cacheCurrent(wanted);
  }
  markCurrent(runtime, abi);
}

main();
