import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../../src/main/app/create-backend';
import { dispatch } from '../../src/main/core/rpc/dispatch';
import { filesFor } from '../../src/main/core/files/file-registry';
import { waitForJob } from '../../src/main/core/imports/import-jobs';
import { writeCsv } from '../../src/main/core/import-export/write-csv';
import { writeXlsx } from '../../src/main/core/import-export/write-xlsx';
import { sqlFloorSeconds, stageStoredRows } from './sql-floor';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/contract';
import type { ExportColumn, ExportRow } from '../../src/shared/import-export/export-column';

/** Receives one figure: a dotted name, its value and unit. */
export type BenchReport = (name: string, value: number, unit: string) => void;

const HEADERS = ['First Name', 'Last Name', 'Company', 'Job Title', 'Mobile Phone', 'Business Phone', 'E-mail Address', 'Street', 'City', 'State', 'Postal Code', 'Country', 'Birthday', 'Notes', 'Categories'];
const COLUMNS: ExportColumn[] = HEADERS.map((header, i) => ({ key: `c${i}`, header }));
const GIVEN = ['Anna', 'Jonas', 'Maria', 'Wei', 'Li', 'Sofia', 'Ming', 'Lukas', 'Emma', 'Hao', '娜娜', '小明', '建国', '秀英'];
const FAMILY = ['Weber', 'Schmidt', 'Chen', 'Müller', 'Wang', 'Smith', '王', '李', '欧阳', '司马', 'Garcia', 'Rossi'];
const CITIES = ['Berlin', 'Hamburg', '深圳市', '上海市', 'Munich', 'London', 'Springfield'];

/** Deterministic contact rows of 15 columns: names, two phones, email, address with leading-zero postcodes, dates. */
function* people(count: number, offset = 0): Generator<ExportRow> {
  for (let n = offset; n < offset + count; n++) {
    yield {
      c0: GIVEN[n % GIVEN.length],
      c1: `${FAMILY[(n * 7) % FAMILY.length]}${n}`,
      c2: `Firma ${n % 5000} GmbH`,
      c3: ['Manager', 'Sales', '经理', 'CEO'][n % 4],
      c4: `+49 151 ${String(10_000_000 + n).slice(-8)}`,
      c5: `030 ${String(2_000_000 + n).slice(-7)}`,
      c6: `person${n}@example.com`,
      c7: `Hauptstraße ${n % 300}`,
      c8: CITIES[n % CITIES.length],
      c9: 'BE',
      c10: String(n % 100_000).padStart(5, '0'),
      c11: 'DE',
      c12: `19${50 + (n % 50)}-0${1 + (n % 9)}-1${n % 10}`,
      c13: n % 10 === 0 ? 'Met at the fair, likes tea' : '',
      c14: n % 3 === 0 ? 'VIP' : 'Newsletter',
    };
  }
}

async function call<M extends MethodName>(b: Backend, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const res = await dispatch(b.base, { method, input, locale: 'en' });
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.value as OutputOf<M>;
}

/** Samples the resident set size while `work` runs; returns its value, seconds and the peak in MB. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  try {
    const value = await work();
    return { value, seconds: (performance.now() - start) / 1000, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

function register(b: Backend, path: string): string {
  const file = filesFor(b.base).create(basename(path));
  copyFileSync(path, file.path);
  return file.id;
}

/** Opens, previews and imports a file; returns the seconds of each part. */
async function importTimed(b: Backend, path: string): Promise<{ previewMs: number; previewCpuSeconds: number; importSeconds: number; cpuSeconds: number; rows: number; importId: number }> {
  const fileId = register(b, path);
  const previewStart = performance.now();
  const previewCpu = process.cpuUsage();
  const session = await call(b, 'imports.open', { fileId });
  await call(b, 'imports.preview', { sessionId: session.sessionId, mapping: session.mapping });
  const previewMs = performance.now() - previewStart;
  const previewUsed = process.cpuUsage(previewCpu);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const job = await call(b, 'imports.start', { sessionId: session.sessionId, mapping: session.mapping, name: 'Bench', tagWithName: true });
  const done = await waitForJob(b.base, job.jobId);
  if (done.state !== 'done' || !done.result) throw new Error(`import ${done.state}: ${done.error}`);
  await call(b, 'imports.close', { sessionId: session.sessionId });
  const used = process.cpuUsage(cpu);
  // CPU time of the whole process (the worker thread included): steadier than wall time on a shared machine.
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { previewMs, previewCpuSeconds: (previewUsed.user + previewUsed.system) / 1e6, importSeconds: (performance.now() - start) / 1000, cpuSeconds, rows: done.result.created, importId: done.result.id };
}

