// `--jobs N` for check and pack: how many threads, and the one counter they share (the
// pool itself is ./pool.ts).
// Every thread takes the next file from a counter in a SharedArrayBuffer (Atomics), so
// no worker waits for the busy main thread to hand it work; a thread may run at most
// `window` files ahead of what the main thread has used, sleeping on Atomics.wait until
// it moves on, so memory stays flat however many schools there are.
import { availableParallelism } from 'node:os';

export const MAX_JOBS = 64;

/** Fewer files than this per extra thread are not worth starting a worker for (~40 ms each). */
export const FILES_PER_WORKER = 16;

/**
 * The default number of threads: one per core the process may use, at most
 * DEFAULT_MAX_JOBS. Each worker costs 20–25 MiB, and a district batch is bounded by the
 * disk long before 8 cores are busy; `--jobs` can ask for more.
 */
export const DEFAULT_MAX_JOBS = 8;

export function defaultJobs(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(DEFAULT_MAX_JOBS, cores));
}

/** Workers worth starting for `files` files when `jobs` threads are allowed. */
export function workersFor(jobs: number, files: number): number {
  return Math.max(0, Math.min(jobs - 1, Math.floor(files / FILES_PER_WORKER)));
}

/**
 * Resolves on the event loop's next turn. Reading and checking a school is synchronous,
 * so a loop over hundreds of them must let the loop turn between schools: V8 runs its
 * garbage-collection tasks there, and without them a 400-school batch peaked at 113 MiB
 * instead of 86 (the 100-school one at 90).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Heap settings for worker threads. A school's parsed data dies young; a small young
 * generation keeps a worker's heap from growing with the length of the batch (measured:
 * 400 schools peaked 11 MiB lower, at the same speed). Old generation: V8's default.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 4 } as const;

/** Slots of the shared counter. */
const NEXT = 0; // the next input index to take
const USED = 1; // how many results the main thread has used
const STOP = 2; // 1: stop taking files

/** The counter threads take files from: `null` entries (inputs already known to be unreadable) are skipped. */
export class Claims {
  readonly state: Int32Array;

  constructor(
    readonly files: ReadonlyArray<string | null>,
    readonly window: number,
    shared: SharedArrayBuffer = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT),
  ) {
    this.state = new Int32Array(shared);
  }

  get shared(): SharedArrayBuffer {
    return this.state.buffer as SharedArrayBuffer;
  }

  /** Indexes handed out so far (every index below has been taken by some thread). */
  get taken(): number {
    return Math.min(Atomics.load(this.state, NEXT), this.files.length);
  }

  /**
   * The next index for this thread, or undefined when none is left (or, without `wait`,
   * when the window is full). With `wait` (worker threads only) it sleeps until the main
   * thread uses more results.
   */
  take(wait: boolean): number | undefined {
    const { state, files } = this;
    for (;;) {
      if (Atomics.load(state, STOP) === 1) return undefined;
      const used = Atomics.load(state, USED);
      const next = Atomics.load(state, NEXT);
      if (next >= files.length) return undefined;
      if (next - used >= this.window) {
        if (!wait) return undefined;
        Atomics.wait(state, USED, used, 1000);
        continue;
      }
      if (Atomics.compareExchange(state, NEXT, next, next + 1) !== next) continue;
      if (files[next] === null) continue;
      return next;
    }
  }

  /** The main thread has used results up to `count`: waiting workers may go on. */
  used(count: number): void {
    if (count <= Atomics.load(this.state, USED)) return;
    Atomics.store(this.state, USED, count);
    Atomics.notify(this.state, USED);
  }

  stop(): void {
    Atomics.store(this.state, STOP, 1);
    Atomics.notify(this.state, USED);
  }
}
