import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type Bench } from './bench-kit';

const RENDERER_OUT = join(process.cwd(), 'out', 'renderer');

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return jsFiles(path);
    return e.name.endsWith('.js') ? [path] : [];
  });
}

/** renderer.bundle_kb: gzipped size of the built renderer's JavaScript (run `npm run build` first). */
export const rendererBench: Bench = {
  names: ['renderer.bundle_kb'],
  async run(emit) {
    if (!existsSync(RENDERER_OUT)) {
      console.error('renderer.bundle_kb skipped: out/renderer does not exist (run `npm run build` first).');
      return;
    }
    const bytes = jsFiles(RENDERER_OUT).reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
    emit({ name: 'renderer.bundle_kb', value: round(bytes / 1024), unit: 'kB' });
  },
};
