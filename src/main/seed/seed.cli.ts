import { parseArgs } from 'node:util';
import { createBackend } from '../app/create-backend';
import { seedDatabase } from './seed';

/** `npm run seed -- --db FILE --contacts N [--seed S]`: fills FILE with demo data. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      contacts: { type: 'string', default: '1000' },
      seed: { type: 'string' },
      locale: { type: 'string', default: 'en-US' },
    },
  });
  if (!values.db) {
    console.error('Usage: npm run seed -- --db FILE --contacts N [--seed S]');
    process.exit(2);
  }
  const contacts = Number(values.contacts);
  if (!Number.isInteger(contacts) || contacts < 1) {
    console.error(`--contacts must be a positive whole number, not "${values.contacts}"`);
    process.exit(2);
  }
  const backend = await createBackend({ dataFile: values.db, mode: 'browser', systemLocale: values.locale });
  const started = performance.now();
  try {
    const summary = await seedDatabase(
      { ...backend.base, locale: 'en' },
      { contacts, seed: values.seed === undefined ? undefined : Number(values.seed) },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${values.db}: ${summary.people} people, ${summary.companies} companies, ${summary.history} history items in ${seconds} s`,
    );
  } finally {
    await backend.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
