/** One figure `npm run bench` prints, as one JSON line. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

export type Emit = (figure: Figure) => void;

/** A group of figures measured together (they share set-up such as a seeded database). */
export interface Bench {
  /**
   * The names this bench reports (or their common prefix, e.g. "documents."), so `--only PREFIX`
   * can skip it without running it.
   */
  names: readonly string[];
  run(emit: Emit, env: BenchEnv): Promise<void>;
}

export interface BenchEnv {
  /** A scratch folder removed at the end. */
  dir: string;
  /** A database seeded with 100,000 contacts, built on first use and shared. */
  seededDb(): Promise<string>;
}

/** Milliseconds a call takes, measured with the monotonic clock. */
export async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The q-quantile (0..1) of samples, by nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);

/** Rounds for printing: two decimals are plenty for milliseconds and megabytes. */
export const round = (n: number) => Math.round(n * 100) / 100;
