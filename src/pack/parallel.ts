// `pack --jobs N`: the CPU half of packing (read, validate, assess, canonical bytes,
// plan) done by N-1 worker threads, while the main thread does the other half (zip,
// write, fsync, verify, name) for the schools already planned, and zlib compresses on
// libuv's pool. This module is both sides: loaded on the main thread it runs the pool;
// loaded as a worker (its own file, so no path to guess after bundling) it plans files
// until none is left. Files are taken from one shared counter (core/jobs.ts); a worker
// runs at most WINDOW plans ahead of what the main thread has started writing.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { DateTime } from 'luxon';
import { planCreated, type ContainerPlan } from '../container/build.js';
import { Claims, crashForTesting, nextTurn, WORKER_RESOURCE_LIMITS } from '../core/jobs.js';
import type { Ruleset } from '../domain/ruleset.js';
import { getLang, setLang, type Lang } from '../i18n/index.js';
import type { DiscoveredInput } from '../io/discover.js';
import { prepareSchool, type Prepared, type PrepareOptions } from './run.js';

/** Plans (each holds a school's canonical data, a few hundred KB) waiting to be written. */
export const WINDOW = 8;

interface WorkerSetup {
  pmpPackWorker: true;
  lang: Lang;
  ruleset: Ruleset;
  createdMillis: number;
  toolVersion?: string;
  files: Array<string | null>;
  shared: SharedArrayBuffer;
}

/** A plan as it crosses threads: a luxon DateTime does not survive structured cloning. */
type Ready = Extract<Prepared, { kind: 'siap' }>;
type Sent = Exclude<Prepared, Ready> | (Omit<Ready, 'plan'> & { plan: Omit<ContainerPlan, 'created'> });
type Reply = { index: number; prepared: Sent };

/** Workers need this module as a file of its own: true in the bundle, false when run from TypeScript sources (tests). */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

export interface Preparer {
  /** The prepared school for input `index` (asked for in input order). */
  prepare(index: number): Promise<Prepared>;
  close(): Promise<void>;
}

export function prepareInWorkers(inputs: readonly DiscoveredInput[], options: PrepareOptions, workers: number): Preparer {
  const files = inputs.map((input) => (input.error ? null : input.file));
  const claims = new Claims(files, WINDOW);
  const setup: WorkerSetup = {
    pmpPackWorker: true,
    lang: getLang(),
    ruleset: options.ruleset,
    createdMillis: options.created.toMillis(),
    toolVersion: options.toolVersion,
    files,
    shared: claims.shared,
  };
  const created = planCreated(options.created);
  const results = new Map<number, Prepared>();
  const waiting = new Map<number, { resolve: (prepared: Prepared) => void; reject: (err: unknown) => void }>();
  const alive = new Set<Worker>();
  let lost = false;
  /** Files the workers planned (for PMP_OFFLINE_DEBUG=jobs). */
  let byWorkers = 0;

  /** The highest index asked for: a second answer for one already handed out is dropped. */
  let asked = -1;
  const settle = (index: number, prepared: Prepared) => {
    const waiter = waiting.get(index);
    if (waiter) {
      waiting.delete(index);
      waiter.resolve(prepared);
    } else if (index > asked) results.set(index, prepared);
  };
  // A worker that dies takes the file it was planning with it: from then on a taken
  // file without a plan is planned here (perhaps twice, never wrongly), where a genuine
  // error surfaces exactly as it would without --jobs.
  const planHere = (index: number) => {
    prepareSchool(files[index] as string, options).then(
      (prepared) => settle(index, prepared),
      (err: unknown) => {
        // Rethrown where it is awaited, as without workers.
        waiting.get(index)?.reject(err);
        waiting.delete(index);
      },
    );
  };
  const rescue = () => {
    for (const index of waiting.keys()) if (index < claims.taken || alive.size === 0) planHere(index);
  };

  for (let i = 0; i < workers; i++) {
    const worker = new Worker(new URL(import.meta.url), { workerData: setup, resourceLimits: WORKER_RESOURCE_LIMITS });
    alive.add(worker);
    worker.on('message', (reply: Reply) => {
      byWorkers++;
      const sent = reply.prepared;
      if (sent.kind !== 'siap') return settle(reply.index, sent);
      // Buffers arrive as plain Uint8Arrays: view them as Buffers again (no copy).
      const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const plan = { ...sent.plan, created, manifestBytes: asBuffer(sent.plan.manifestBytes), dataBytes: asBuffer(sent.plan.dataBytes) };
      settle(reply.index, { ...sent, plan });
    });
    const lose = () => {
      if (!alive.delete(worker)) return;
      lost = true;
      rescue();
    };
    worker.on('error', lose);
    // Exit code 0: the worker found nothing left to take, after answering all it took.
    worker.on('exit', (code) => {
      if (code !== 0) return lose();
      if (alive.delete(worker)) rescue();
    });
  }

  return {
    prepare(index) {
      asked = Math.max(asked, index);
      claims.used(index);
      const ready = results.get(index);
      if (ready) {
        results.delete(index);
        return Promise.resolve(ready);
      }
      return new Promise<Prepared>((resolve, reject) => {
        waiting.set(index, { resolve, reject });
        if (alive.size === 0 || (lost && index < claims.taken)) planHere(index);
      });
    },
    async close() {
      claims.stop();
      await Promise.all([...alive].map((worker) => worker.terminate()));
      // A diagnostic for whoever tunes a district run (and the tests' proof that workers
      // really planned files): not translated, never on stdout.
      if (process.env.PMP_OFFLINE_DEBUG?.startsWith('jobs')) process.stderr.write(`pmp-offline debug: ${workers} workers, ${byWorkers} of ${inputs.length} files planned by workers\n`);
    },
  };
}

/** What may cross to the main thread: plain data (errors as their facts, no DateTime). */
function sendable(prepared: Prepared): Sent {
  if (prepared.kind === 'siap') {
    const { created: _created, ...plan } = prepared.plan;
    return { ...prepared, plan };
  }
  if (prepared.kind === 'galat') {
    const { kode, message, exitCode } = prepared.galat;
    return { ...prepared, galat: { kode, message, exitCode } };
  }
  return prepared;
}

async function serveAsWorker(setup: WorkerSetup): Promise<void> {
  setLang(setup.lang);
  const claims = new Claims(setup.files, WINDOW, setup.shared);
  const options: PrepareOptions = { ruleset: setup.ruleset, created: DateTime.fromMillis(setup.createdMillis), toolVersion: setup.toolVersion };
  let taken = 0;
  for (let index = claims.take(true); index !== undefined; index = claims.take(true)) {
    crashForTesting(++taken);
    const prepared = await prepareSchool(setup.files[index] as string, options);
    parentPort?.postMessage({ index, prepared: sendable(prepared) } satisfies Reply);
    await nextTurn();
  }
}

const setup = workerData as Partial<WorkerSetup> | null;
if (!isMainThread && setup?.pmpPackWorker === true) void serveAsWorker(setup as WorkerSetup);
