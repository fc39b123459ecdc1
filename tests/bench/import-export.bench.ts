import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readImportFile } from '../../src/main/core/import-export/read-import-file';
import { writeCsv } from '../../src/main/core/import-export/write-csv';
import { writeXlsx } from '../../src/main/core/import-export/write-xlsx';
import { applyMapping, autoMap, mappingContext, type ExportColumn, type ExportRow } from '../../src/shared/import-export';

/** Receives one figure: a dotted name, its value and unit. */
export type BenchReport = (name: string, value: number, unit: string) => void;

const SELF = fileURLToPath(import.meta.url);
const HEADERS = ['姓名', '手机', '电话', '邮箱', '公司', '部门', '职位', '省', '市', '地址', '邮编', '生日', '客户等级', '来源', '备注'];
const COLUMNS: ExportColumn[] = HEADERS.map((header, i) => ({ key: `c${i}`, header }));
const SURNAMES = ['王', '李', '张', '刘', '陈', '欧阳', '司马', 'Weber', 'Smith'];

/** Deterministic contact-like rows: names, numbers with leading zeros, dates, a quoted comma now and then. */
function* contacts(count: number): Generator<ExportRow> {
  for (let i = 0; i < count; i++) {
    yield {
      c0: `${SURNAMES[i % SURNAMES.length]}${i}`,
      c1: `138${String(i).padStart(8, '0')}`,
      c2: `010-${String(i % 10_000_000).padStart(8, '0')}`,
      c3: `user${i}@example.com`,
      c4: `公司${i % 5000}有限公司`,
      c5: ['销售部', '财务部', 'IT'][i % 3],
      c6: '经理',
      c7: '广东省',
      c8: '深圳市',
      c9: `南山区科技园路${i % 300}号`,
      c10: String(i % 1_000_000).padStart(6, '0'),
      c11: `19${String(50 + (i % 50))}-0${1 + (i % 9)}-1${i % 10}`,
      c12: ['主客户', '大客户', '普通客户'][i % 3],
      c13: '展会',
      c14: i % 10 === 0 ? '备注, 含逗号' : '老客户',
    };
  }
}

type Figures = Record<string, number>;

/** Runs `work` while sampling the resident set size; returns wall and CPU seconds and the peak in MB. */
async function measure(work: () => Promise<unknown>): Promise<{ seconds: number; cpuSeconds: number; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  const used = process.cpuUsage(cpu);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, peakMb: Math.round(peak / 1024 / 1024) };
}

async function rated(name: string, rows: number, work: () => Promise<unknown>): Promise<Figures> {
  const m = await measure(work);
  return {
    [`${name}_rows_per_s`]: Math.round(rows / m.seconds),
    // CPU time shows the work itself on a machine shared with other jobs.
    [`${name}_cpu_rows_per_s`]: Math.round(rows / m.cpuSeconds),
    [`${name}_peak_rss_mb`]: m.peakMb,
  };
}

/** One measured step; each runs in a fresh process so its peak memory is its own. */
const STEPS: Record<string, (dir: string, rows: number) => Promise<Figures>> = {
  async 'export-csv'(dir, rows) {
    return rated('export.csv', rows, () => writeCsv(join(dir, `contacts-${rows}.csv`), COLUMNS, contacts(rows)));
  },
  async 'export-xlsx'(dir, rows) {
    return rated('export.xlsx', rows, () => writeXlsx(join(dir, `contacts-${rows}.xlsx`), COLUMNS, contacts(rows)));
  },
  async 'read-xlsx'(dir, rows) {
    return rated('import.xlsx_parse', rows, () => readImportFile(join(dir, `contacts-${rows}.xlsx`)));
  },
  async 'read-csv'(dir, rows) {
    const path = join(dir, `contacts-${rows}.csv`);
    let table: Awaited<ReturnType<typeof readImportFile>> | undefined;
    const parse = await rated('import.csv_parse', rows, async () => (table = await readImportFile(path)));
    const map = await rated('import.csv_map', rows, async () => {
      if (!table) return;
      const mapping = autoMap(table.headers);
      const ctx = mappingContext(table, mapping);
      for (const row of table.rows) applyMapping(row, mapping, ctx);
    });
    delete map['import.csv_map_peak_rss_mb'];
    return { ...parse, ...map };
  },
};

const run = promisify(execFile);

async function step(name: string, dir: string, rows: number): Promise<Figures> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', SELF, name, dir, String(rows)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Figures;
}

function reportAll(report: BenchReport, figures: Figures, prefix = ''): void {
  for (const [name, value] of Object.entries(figures)) {
    const unit = name.endsWith('_mb') ? 'MB' : name.includes('_cpu_') ? 'rows/s of CPU time' : 'rows/s';
    report(prefix ? name.replace(/^(\w+)\./, `$1.${prefix}.`) : name, value, unit);
  }
}

/**
 * Figures of the file layer, each step in its own process: a 200,000-row, 15-column UTF-8 CSV
 * read into rows and mapped (as the preview does); a 100,000-row XLSX read with the streaming
 * reader (rows/s and peak RSS); the two streaming exports of 100,000 rows.
 */
export async function benchImportExportParsing(report: BenchReport): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-io-'));
  try {
    reportAll(report, await step('export-xlsx', dir, 100_000), 'format');
    reportAll(report, await step('read-xlsx', dir, 100_000), 'format');
    reportAll(report, await step('export-csv', dir, 100_000), 'format');
    await step('export-csv', dir, 200_000);
    reportAll(report, await step('read-csv', dir, 200_000), 'format');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The streaming exports with 1,000,000 rows (a few minutes here): the peak memory should match
 * the 100,000-row run, which shows it stays flat.
 */
export async function benchExportMillionRows(report: BenchReport): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-io-'));
  try {
    reportAll(report, await step('export-csv', dir, 1_000_000), '1m');
    reportAll(report, await step('export-xlsx', dir, 1_000_000), '1m');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run as a child process by step(): measure one step and print its figures as JSON.
if (process.argv[1] === SELF) {
  const [name = '', dir = '', rows = '0'] = process.argv.slice(2);
  const work = STEPS[name];
  if (!work) throw new Error(`Unknown bench step ${name}`);
  process.stdout.write(`${JSON.stringify(await work(dir, Number(rows)))}\n`);
}
