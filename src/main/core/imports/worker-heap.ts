import type { ResourceLimits } from 'node:worker_threads';

/**
 * The most heap an import thread is given. In the app all threads of the main process share one
 * 4 GB heap (Electron builds V8 with pointer compression), and a thread without a limit that runs
 * out of it aborts the whole app; with a limit only that thread ends (ERR_WORKER_OUT_OF_MEMORY),
 * and the person is told the file is too large (imports.outOfMemory). 2 GB is more than any file
 * under the size limit needs (a 256 MB CSV about 1.8 GB, at 7 times its bytes).
 */
const MAX_MB = 2048;
/** The limit under which V8 keeps a heap close to its live data (see plannerHeapLimits). */
const TAMED_MB = 1024;
/** What the planning thread holds whatever the file: its code, libphonenumber's and pinyin's data, a few chunks. */
const BASE_MB = 256;
/**
 * A text file's rows as the planner holds them, per byte of the file: more than twice the most
 * measured (7 on a UTF-8 CSV of contacts, 3 on one of two-letter cells).
 */
const HEAP_PER_FILE_BYTE = 16;
/** The duplicate keys of one stored contact (DuplicateIndex): about 600 bytes measured. */
const HEAP_PER_STORED_CONTACT = 2048;

/**
 * The heap limit of a large import's planning thread. With a limit of 2 GB and more (V8's own
 * on a machine of 8 GB and more), V8 lets a heap grow to about four times its live data between
 * full collections; the planner makes garbage at a steady rate (each row's cells, phones and
 * search entry) while holding little, so on a 100,000-row workbook its heap grew from 63 MB to
 * 120 with 30-45 MB live, and the whole import's peak memory grew with it: 491-548 MB. Under a
 * limit of 1 GB V8 collects sooner and the heap stays at 63 MB: peak 433-452 MB, and 5-8% less
 * CPU. The limit stays far above what the planner must hold, which grows with the text file it
 * parses itself (a workbook's rows come packed, outside its heap) and the stored contacts it
 * checks duplicates against, up to MAX_MB.
 * @param textFileBytes the size of the text file the planner reads, 0 when its rows come packed
 * @example plannerHeapLimits(0, 5_000) // { maxOldGenerationSizeMb: 1024 }
 */
export function plannerHeapLimits(textFileBytes: number, storedContacts: number): ResourceLimits {
  const needed = BASE_MB + (textFileBytes * HEAP_PER_FILE_BYTE + storedContacts * HEAP_PER_STORED_CONTACT) / (1024 * 1024);
  return { maxOldGenerationSizeMb: Math.min(MAX_MB, Math.max(TAMED_MB, Math.ceil(needed))) };
}

/** The heap limit of the other import threads: the workbook reader and the writer (see MAX_MB). */
export const boundedHeap = (): ResourceLimits => ({ maxOldGenerationSizeMb: MAX_MB });

/** Whether a thread ended because it reached its heap limit. */
export const outOfMemory = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
