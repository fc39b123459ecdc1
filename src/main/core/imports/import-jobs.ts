import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { MessageChannel, type Worker } from 'node:worker_threads';
import type { ImportJob, ImportRecord } from '../../../shared/contract/imports.contract';
import type { Locale } from '../../../shared/contract/settings.contract';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { importRecord } from './import-history';
import { importsText } from './imports-text';
import type { ImportJobData, PlannerData, WorkerMessage } from './job-data';
import { packedBuffers } from './packed-table';
import { linkState, madeFieldsSlots, markPlannerGone, type PlanLink } from './plan-channel';
import { boundedHeap, outOfMemory, plannerHeapLimits } from './worker-heap';
import { launchWorker } from './worker-launch';
import { BULK_ROWS } from '../contacts/contact-writer';
import { BUSY_TIMEOUT_MS } from '../db/connection';

interface Job {
  id: string;
  dataFile: string;
  worker: Worker;
  /** The planning thread of a large contacts import. */
  planner: Worker | null;
  state: ImportJob['state'];
  processed: number;
  total: number;
  started: number;
  ended: number | null;
  result: ImportRecord | null;
  error: string | null;
  cancel: Int32Array;
  finished: Promise<void>;
}

const jobs = new Map<string, Job>();

function snapshot(job: Job): ImportJob {
  const seconds = ((job.ended ?? Date.now()) - job.started) / 1000;
  return {
    jobId: job.id,
    state: job.state,
    processed: job.processed,
    total: job.total,
    rowsPerSecond: seconds > 0 ? Math.round(job.processed / seconds) : 0,
    result: job.result,
    error: job.error,
  };
}

/** From this many rows on, a contacts import plans its rows in a second thread while the first writes. */
const PLANNED_APART = BULK_ROWS;

/**
 * The planning thread of a large contacts import: it gets the file (or the rows the app read),
 * the writer gets the other end of the link. Its heap is bounded so that V8 keeps it near what
 * it holds (plannerHeapLimits), which depends on the file it parses and the contacts stored.
 */
function launchPlanner(ctx: ServiceContext, data: Omit<ImportJobData, 'cancel' | 'rows' | 'link'>, cancel: SharedArrayBuffer): { planner: Worker; link: PlanLink } {
  const { port1, port2 } = new MessageChannel();
  const state = linkState();
  const made = madeFieldsSlots(data.newFields.length);
  const plannerData: PlannerData = {
    dataFile: data.dataFile,
    filePath: data.filePath,
    read: data.read,
    packed: data.packed,
    mapping: data.mapping,
    mode: data.mode,
    keepInvalid: data.keepInvalid,
    defaultCountry: data.defaultCountry,
    formats: data.formats,
    extras: data.extras,
    newFields: data.newFields,
    fields: data.fields,
    cancel,
    link: { port: port2, state, made },
  };
  const stored = ctx.sqlite.prepare('select count(*) from contacts').pluck().get() as number;
  const limits = plannerHeapLimits(data.packed ? 0 : statSync(data.filePath).size, stored);
  const planner = launchWorker('import-planner', plannerData, [port2, ...(data.packed ? packedBuffers(data.packed) : [])], limits);
  // A planner that exits (done, failed, or crashed before it could say so) wakes a waiting writer.
  planner.on('exit', () => markPlannerGone(state));
  planner.on('error', () => markPlannerGone(state));
  return { planner, link: { port: port1, state, made } };
}

/**
 * How long the app's own writes wait for the write lock while an import holds it. The import
 * holds it from start to end (one transaction), so waiting the usual busy timeout only froze the
 * app's thread for five seconds before failing anyway; meanwhile a write fails at once and the
 * person is told why (errors.busy).
 */
const WAIT_WHILE_IMPORTING_MS = 100;

/**
 * Starts an import in its own thread. The app keeps answering calls meanwhile (readers see the
 * database as it was until the import commits; writes are refused, see WAIT_WHILE_IMPORTING_MS);
 * follow it with jobProgress.
 */
