// The worker threads' entry (its own file in the bundle, or embedded in a standalone
// executable): take schools from the shared counter until none is left, do the task
// for each, and send back the result. The tasks are the commands' own functions, so a
// school is judged exactly as on the main thread.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Claims, nextTurn } from '../core/jobs.js';
import type { WorkerReply, WorkerSetup } from '../core/pool.js';
import { setLang } from '../i18n/index.js';

type Task = (file: string) => Promise<unknown>;

async function taskFor(setup: WorkerSetup): Promise<Task> {
  switch (setup.task) {
    case 'check': {
      const { checkTask } = await import('../school/check.js');
      return checkTask(setup.options);
    }
    case 'pack': {
      const { packTask } = await import('../commands/pack/prepare.js');
      return packTask(setup.options);
    }
    default:
      throw new Error(`unknown worker task: ${setup.task}`);
  }
}

async function serve(setup: WorkerSetup): Promise<void> {
  setLang(setup.lang);
  const work = await taskFor(setup);
  const claims = new Claims(setup.files, setup.window, setup.shared);
  for (let index = claims.take(true); index !== undefined; index = claims.take(true)) {
    const value = await work(setup.files[index] as string);
    parentPort?.postMessage({ index, value } satisfies WorkerReply);
    await nextTurn();
  }
}

const setup = workerData as Partial<WorkerSetup> | null;
if (!isMainThread && setup?.pmpWorker === true) void serve(setup as WorkerSetup);
