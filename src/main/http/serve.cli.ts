import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../app/create-backend';
import { startBrowserServer } from './server';

/** `npm run serve -- --db FILE [--port N]`: browser mode on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' } },
  });
  if (!values.db) {
    console.error('Usage: npm run serve -- --db FILE [--port N]');
    process.exit(2);
  }
  const backend = await createBackend({ dataFile: resolve(values.db), mode: 'browser' });
  const srv = await startBrowserServer({
    base: backend.base,
    rendererDir: resolve(values.renderer ?? 'out/renderer'),
    port: values.port ? Number(values.port) : 0,
  });
  console.log(`Desk CRM (browser mode) on ${srv.url}`);
  console.log(`Data file: ${backend.base.dataFile}`);
  const stop = async () => {
    await srv.close();
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
