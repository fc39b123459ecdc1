import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../../src/main/app/create-backend';
import { seedDatabase } from '../../../src/main/seed/seed';
import { openBrowserMode } from '../support/browser-mode';

/**
 * `npx tsx tests/e2e/tools/readme-screenshot.ts [OUT.png] [ROUTE]`: the README's picture, taken from
 * browser mode on 2,000 seeded contacts (run `npm run build` first); ROUTE such as `/documents`.
 */
async function main(): Promise<void> {
  const out = process.argv[2] ?? 'docs/screenshot.png';
  const dir = mkdtempSync(join(tmpdir(), 'crm-shot-'));
  const dataFile = join(dir, 'demo.sqlite');
  const seeding = await createBackend({ dataFile, mode: 'browser', systemLocale: 'en-US' });
  await seedDatabase({ ...seeding.base, locale: 'en' }, { contacts: 2000 });
  await seeding.close();
  const app = await openBrowserMode({ dataFile });
  try {
    await app.page.setViewportSize({ width: 1400, height: 820 });
    const route = process.argv[3];
    // The token stays in the tab's session storage, so the route can be opened directly.
    if (route) await app.page.goto(`${app.server.url.split('?')[0]}#${route}`);
    else await app.page.getByRole('row').nth(5).waitFor();
    await app.page.waitForTimeout(route ? 2000 : 500);
    await app.page.screenshot({ path: out });
    console.log(`Wrote ${out}`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