/** The same CSV loaded by the sqlite3 command-line shell's .import into a bare table. */
function sqlite3Seconds(dir: string, csv: string): number {
  const db = join(dir, 'sqlite3-import.sqlite');
  rmSync(db, { force: true });
  const start = performance.now();
  execFileSync('sqlite3', [db, '-cmd', '.mode csv', `.import ${csv} people`], { stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

type Figures = Record<string, [number, string]>;

/** Each step runs in its own process, so its peak memory is its own. */
const STEPS: Record<string, (dir: string) => Promise<Figures>> = {
  async csv(dir) {
    const b = await createBackend({ dataFile: join(dir, 'csv.sqlite'), mode: 'browser', systemLocale: 'de-DE' });
    try {
      const csv = join(dir, 'people-200k.csv');
      const run = await importTimed(b, csv);
      const theirs = sqlite3Seconds(dir, csv);
      stageStoredRows(dir, join(dir, 'csv.sqlite'));
      const undoStart = performance.now();
      await call(b, 'imports.undo', { importId: run.importId });
      const undoMs = performance.now() - undoStart;
      return {
        'import.csv_rows_per_s': [Math.round(run.rows / run.importSeconds), 'rows/s'],
        'import.csv_cpu_rows_per_s': [Math.round(run.rows / run.cpuSeconds), 'rows/s of CPU time'],
        'import.csv_vs_sqlite3_import': [Math.round((run.importSeconds / theirs) * 100) / 100, 'ratio'],
        'import.preview_ms': [Math.round(run.previewMs), 'ms'],
        'import.preview_cpu_ms': [Math.round(run.previewCpuSeconds * 1000), 'ms of CPU time'],
        'import.undo_ms': [Math.round(undoMs), 'ms'],
      };
    } finally {
      await b.close();
    }
  },
  /**
   * What SQLite alone takes to store the rows the CSV step imported, in this schema
   * (sql-floor.ts): the fastest any import into it can be here. In a process of its own after
   * the import's, so nothing of that import (its checkpoint, say) runs beside it; sqlite3's
   * .import timed again beside it for the ratio.
   */
  async 'sql-floor'(dir) {
    const floor = await sqlFloorSeconds(dir);
    const theirs = sqlite3Seconds(dir, join(dir, 'people-200k.csv'));
    return {
      'import.csv_sql_floor_rows_per_s': [Math.round(floor.rows / floor.seconds), 'rows/s'],
      'import.sql_floor_vs_sqlite3_import': [Math.round((floor.seconds / theirs) * 100) / 100, 'ratio'],
    };
  },
  async xlsx(dir) {
    const b = await createBackend({ dataFile: join(dir, 'xlsx.sqlite'), mode: 'browser', systemLocale: 'de-DE' });
    try {
      const x = await measured(() => importTimed(b, join(dir, 'people-100k.xlsx')));
      return {
        'import.xlsx_rows_per_s': [Math.round(x.value.rows / (x.value.importSeconds + x.value.previewMs / 1000)), 'rows/s'],
        // Open, preview and import, in CPU time: steadier than wall time on a shared machine.
        'import.xlsx_cpu_rows_per_s': [Math.round(x.value.rows / (x.value.cpuSeconds + x.value.previewCpuSeconds)), 'rows/s of CPU time'],
        'import.xlsx_peak_rss_mb': [x.peakMb, 'MB'],
      };
    } finally {
      await b.close();
    }
  },
  async 'export-xlsx'(dir) {
    return exportStep(dir, 'xlsx');
  },
  async 'export-csv'(dir) {
    return exportStep(dir, 'csv');
  },
};

/** Exports the 100,000 contacts the XLSX step imported. */
async function exportStep(dir: string, format: 'xlsx' | 'csv'): Promise<Figures> {
  const b = await createBackend({ dataFile: join(dir, 'xlsx.sqlite'), mode: 'browser', systemLocale: 'de-DE' });
  try {
    const ex = await measured(() => call(b, 'exports.contacts', { scope: { type: 'all' }, format }));
    return { [`export.${format}_rows_per_s`]: [Math.round(ex.value.rows / ex.seconds), 'rows/s'], [`export.${format}_peak_rss_mb`]: [ex.peakMb, 'MB'] };
  } finally {
    await b.close();
  }
}

const SELF = fileURLToPath(import.meta.url);

function step(name: string, dir: string): Figures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, name, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Figures;
}

/**
 * Import and export figures of issue 5, end to end through the contract: a 200,000-row 15-column
 * UTF-8 CSV from file to committed rows with search keys (against sqlite3's own .import, and
 * against SQLite's own time to store the same rows in this schema), its preview and the undo of
 * that import; a 100,000-row XLSX import with peak memory; exports of the
 * 100,000 stored contacts to XLSX and CSV with peak memory. Each part in its own process.
 */
export async function benchImports(report: BenchReport): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-imports-'));
  try {
    await writeCsv(join(dir, 'people-200k.csv'), COLUMNS, people(200_000), { encoding: 'utf-8' });
    await writeXlsx(join(dir, 'people-100k.xlsx'), COLUMNS, people(100_000, 500_000));
    for (const name of ['csv', 'sql-floor', 'xlsx', 'export-xlsx', 'export-csv']) {
      for (const [figure, [value, unit]] of Object.entries(step(name, dir))) report(figure, value, unit);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx tests/bench/imports.bench.ts` runs the whole bench; with a step name and folder, one step.
if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  const [name, dir] = process.argv.slice(2);
  const run = name && dir ? STEPS[name]!(dir).then((f) => console.log(JSON.stringify(f))) : benchImports((n, value, unit) => console.log(JSON.stringify({ name: n, value, unit })));
  run.then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
