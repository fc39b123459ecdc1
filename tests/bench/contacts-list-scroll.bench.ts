import { openBrowserMode } from '../e2e/support/browser-mode';
import { median, quantile, round, type Bench } from './bench-kit';

/**
 * In-page measurements, as source text: handed to the page as a string so the bundler's helpers
 * never leak into the browser. Each waits on requestAnimationFrame and records the time between
 * frames while the grid scrolls, plus how many frames still showed rows waiting for their page.
 */
const STEADY_SCROLL = `async ({ pxPerFrame, frames }) => {
  const grid = document.querySelector('[role="grid"]');
  const deltas = [];
  let waiting = 0;
  let last = performance.now();
  for (let i = 0; i < frames; i++) {
    grid.scrollTop += pxPerFrame;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    deltas.push(now - last);
    last = now;
    if (grid.querySelector('[role="row"]:not([aria-selected])[aria-rowindex]:not([aria-rowindex="1"])')) waiting++;
  }
  return { deltas, waiting };
}`;

const JUMP_TO_END = `async () => {
  const grid = document.querySelector('[role="grid"]');
  const total = Number(grid.getAttribute('aria-rowcount'));
  const deltas = [];
  const start = performance.now();
  let last = start;
  grid.scrollTop = grid.scrollHeight;
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    deltas.push(now - last);
    last = now;
    const lastRow = grid.querySelector('[role="row"][aria-rowindex="' + total + '"]');
    if (lastRow && lastRow.querySelector('a')) return { deltas, ms: now - start, name: lastRow.querySelector('a').textContent };
    if (now - start > 30000) return { deltas, ms: -1, name: '' };
  }
}`;

/** Frames slower than this are the ones a person sees as a stutter. */
const LONG_FRAME_MS = 50;

interface Frames {
  deltas: number[];
}

const frameFigures = (prefix: string, { deltas }: Frames) => [
  { name: `${prefix}_frame_median_ms`, value: round(median(deltas)), unit: 'ms' },
  { name: `${prefix}_frame_p95_ms`, value: round(quantile(deltas, 0.95)), unit: 'ms' },
  { name: `${prefix}_frame_max_ms`, value: round(Math.max(...deltas)), unit: 'ms' },
  { name: `${prefix}_long_frames`, value: deltas.filter((d) => d > LONG_FRAME_MS).length, unit: 'frames' },
];

/**
 * The contact list in Chromium over the 100,000-contact database: frame times while scrolling
 * steadily through it, and while jumping to its last row (run `npm run build` first).
 */
export const contactsListScrollBench: Bench = {
  names: [
    'contacts.list_scroll_frame_median_ms',
    'contacts.list_scroll_frame_p95_ms',
    'contacts.list_scroll_frame_max_ms',
    'contacts.list_scroll_long_frames',
    'contacts.list_scroll_waiting_frames_pct',
    'contacts.list_idle_long_frames',
    'contacts.list_jump_frame_max_ms',
    'contacts.list_jump_to_end_ms',
  ],
  async run(emit, env) {
    let app;
    try {
      app = await openBrowserMode({ dataFile: await env.seededDb() });
    } catch (err) {
      // Like renderer.bundle_kb: without a built renderer there is nothing to scroll.
      console.error(`contacts.list_scroll skipped: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    try {
      const { page } = app;
      await page.getByText('100,000 contacts').waitFor({ timeout: 60_000 });
      await page.getByRole('grid').locator('a').first().waitFor();
      const frames = 600;
      // The same loop without scrolling: on a busy machine frames are late anyway, and this says by how much.
      const idle = (await page.evaluate(`(${STEADY_SCROLL})({ pxPerFrame: 0, frames: ${frames} })`)) as Frames;
      emit({ name: 'contacts.list_idle_long_frames', value: idle.deltas.filter((d) => d > LONG_FRAME_MS).length, unit: 'frames' });
      const steady = (await page.evaluate(`(${STEADY_SCROLL})({ pxPerFrame: 180, frames: ${frames} })`)) as Frames & { waiting: number };
      for (const f of frameFigures('contacts.list_scroll', steady)) emit(f);
      emit({ name: 'contacts.list_scroll_waiting_frames_pct', value: round((100 * steady.waiting) / frames), unit: '%' });
      const jump = (await page.evaluate(`(${JUMP_TO_END})()`)) as Frames & { ms: number };
      emit({ name: 'contacts.list_jump_frame_max_ms', value: round(Math.max(...jump.deltas)), unit: 'ms' });
      emit({ name: 'contacts.list_jump_to_end_ms', value: round(jump.ms), unit: 'ms' });
    } finally {
      await app.close();
    }
  },
};
