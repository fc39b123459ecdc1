import { join } from 'node:path';
import { createBackend } from '../../src/main/app/create-backend';
import { median, round, timed, type Bench } from './bench-kit';

/** db.open_migrate_ms: open a new data file and run every migration (median of 5). */
export const dbBench: Bench = {
  names: ['db.open_migrate_ms'],
  async run(emit, env) {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const file = join(env.dir, `open-${i}.sqlite`);
      let close: () => Promise<void> = async () => undefined;
      samples.push(
        await timed(async () => {
          const backend = await createBackend({ dataFile: file, mode: 'browser', systemLocale: 'en-US' });
          close = backend.close;
        }),
      );
      await close();
    }
    emit({ name: 'db.open_migrate_ms', value: round(median(samples)), unit: 'ms' });
  },
};
