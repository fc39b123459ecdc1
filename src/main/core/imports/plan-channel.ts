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
  /** Int32Array over it: the ids of the custom fields the writer made (NewField), set before GO. */
  made: SharedArrayBuffer;
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
export const madeFieldsSlots = (count: number): SharedArrayBuffer => new SharedArrayBuffer(4 * Math.max(1, count));

/** Tells a writer blocked on the link that the planner thread is gone (it exited or crashed). */
export function markPlannerGone(state: SharedArrayBuffer): void {
  const s = new Int32Array(state);
  Atomics.store(s, GONE, 1);
  Atomics.notify(s, SENT);
}

/**
 * A chunk of steps packed flat: every value in order, its kind in `kinds`, its number (or a
 * list's or record's size) in `nums`, the texts in order in `texts`. V8 clones these much faster
 * than a hundred nested steps: per 20,000 steps, 60 ms to pack and post instead of 100 to post,
 * and 60 ms to receive and rebuild instead of 120-140. The texts stay separate strings rather
 * than one joined text read back in slices, so no string the writer keeps holds a chunk alive.
 */
interface PackedSteps {
  texts: string[];
  kinds: Uint8Array<ArrayBuffer>;
  nums: Float64Array<ArrayBuffer>;
}

type LinkMessage =
  | ({ type: 'steps' } & PackedSteps)
  | { type: 'end' }
  | { type: 'failed'; code: AppError['code']; key: string; params: Record<string, unknown>; message: string };

const NULL = 0;
const NUMBER = 1;
const TEXT = 2;
const TRUE = 3;
const FALSE = 4;
const UNDEFINED = 5;
const LIST = 6;
const RECORD = 7;
/** Values a step is given room for at first; a step of the usual file packs into about a hundred. */
const STEP_VALUES = 128;

const isPlainRecord = (v: object): v is Record<string, unknown> => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Packs plain data (what structured clone would copy of it, minus what a step never holds). */
class Packer {
  private readonly texts: string[] = [];
  private kinds: Uint8Array<ArrayBuffer>;
  private nums: Float64Array<ArrayBuffer>;
  private size = 0;

  constructor(capacity: number) {
    this.kinds = new Uint8Array(capacity);
    this.nums = new Float64Array(capacity);
  }

  value(v: unknown): void {
    switch (typeof v) {
      case 'string':
        this.texts.push(v);
        return this.put(TEXT, 0);
      case 'number':
        return this.put(NUMBER, v);
      case 'boolean':
        return this.put(v ? TRUE : FALSE, 0);
      case 'undefined':
        return this.put(UNDEFINED, 0);
      case 'object':
        if (v === null) return this.put(NULL, 0);
        if (Array.isArray(v)) return this.list(v);
        if (isPlainRecord(v)) return this.record(v);
    }
    throw new TypeError(`an import step cannot carry ${Object.prototype.toString.call(v)}`);
  }

  packed(): PackedSteps {
    return { texts: this.texts, kinds: this.kinds.subarray(0, this.size), nums: this.nums.subarray(0, this.size) };
  }

  private list(items: readonly unknown[]): void {
    this.put(LIST, items.length);
    for (let i = 0; i < items.length; i++) {
      const v = items[i];
      // Texts and numbers are most of a step (its row, phones, emails): no call for them.
      if (typeof v === 'string') {
        this.texts.push(v);
        this.put(TEXT, 0);
      } else if (typeof v === 'number') this.put(NUMBER, v);
      else this.value(v);
    }
  }

  private record(r: Record<string, unknown>): void {
    const keys = Object.keys(r);
    this.put(RECORD, keys.length);
    for (const key of keys) {
      this.value(key);
      this.value(r[key]);
    }
  }

  private put(kind: number, num: number): void {
    if (this.size === this.kinds.length) this.grow();
    this.kinds[this.size] = kind;
    this.nums[this.size++] = num;
  }

  private grow(): void {
    const capacity = Math.max(64, this.size * 2);
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const nums = new Float64Array(capacity);
    nums.set(this.nums);
    this.nums = nums;
  }
}

/** Reads back what a Packer packed, value by value. */
class Unpacker {
  private next = 0;
  private text = 0;

  constructor(private readonly p: PackedSteps) {}

  value(): unknown {
    const i = this.next++;
    const num = this.p.nums[i]!;
    switch (this.p.kinds[i]) {
      case TEXT:
        return this.p.texts[this.text++];
      case NUMBER:
        return num;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case UNDEFINED:
        return undefined;
      case LIST:
        return this.list(num);
      case RECORD:
        return this.record(num);
      default:
        return null;
    }
  }

  private list(length: number): unknown[] {
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) items.push(this.value());
    return items;
  }

  private record(size: number): Record<string, unknown> {
    const r: Record<string, unknown> = {};
    for (let i = 0; i < size; i++) {
      const key = this.value() as string;
      r[key] = this.value();
    }
    return r;
  }
}

/** A chunk of steps as the link carries it (see PackedSteps). */
export function packSteps(steps: readonly ContactStep[]): PackedSteps {
  const packer = new Packer(STEP_VALUES * steps.length);
  packer.value(steps);
  return packer.packed();
}

export const unpackSteps = (packed: PackedSteps): ContactStep[] => new Unpacker(packed).value() as ContactStep[];

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

  /** The ids of the `count` custom fields the writer made in its transaction; read after waitForGo. */
  madeFields(count: number): number[] {
    const ids = new Int32Array(this.link.made);
    return Array.from({ length: count }, (_, i) => Atomics.load(ids, i));
  }

  /** Posts a chunk of steps; blocks while the writer is AHEAD chunks behind. False once cancelled. */
  send(steps: ContactStep[]): boolean {
    const packed = packSteps(steps);
    // Moved, not copied: the packer made these buffers for this chunk alone.
    this.post({ type: 'steps', ...packed }, [packed.kinds.buffer, packed.nums.buffer]);
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

  private post(message: LinkMessage, transfer: ArrayBuffer[] = []): void {
    this.link.port.postMessage(message, transfer);
    Atomics.add(this.s, SENT, 1);
    Atomics.notify(this.s, SENT);
  }
}

/**
 * The writer's end: every step the planner sends, in order. The first step is asked for inside
 * the writer's transaction, which is when the planner is told to read the stored contacts.
 * Throws the planner's failure as its own, and ImportCancelled when the person cancels while
 * the writer waits. When no step is there yet, `whileWaiting` may do a piece of the writer's
 * own work instead of sleeping (it says whether it did any). `madeFields`, the ids of the custom
 * fields the writer made in its transaction, go to the planner with the go.
 */
export function* receiveSteps(link: PlanLink, cancelled: () => boolean, whileWaiting: () => boolean = () => false, madeFields: readonly number[] = []): Generator<ContactStep> {
  const s = new Int32Array(link.state);
  const made = new Int32Array(link.made);
  madeFields.forEach((id, i) => Atomics.store(made, i, id));
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
      if (whileWaiting()) continue;
      Atomics.wait(s, SENT, seen, NAP);
    }
  };
  try {
    for (;;) {
      const m = next();
      if (m.type === 'end') return;
      if (m.type === 'failed') throw new AppError(m.code, m.key, m.params);
      yield* unpackSteps(m);
      Atomics.add(s, TAKEN, 1);
      Atomics.notify(s, TAKEN);
    }
  } finally {
    link.port.close();
  }
}
