import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/** esbuild's one call this file makes (typed here: esbuild is a development tool, not the app's). */
interface Esbuild {
  buildSync(options: {
    entryPoints: string[];
    outfile: string;
    bundle: true;
    platform: 'node';
    format: 'esm';
    target: string;
    packages: 'external';
    logLevel: 'error';
  }): unknown;
}

const bundledFromSource = new Map<string, string>();

/**
 * Under tsx or vitest, where this file is TypeScript: the worker's entry bundled with esbuild,
 * once per process, into node_modules/.cache (packages stay imports, resolved from there), so
 * the thread runs plain JavaScript as in the app. Running it through tsx instead would give
 * every thread its own loader thread and transpiler, 100 MB and more each, and measure the
 * import's memory and speed wrong.
 */
function fromSource(entry: string): string {
  let out = bundledFromSource.get(entry);
  if (out) return out;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('esbuild/package.json'));
  const dir = join(resolve(root, '..'), '.cache', 'desk-crm-workers');
  mkdirSync(dir, { recursive: true });
  out = join(dir, `${entry.replace(/^.*[\\/]/, '').replace(/\.ts$/, '')}.mjs`);
  // Test files run in parallel processes: each writes its own file and renames it into place.
  const tmp = `${out}.${process.pid}.${Date.now()}.tmp.mjs`;
  (require('esbuild') as Esbuild).buildSync({
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  renameSync(tmp, out);
  bundledFromSource.set(entry, out);
  return out;
}

/**
 * Starts a worker thread from its entry file: the one place that knows where it is.
 * In the app the main bundle holds this code and the worker is its sibling out/main/<name>.js
 * (a second input of the main build); under tsx or vitest this file is TypeScript and the
 * worker is bundled from source first (see fromSource).
 * `transferList` names buffers and ports inside workerData that move to the thread instead of being copied;
 * `resourceLimits` bounds the thread's heap (see worker-heap.ts).
 * @example launchWorker('import-worker', data) // out/main/import-worker.js, or ./import-worker.ts bundled
 */
export function launchWorker(name: string, workerData: unknown, transferList: TransferListItem[] = [], resourceLimits?: ResourceLimits): Worker {
  const options = { workerData, transferList, ...(resourceLimits ? { resourceLimits } : {}) };
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return new Worker(fromSource(join(dirname(here), `${name}.ts`)), options);
  // This code may sit in index.js or in a shared chunk one folder below it.
  const candidates = [join(dirname(here), `${name}.js`), join(dirname(here), '..', `${name}.js`)];
  const bundled = candidates.find((c) => existsSync(c));
  if (!bundled) throw new Error(`worker ${candidates[0]} is missing from the build`);
  return new Worker(bundled, options);
}
