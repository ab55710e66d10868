// The one worker pool of `check --jobs` and `pack --jobs`. Schools are handed out by a
// shared counter (Claims), results come back in input order through `get(index)`, at
// most `window` schools run ahead of what the caller has taken (bounded memory), and a
// worker that dies is taken over by the main thread: a school it had taken and not
// answered is done here (perhaps twice, never wrongly), where a genuine error surfaces
// exactly as it would without workers. A worker that ends normally has answered all it
// took: nothing is redone.
//
// Workers run the bundle's worker entry (src/cli/worker.ts), which the program's entry
// point names with `setWorkerSource`: a file beside the bundle, or the code itself
// inside a standalone executable. Run from TypeScript sources (tests) there is none, and
// everything runs on the main thread, with the same results.
import { Worker } from 'node:worker_threads';
import { Claims, nextTurn, WORKER_RESOURCE_LIMITS } from './jobs.js';
import type { LangCode as Lang } from './lang-env.js';
import { workerSource } from './worker-source.js';

export function workersAvailable(): boolean {
  return workerSource() !== undefined;
}

/** What a worker thread is told: which task, for which files, and the shared counter. */
export interface WorkerSetup {
  pmpWorker: true;
  task: string;
  /** The task's own settings (a ruleset, a creation time): structured-clone data. */
  options: unknown;
  lang: Lang;
  files: ReadonlyArray<string | null>;
  window: number;
  shared: SharedArrayBuffer;
}

export interface WorkerReply {
  index: number;
  value: unknown;
}

export interface PoolOptions<R> {
  /** The inputs, by index; null ones (already known unreadable) are never handed out. */
  files: ReadonlyArray<string | null>;
  workers: number;
  /** How many schools any thread may be ahead of the one the caller waits for. */
  window: number;
  task: string;
  options: unknown;
  lang: Lang;
  /** The work for one index on this thread (help, or take over from a dead worker). */
  here: (index: number) => Promise<R>;
  /** A worker's reply made whole again (buffers, dates do not survive the crossing as they were). */
  revive?: (value: unknown) => R;
  /** The main thread takes schools itself while it waits (check); otherwise it only takes over (pack). */
  helps: boolean;
  /** How a worker is started: the seam tests use to start a worker that dies. */
  spawn?: (setup: WorkerSetup) => Worker;
}

export interface PoolStats {
  workers: number;
  /** Results that came from worker threads. */
  byWorkers: number;
  /** Schools done here because the worker that had taken them died. */
  takenOver: number;
  /** Workers that failed or exited before the batch was done. */
  died: number;
}

/** Told what a batch's worker threads did, once they are stopped. */
export type WorkersDone = (stats: PoolStats) => void;

function defaultSpawn(setup: WorkerSetup): Worker {
  const source = workerSource();
  if (!source) throw new Error('no worker source');
  const options = { workerData: setup, resourceLimits: WORKER_RESOURCE_LIMITS };
  return 'file' in source ? new Worker(source.file, options) : new Worker(source.code, { ...options, eval: true });
}

export class Pool<R> {
  private readonly claims: Claims;
  private readonly results = new Map<number, R>();
  private readonly waiting = new Map<number, { resolve: (value: R) => void; reject: (err: unknown) => void }>();
  private readonly alive = new Set<Worker>();
  /** Indexes being done on this thread. */
  private readonly doingHere = new Set<number>();
  /** A worker died: a school it had taken may never be answered. */
  private lost = false;
  /** The highest index asked for: a second answer for one already handed out is dropped. */
  private asked = -1;
  private readonly stats: PoolStats;

  constructor(private readonly options: PoolOptions<R>) {
    this.claims = new Claims(options.files, options.window);
    this.stats = { workers: options.workers, byWorkers: 0, takenOver: 0, died: 0 };
    const setup: WorkerSetup = {
      pmpWorker: true,
      task: options.task,
      options: options.options,
      lang: options.lang,
      files: options.files,
      window: options.window,
      shared: this.claims.shared,
    };
    const spawn = options.spawn ?? defaultSpawn;
    for (let i = 0; i < options.workers; i++) {
      const worker = spawn(setup);
      this.alive.add(worker);
      worker.on('message', (reply: WorkerReply) => {
        this.stats.byWorkers++;
        this.settle(reply.index, options.revive ? options.revive(reply.value) : (reply.value as R));
      });
      worker.on('error', () => this.lose(worker));
      worker.on('exit', (code) => {
        if (code !== 0) return this.lose(worker);
        // Nothing left to take, and all it took answered (messages come before 'exit').
        this.alive.delete(worker);
        this.takeOver();
      });
    }
  }

  private settle(index: number, value: R): void {
    const waiter = this.waiting.get(index);
    if (waiter) {
      this.waiting.delete(index);
      waiter.resolve(value);
    } else if (index > this.asked) this.results.set(index, value);
  }

  private lose(worker: Worker): void {
    if (!this.alive.delete(worker)) return;
    this.lost = true;
    this.stats.died++;
    this.takeOver();
  }

  /** Does on this thread every awaited school no live worker will answer. */
  private takeOver(): void {
    for (const index of this.waiting.keys()) {
      if (this.doingHere.has(index)) continue;
      const maybeHeldByTheDead = this.lost && index < this.claims.taken;
      if (this.alive.size === 0 || maybeHeldByTheDead) {
        if (this.alive.size > 0 || this.lost) this.stats.takenOver++;
        this.runHere(index);
      }
    }
  }

  private runHere(index: number): void {
    this.doingHere.add(index);
    this.options.here(index).then(
      (value) => {
        this.doingHere.delete(index);
        this.settle(index, value);
      },
      (err: unknown) => {
        this.doingHere.delete(index);
        // Rethrown where it is awaited, as without workers.
        const waiter = this.waiting.get(index);
        this.waiting.delete(index);
        waiter?.reject(err);
      },
    );
  }

  /** The result for input `index`; ask in input order. */
  async get(index: number): Promise<R> {
    this.asked = Math.max(this.asked, index);
    this.claims.used(index);
    const ready = this.results.get(index);
    if (ready !== undefined || this.results.has(index)) {
      this.results.delete(index);
      return ready as R;
    }
    const answer = new Promise<R>((resolve, reject) => this.waiting.set(index, { resolve, reject }));
    if (this.alive.size === 0 || (this.lost && index < this.claims.taken)) this.takeOver();
    else if (this.options.helps) await this.help(index);
    return answer;
  }

  /**
   * While `index` is awaited, this thread checks whatever school is next, letting worker
   * replies (and V8's GC tasks) in between, so the window moves on.
   */
  private async help(index: number): Promise<void> {
    while (this.waiting.has(index)) {
      const next = this.claims.take(false);
      if (next === undefined) return;
      if (next === index) {
        this.runHere(index);
        return;
      }
      this.settle(next, await this.options.here(next));
      await nextTurn();
    }
  }

  async close(): Promise<PoolStats> {
    this.claims.stop();
    // Stopped by us, not dead: their exits are not losses.
    const workers = [...this.alive];
    this.alive.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
    return this.stats;
  }
}