export function startJob(ctx: ServiceContext, data: Omit<ImportJobData, 'cancel' | 'rows' | 'link'>, total: number): ImportJob {
  // Two imports into one file would only queue on SQLite's write lock; say so instead.
  for (const other of jobs.values()) if (other.dataFile === ctx.dataFile && other.state === 'running') throw new AppError('conflict', 'imports.busy');
  const cancel = new SharedArrayBuffer(4);
  const apart = data.kind === 'contacts' && total >= PLANNED_APART ? launchPlanner(ctx, data, cancel) : null;
  const writerData: ImportJobData = { ...data, packed: apart ? null : data.packed, cancel, rows: total, link: apart?.link ?? null };
  const transfer = apart ? [apart.link.port] : data.packed ? packedBuffers(data.packed) : [];
  const worker = launchWorker('import-worker', writerData, transfer, boundedHeap());
  const locale: Locale = ctx.locale;
  const job: Job = {
    id: randomBytes(12).toString('base64url'),
    dataFile: ctx.dataFile,
    worker,
    planner: apart?.planner ?? null,
    state: 'running',
    processed: 0,
    total,
    started: Date.now(),
    ended: null,
    result: null,
    error: null,
    cancel: new Int32Array(cancel),
    finished: Promise.resolve(),
  };
  const t = importsText(locale);
  // A thread that reached its heap limit ended alone (worker-heap.ts): the file is too large.
  let outOfHeap = false;
  const tooLarge = () => t('errors.imports.outOfMemory', { file: data.fileName });
  apart?.planner.on('error', (err) => (outOfHeap ||= outOfMemory(err)));
  ctx.sqlite.pragma(`busy_timeout = ${WAIT_WHILE_IMPORTING_MS}`);
  job.finished = new Promise<void>((resolve) => {
    // The worker exits right after its last message; only an exit without one is a failure.
    let answered = false;
    const end = (state: ImportJob['state'], error: string | null = null) => {
      if (job.state !== 'running') return;
      job.state = state;
      job.error = error;
      job.ended = Date.now();
      if (ctx.sqlite.open) ctx.sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      // The writer is done with the planner (it may still wait on a full link after a failure).
      void job.planner?.terminate();
      resolve();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type !== 'progress') answered = true;
      if (m.type === 'progress') {
        job.processed = m.processed;
        job.total = m.total;
      } else if (m.type === 'done') {
        importRecord(ctx, m.importId).then(
          (record) => {
            job.result = record;
            job.processed = job.total;
            end('done');
          },
          (err: unknown) => end('failed', String(err)),
        );
      } else if (m.type === 'cancelled') end('cancelled');
      else end('failed', outOfHeap ? tooLarge() : t(`errors.${m.key}`, m.params));
    });
    worker.on('error', (err) => end('failed', outOfMemory(err) ? tooLarge() : t('errors.internal', { detail: err.message })));
    worker.on('exit', (code) => !answered && end('failed', t('errors.internal', { detail: `import stopped (${code})` })));
  });
  jobs.set(job.id, job);
  return snapshot(job);
}

function getJob(dataFile: string, id: string): Job {
  const job = jobs.get(id);
  if (!job || job.dataFile !== dataFile) throw new AppError('not_found', 'imports.jobGone');
  return job;
}

export function jobProgress(ctx: Pick<ServiceContext, 'dataFile'>, id: string): ImportJob {
  return snapshot(getJob(ctx.dataFile, id));
}

/** Asks the worker to stop and waits until it rolled back: the database is as it was. */
export async function cancelJob(ctx: Pick<ServiceContext, 'dataFile'>, id: string): Promise<ImportJob> {
  const job = getJob(ctx.dataFile, id);
  if (job.state === 'running') {
    Atomics.store(job.cancel, 0, 1);
    await job.finished;
  }
  return snapshot(job);
}

/** Resolves once the job has ended (done, cancelled or failed): for tests, benches and shutdown. */
export async function waitForJob(ctx: Pick<ServiceContext, 'dataFile'>, id: string): Promise<ImportJob> {
  const job = getJob(ctx.dataFile, id);
  await job.finished;
  return snapshot(job);
}
