import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Bench, BenchEnv, Figure } from './bench-kit';
import { dbBench } from './db.bench';
import { contactsInsertBench, contactsSeededBench, seedBenchDatabase } from './contacts.bench';
import { rendererBench } from './renderer.bench';
import { contactsListScrollBench } from './contacts-list-scroll.bench';
import { benchDocuments } from './documents.bench';
import { benchImportExportParsing } from './import-export.bench';
import { benchImports } from './imports.bench';
import { mailingsBench } from './mailings.bench';

type Report = (name: string, value: number, unit: string) => void;

/** A bench written as a function that reports figures one by one. */
const adapt = (names: string[], fn: (report: Report) => Promise<void>): Bench => ({
  names,
  run: (emit) => fn((name, value, unit) => emit({ name, value, unit })),
});

/** Every bench, in the order they run; later issues append theirs. */
const BENCHES: Bench[] = [
  dbBench,
  contactsInsertBench,
  contactsSeededBench,
  rendererBench,
  contactsListScrollBench,
  adapt(['import.', 'export.'], benchImports),
  adapt(['import.format.', 'export.format.'], benchImportExportParsing),
  adapt(['labels.', 'letters.', 'documents.'], benchDocuments),
  mailingsBench,
];

/**
 * `npm run bench [-- --only PREFIX] [-- --seeded-db FILE]`: prints one JSON object per line,
 * {"name", "value", "unit"}. --seeded-db reuses (or creates once) the 100,000-contact database.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, 'seeded-db': { type: 'string' } } });
  const only = values.only ?? '';
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
  let seeded: string | null = null;
  const env: BenchEnv = {
    dir,
    async seededDb() {
      if (seeded) return seeded;
      const file = values['seeded-db'] ?? join(dir, 'seeded.sqlite');
      if (!existsSync(file)) await seedBenchDatabase(file);
      seeded = file;
      return file;
    },
  };
  const emit = (f: Figure) => {
    if (f.name.startsWith(only)) console.log(JSON.stringify(f));
  };
  try {
    for (const bench of BENCHES) {
      // A name may be a whole figure name or a prefix such as "documents." for benches that
      // report many figures.
      if (bench.names.some((n) => n.startsWith(only) || only.startsWith(n))) await bench.run(emit, env);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
