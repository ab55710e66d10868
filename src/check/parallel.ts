// `check --jobs N`: schools checked on this thread and N-1 worker threads, results
// handed back in input order. This module is both sides: loaded on the main thread it
// runs the pool; loaded as a worker (its own file, so no path to guess after bundling)
// it checks files until none is left. Files are taken from one shared counter
// (core/jobs.ts): an earlier design sent them from the main thread, which is busy
// checking and printing, and its worker sat idle half the time. Only small summaries
// cross between threads.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Claims, crashForTesting, nextTurn, WORKER_RESOURCE_LIMITS } from '../core/jobs.js';
import type { Ruleset } from '../domain/ruleset.js';
import { getLang, setLang, type Lang } from '../i18n/index.js';
import type { DiscoveredInput } from '../io/discover.js';
import { checkOne, type CheckItem } from './run.js';

/** How far past the last printed result any thread may check. */
export const WINDOW = 32;

interface WorkerSetup {
  pmpCheckWorker: true;
  lang: Lang;
  ruleset: Ruleset;
  files: Array<string | null>;
  shared: SharedArrayBuffer;
}
type Reply = { index: number; item: CheckItem };

/** Workers need this module as a file of its own: true in the bundle, false when run from TypeScript sources (tests). */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

/** Items for `inputs`, in order, checked by this thread and `workers` worker threads. */
export async function* checkInWorkers(inputs: readonly DiscoveredInput[], ruleset: Ruleset, workers: number): AsyncGenerator<CheckItem> {
  const files = inputs.map((input) => (input.error ? null : input.file));
  const claims = new Claims(files, WINDOW);
  const setup: WorkerSetup = { pmpCheckWorker: true, lang: getLang(), ruleset, files, shared: claims.shared };
  const results = new Map<number, CheckItem>();
  const alive = new Set<Worker>();
  /** Files the workers answered for (for PMP_OFFLINE_DEBUG=jobs). */
  let byWorkers = 0;
  /** A worker died: a file it had taken may never be answered. */
  let lost = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (let i = 0; i < workers; i++) {
    const worker = new Worker(new URL(import.meta.url), { workerData: setup, resourceLimits: WORKER_RESOURCE_LIMITS });
    alive.add(worker);
    worker.on('message', (reply: Reply) => {
      byWorkers++;
      if (reply.index >= emitted) results.set(reply.index, reply.item);
      notify();
    });
    // A worker that dies takes the file it was checking with it: from then on a taken
    // file without a result is checked here (perhaps twice, never wrongly), where a
    // genuine error surfaces exactly as it would without --jobs.
    const lose = () => {
      if (alive.delete(worker)) lost = true;
      notify();
    };
    worker.on('error', lose);
    // Exit code 0: the worker found nothing left to take, after answering all it took.
    worker.on('exit', (code) => {
      if (code !== 0) return lose();
      alive.delete(worker);
      notify();
    });
  }

  let emitted = 0;
  try {
    while (emitted < inputs.length) {
      const input = inputs[emitted] as DiscoveredInput;
      let item: CheckItem | undefined;
      if (input.error) item = { berkas: input.file, ok: false, galat: { kode: input.error.kode, pesan: input.error.message } };
      else item = results.get(emitted);
      if (item === undefined) {
        // Meanwhile, check whatever file is next; when none is left to take, wait for
        // the workers, or check this one here if no worker is left to answer for it.
        const index = claims.take(false);
        if (index !== undefined) {
          results.set(index, await checkOne(files[index] as string, ruleset));
          // Let worker replies (and V8's GC tasks) in between local checks, so results
          // are printed and the window moves on.
          await nextTurn();
        } else if (alive.size === 0 || lost) {
          results.set(emitted, await checkOne(input.file, ruleset));
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
        continue;
      }
      results.delete(emitted);
      emitted++;
      claims.used(emitted);
      yield item;
    }
  } finally {
    claims.stop();
    await Promise.all([...alive].map((worker) => worker.terminate()));
    // A diagnostic for whoever tunes a district run (and the proof in the tests that
    // workers really checked files): not translated, never on stdout.
    if (process.env.PMP_OFFLINE_DEBUG?.startsWith('jobs')) process.stderr.write(`pmp-offline debug: ${workers} workers, ${byWorkers} of ${inputs.length} files checked by workers\n`);
  }
}

async function serveAsWorker(setup: WorkerSetup): Promise<void> {
  setLang(setup.lang);
  const claims = new Claims(setup.files, WINDOW, setup.shared);
  let taken = 0;
  for (let index = claims.take(true); index !== undefined; index = claims.take(true)) {
    crashForTesting(++taken);
    const item = await checkOne(setup.files[index] as string, setup.ruleset);
    parentPort?.postMessage({ index, item } satisfies Reply);
    await nextTurn();
  }
}

const setup = workerData as Partial<WorkerSetup> | null;
if (!isMainThread && setup?.pmpCheckWorker === true) void serveAsWorker(setup as WorkerSetup);
