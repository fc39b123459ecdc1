import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';

/**
 * An ESM bootstrap that registers tsx's loader inside the thread, then loads the TypeScript
 * entry. (Node 20 ignores `--import tsx` in a worker's execArgv, so the loader is set up here.)
 */
function fromSource(entry: string, workerData: unknown, transferList: TransferListItem[]): Worker {
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(entry).href)}); });`;
  return new Worker(code, { eval: true, workerData, transferList });
}

/**
 * Starts a worker thread from its entry file, bundled or not: the one place that knows both.
 * In the app the main bundle holds this code and the worker is its sibling out/main/<name>.js
 * (a second input of the main build); under tsx or vitest this file is TypeScript and the
 * worker runs from source through tsx.
 * `transferList` names buffers and ports inside workerData that move to the thread instead of being copied.
 * @example launchWorker('import-worker', data) // out/main/import-worker.js or ./import-worker.ts
 */
export function launchWorker(name: string, workerData: unknown, transferList: TransferListItem[] = []): Worker {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return fromSource(join(dirname(here), `${name}.ts`), workerData, transferList);
  // This code may sit in index.js or in a shared chunk one folder below it.
  const candidates = [join(dirname(here), `${name}.js`), join(dirname(here), '..', `${name}.js`)];
  const bundled = candidates.find((c) => existsSync(c));
  if (!bundled) throw new Error(`worker ${candidates[0]} is missing from the build`);
  return new Worker(bundled, { workerData, transferList });
}
