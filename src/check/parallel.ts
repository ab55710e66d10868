// `check --jobs N`: schools checked on N worker threads, results handed back in input
// order. This module is both sides: loaded on the main thread it runs the pool; loaded
// as a worker (its own file, so no path to guess after bundling) it checks the files it
// is sent. Reading, JSON.parse and validation are per-file CPU work, so a district batch
// scales with the cores; only small summaries cross between threads, and at most a few
// per worker wait to be printed, so memory stays flat however many schools there are.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Ruleset } from '../domain/ruleset.js';
import { getLang, setLang, type Lang } from '../i18n/index.js';
import type { DiscoveredInput } from '../io/discover.js';
import { checkOne, type CheckItem } from './run.js';

interface WorkerSetup {
  pmpCheckWorker: true;
  lang: Lang;
  ruleset: Ruleset;
}
type Task = { index: number; file: string };
type Reply = { index: number; item: CheckItem } | { index: number; crashed: true };

/** Workers need this module as a file of its own: true in the bundle, false when run from TypeScript sources (tests). */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

/** Results waiting to be printed, per worker: bounds memory when one school is slow. */
const WINDOW_PER_WORKER = 4;
/** Files a worker holds at once: it reads the next while it parses this one, and never waits for the main thread. */
const DEPTH = 2;

/**
 * Items for `inputs`, in order, checked by `jobs` threads: this one (between printing
 * results, it is otherwise idle) and `jobs - 1` workers, so `--jobs 2` starts one.
 */
export async function* checkInWorkers(inputs: readonly DiscoveredInput[], ruleset: Ruleset, jobs: number): AsyncGenerator<CheckItem> {
  const setup: WorkerSetup = { pmpCheckWorker: true, lang: getLang(), ruleset };
  const results = new Map<number, Reply>();
  const window = jobs * WINDOW_PER_WORKER;
  const workers = new Set<Worker>();
  const held = new Map<Worker, Set<number>>();
  /** The file this thread is checking itself, if any. */
  let local: number | undefined;
  let next = 0;
  let emitted = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  /** The next file to hand out, if the window allows. */
  const take = (): number | undefined => {
    while (next < inputs.length && inputs[next]?.error) next++;
    return next < inputs.length && next - emitted < window ? next++ : undefined;
  };
  const dispatch = (worker: Worker) => {
    const tasks = held.get(worker);
    while (tasks && tasks.size < DEPTH) {
      const index = take();
      if (index === undefined) return;
      tasks.add(index);
      worker.postMessage({ index, file: (inputs[index] as DiscoveredInput).file } satisfies Task);
    }
  };
  const checkLocally = (index: number) => {
    local = index;
    checkOne((inputs[index] as DiscoveredInput).file, ruleset)
      .then(
        (item) => results.set(index, { index, item }),
        () => results.set(index, { index, crashed: true }),
      )
      .finally(() => {
        local = undefined;
        notify();
      });
  };
  const refill = () => {
    for (const worker of workers) dispatch(worker);
  };
  // A worker that dies takes its tasks with it: those files are checked again on the
  // main thread, where a genuine error surfaces exactly as it would without --jobs.
  const lose = (worker: Worker) => {
    for (const index of held.get(worker) ?? []) if (!results.has(index)) results.set(index, { index, crashed: true });
    held.delete(worker);
    workers.delete(worker);
    notify();
  };

  for (let i = 0; i < jobs - 1; i++) {
    const worker = new Worker(new URL(import.meta.url), { workerData: setup });
    workers.add(worker);
    held.set(worker, new Set());
    worker.on('message', (reply: Reply) => {
      held.get(worker)?.delete(reply.index);
      results.set(reply.index, reply);
      dispatch(worker);
      notify();
    });
    worker.on('error', () => lose(worker));
    worker.on('exit', () => lose(worker));
  }
  for (const worker of workers) dispatch(worker);

  try {
    while (emitted < inputs.length) {
      const input = inputs[emitted] as DiscoveredInput;
      if (input.error) {
        emitted++;
        refill();
        yield { berkas: input.file, ok: false, galat: { kode: input.error.kode, pesan: input.error.message } };
        continue;
      }
      const reply = results.get(emitted);
      if (reply === undefined) {
        const inFlight = local === emitted || [...held.values()].some((tasks) => tasks.has(emitted));
        if (!inFlight && next === emitted) {
          // Not handed out yet (no worker had room, or none is left): check it here.
          next++;
          checkLocally(emitted);
        } else if (local === undefined) {
          // Waiting on a worker: meanwhile check a later file here.
          const index = take();
          if (index !== undefined) checkLocally(index);
        }
        if (!results.has(emitted)) await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      results.delete(emitted);
      emitted++;
      refill();
      yield 'crashed' in reply ? await checkOne(input.file, ruleset) : reply.item;
    }
  } finally {
    await Promise.all([...workers].map((worker) => worker.terminate()));
  }
}

function serveAsWorker(setup: WorkerSetup): void {
  setLang(setup.lang);
  const port = parentPort;
  port?.on('message', (task: Task) => {
    checkOne(task.file, setup.ruleset).then(
      (item) => port.postMessage({ index: task.index, item } satisfies Reply),
      () => port.postMessage({ index: task.index, crashed: true } satisfies Reply),
    );
  });
}

const setup = workerData as Partial<WorkerSetup> | null;
if (!isMainThread && setup?.pmpCheckWorker === true) serveAsWorker(setup as WorkerSetup);
