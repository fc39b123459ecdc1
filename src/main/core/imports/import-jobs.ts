import { randomBytes } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { ImportJob, ImportRecord } from '../../../shared/contract/imports.contract';
import type { Locale } from '../../../shared/contract/settings.contract';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { importRecord } from './import-history';
import { importsText } from './imports-text';
import type { ImportJobData, WorkerMessage } from './job-data';
import { packedBuffers } from './packed-table';
import { launchWorker } from './worker-launch';

interface Job {
  id: string;
  dataFile: string;
  worker: Worker;
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

/**
 * Starts an import in its own thread. The app keeps answering calls meanwhile (readers see the
 * database as it was until the import commits); follow it with jobProgress.
 */
export function startJob(ctx: ServiceContext, data: Omit<ImportJobData, 'cancel'>, total: number): ImportJob {
  // Two imports into one file would only queue on SQLite's write lock; say so instead.
  for (const other of jobs.values()) if (other.dataFile === ctx.dataFile && other.state === 'running') throw new AppError('conflict', 'imports.busy');
  const cancel = new SharedArrayBuffer(4);
  const worker = launchWorker('import-worker', { ...data, cancel }, data.packed ? packedBuffers(data.packed) : []);
  const locale: Locale = ctx.locale;
  const job: Job = {
    id: randomBytes(12).toString('base64url'),
    dataFile: ctx.dataFile,
    worker,
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
  job.finished = new Promise<void>((resolve) => {
    // The worker exits right after its last message; only an exit without one is a failure.
    let answered = false;
    const end = (state: ImportJob['state'], error: string | null = null) => {
      if (job.state !== 'running') return;
      job.state = state;
      job.error = error;
      job.ended = Date.now();
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
      else end('failed', t(`errors.${m.key}`, m.params));
    });
    worker.on('error', (err) => end('failed', t('errors.internal', { detail: err.message })));
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
