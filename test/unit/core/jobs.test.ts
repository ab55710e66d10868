// How many threads a batch gets: pure arithmetic, held here so no batch test has to.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_JOBS, defaultJobs, FILES_PER_WORKER, MAX_JOBS, workersFor } from '../../../src/core/jobs.js';

describe('workersFor and defaultJobs', () => {
  it('a worker for every FILES_PER_WORKER files, at most one fewer than the threads asked (this thread is one)', () => {
    expect(workersFor(1, 10_000)).toBe(0);
    expect(workersFor(8, FILES_PER_WORKER - 1)).toBe(0);
    expect(workersFor(8, FILES_PER_WORKER)).toBe(1);
    expect(workersFor(8, 3 * FILES_PER_WORKER)).toBe(3);
    expect(workersFor(2, 48)).toBe(1);
    expect(workersFor(4, 10_000)).toBe(3);
    expect(workersFor(MAX_JOBS, 0)).toBe(0);
  });

  it('by default one thread per core, at most DEFAULT_MAX_JOBS, at least one', () => {
    expect(defaultJobs(0)).toBe(1);
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(2)).toBe(2);
    expect(defaultJobs(64)).toBe(DEFAULT_MAX_JOBS);
  });
});
