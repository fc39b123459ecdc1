import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { AppError } from '../errors';
import type { ContactStep } from './contact-steps';
import { ImportCancelled } from './run-contact-import';

/**
 * The planning thread and the writing thread of a large import, joined by a message port and a
 * few shared counters. The writer reads steps synchronously (inside its transaction) and waits
 * on the counters when none is there yet; the planner stays at most AHEAD chunks ahead, so the
 * memory in between stays small however large the file.
 */
export interface PlanLink {
  port: MessagePort;
  /** Int32Array over it: see the slots below. */
  state: SharedArrayBuffer;
}

/** Set by the writer once it holds the write lock: the planner may read the stored contacts. */
const GO = 0;
/** Chunks the planner has posted. */
const SENT = 1;
/** Chunks the writer has taken. */
const TAKEN = 2;
/** Set by the app's thread when the planner thread exited. */
const GONE = 3;

/** Chunks the planner may be ahead of the writer. */
const AHEAD = 16;
/** Steps per chunk. */
export const CHUNK_STEPS = 100;
/** How long either side sleeps before looking at cancel and exit flags again, in ms. */
const NAP = 200;

export const linkState = (): SharedArrayBuffer => new SharedArrayBuffer(4 * 4);

/** Tells a writer blocked on the link that the planner thread is gone (it exited or crashed). */
export function markPlannerGone(state: SharedArrayBuffer): void {
  const s = new Int32Array(state);
  Atomics.store(s, GONE, 1);
  Atomics.notify(s, SENT);
}

type LinkMessage =
  | { type: 'steps'; steps: ContactStep[] }
  | { type: 'end' }
  | { type: 'failed'; code: AppError['code']; key: string; params: Record<string, unknown>; message: string };

/** The planner's end of the link. */
export class StepSender {
  private readonly s: Int32Array;

  constructor(
    private readonly link: PlanLink,
    private readonly cancel: Int32Array,
  ) {
    this.s = new Int32Array(link.state);
  }

  /** Blocks until the writer holds the write lock (or the import is cancelled: then false). */
  waitForGo(): boolean {
    while (Atomics.load(this.s, GO) === 0) {
      if (Atomics.load(this.cancel, 0) === 1) return false;
      Atomics.wait(this.s, GO, 0, NAP);
    }
    return true;
  }

  /** Posts a chunk of steps; blocks while the writer is AHEAD chunks behind. False once cancelled. */
  send(steps: ContactStep[]): boolean {
    this.post({ type: 'steps', steps });
    const sent = Atomics.load(this.s, SENT);
    for (;;) {
      const taken = Atomics.load(this.s, TAKEN);
      if (sent - taken < AHEAD) return true;
      if (Atomics.load(this.cancel, 0) === 1) return false;
      Atomics.wait(this.s, TAKEN, taken, NAP);
    }
  }

  end(): void {
    this.post({ type: 'end' });
  }

  fail(err: unknown): void {
    if (err instanceof AppError) this.post({ type: 'failed', code: err.code, key: err.key, params: err.params, message: err.message });
    else this.post({ type: 'failed', code: 'internal', key: 'internal', params: { detail: err instanceof Error ? err.message : String(err) }, message: String(err) });
  }

  private post(message: LinkMessage): void {
    this.link.port.postMessage(message);
    Atomics.add(this.s, SENT, 1);
    Atomics.notify(this.s, SENT);
  }
}

/**
 * The writer's end: every step the planner sends, in order. The first step is asked for inside
 * the writer's transaction, which is when the planner is told to read the stored contacts.
 * Throws the planner's failure as its own, and ImportCancelled when the person cancels while
 * the writer waits.
 */
export function* receiveSteps(link: PlanLink, cancelled: () => boolean): Generator<ContactStep> {
  const s = new Int32Array(link.state);
  Atomics.store(s, GO, 1);
  Atomics.notify(s, GO);
  const next = (): LinkMessage => {
    for (;;) {
      const seen = Atomics.load(s, SENT);
      const got = receiveMessageOnPort(link.port);
      if (got) return got.message as LinkMessage;
      if (Atomics.load(s, GONE) === 1) {
        const last = receiveMessageOnPort(link.port);
        if (last) return last.message as LinkMessage;
        throw new Error('the import planning thread stopped');
      }
      if (cancelled()) throw new ImportCancelled();
      Atomics.wait(s, SENT, seen, NAP);
    }
  };
  try {
    for (;;) {
      const m = next();
      if (m.type === 'end') return;
      if (m.type === 'failed') throw new AppError(m.code, m.key, m.params);
      yield* m.steps;
      Atomics.add(s, TAKEN, 1);
      Atomics.notify(s, TAKEN);
    }
  } finally {
    link.port.close();
  }
}
