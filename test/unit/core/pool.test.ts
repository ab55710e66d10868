// The one worker pool (src/core/pool.ts), driven through its own seam: the function that
// starts a worker. These workers are tiny scripts that speak the shared counter's
// protocol (slot 0: the next index to take) and then misbehave as a test needs: die
// holding a school, or end normally while another still holds one.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { Pool, type WorkerSetup } from '../../../src/core/pool.js';

const TAKE = `
const { workerData, parentPort } = require('node:worker_threads');
const state = new Int32Array(workerData.shared);
function take() {
  for (;;) {
    const next = Atomics.load(state, 0);
    if (next >= workerData.files.length) return undefined;
    if (Atomics.compareExchange(state, 0, next, next + 1) === next) return next;
  }
}
`;

/** Takes one school and dies with it, unanswered. */
const DIES_HOLDING = `${TAKE}\ntake();\nthrow new Error('worker bug');`;

/** Takes the first school, tells the other worker, and answers only when the test says so. */
const HOLDS_UNTIL_TOLD = `${TAKE}
const index = take();
Atomics.notify(state, 0);
parentPort.once('message', () => {
  parentPort.postMessage({ index, value: 'B' + index });
  parentPort.close();
});`;

/** Waits until another worker has taken a school, then answers everything left and ends normally. */
const ANSWERS_ALL_THEN_ENDS = `${TAKE}
Atomics.wait(state, 0, 0);
for (let index = take(); index !== undefined; index = take()) parentPort.postMessage({ index, value: 'A' + index });`;

function pool(files: string[], scripts: string[], here: (index: number) => Promise<string>) {
  const started: Worker[] = [];
  const spawn = (setup: WorkerSetup) => {
    const worker = new Worker(scripts[started.length] as string, { eval: true, workerData: setup });
    started.push(worker);
    return worker;
  };
  const p = new Pool<string>({ files, workers: scripts.length, window: 8, task: 'test', options: {}, lang: 'id', helps: false, here, spawn });
  return { pool: p, started };
}

describe('worker pool', () => {
  it('a worker that dies holding a school: this thread does it, results in input order', async () => {
    const files = ['a', 'b', 'c', 'd', 'e'];
    const done: number[] = [];
    const { pool: p } = pool(files, [DIES_HOLDING, DIES_HOLDING], async (index) => {
      done.push(index);
      return `here-${files[index]}`;
    });
    const results = [];
    for (let index = 0; index < files.length; index++) results.push(await p.get(index));
    expect(results).toEqual(files.map((f) => `here-${f}`));
    const stats = await p.close();
    expect(stats.takenOver).toBeGreaterThan(0);
    expect(stats.byWorkers).toBe(0);
    expect(stats.died).toBeGreaterThan(0);
    expect([...done].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('a worker that ends normally is no crash: what another worker holds is not redone here', async () => {
    const files = ['a', 'b', 'c', 'd', 'e'];
    const here: number[] = [];
    const { pool: p, started } = pool(files, [HOLDS_UNTIL_TOLD, ANSWERS_ALL_THEN_ENDS], async (index) => {
      here.push(index);
      return `here-${index}`;
    });
    const first = p.get(0);
    // The second worker answers schools 1-4 and ends (exit code 0) while the first still holds school 0.
    const ended = await new Promise<number>((resolve) => (started[1] as Worker).once('exit', resolve));
    expect(ended).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(here).toEqual([]);
    (started[0] as Worker).postMessage('go');
    expect(await first).toBe('B0');
    const rest = [];
    for (let index = 1; index < files.length; index++) rest.push(await p.get(index));
    expect(rest).toEqual(['A1', 'A2', 'A3', 'A4']);
    const stats = await p.close();
    expect(stats).toMatchObject({ byWorkers: 5, takenOver: 0, died: 0 });
    expect(here).toEqual([]);
  });

  it('skips inputs already known unreadable (null), and without workers does all here', async () => {
    const p = new Pool<string>({
      files: ['a', null, 'c'],
      workers: 0,
      window: 8,
      task: 'test',
      options: {},
      lang: 'id',
      helps: true,
      here: async (i) => `h${i}`,
    });
    expect([await p.get(0), await p.get(2)]).toEqual(['h0', 'h2']);
    expect(await p.close()).toMatchObject({ byWorkers: 0 });
  });
});
