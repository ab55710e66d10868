import { defineConfig } from 'vitest/config';
import { buildDefines } from './esbuild.patches.mjs';

/**
 * Suites that take long by design (large fuzz runs, kill -9 of real batches, the npm
 * tarball installed globally): `npm run test:slow` runs them, and CI runs that after
 * `npm test`.
 */
export const SLOW_SUITES = [
  'test/robustness/fuzz-export.test.ts',
  'test/robustness/fuzz-time.test.ts',
  'test/robustness/fuzz-container.test.ts',
  'test/robustness/kill9.test.ts',
  'test/robustness/dapodik-server-faults.test.ts',
  'test/robustness/progress-sheet-limits.test.ts',
  'test/e2e/package.test.ts',
  // Worker threads on batches big enough to start them (about 8 s of a 2-core machine).
  'test/e2e/check-jobs.test.ts',
  // Crafted hostile containers (32 MiB entries, nesting bombs) and the platform's
  // permissions and links: robustness suites of a few seconds each.
  'test/robustness/crafted-containers.test.ts',
  'test/robustness/platform.test.ts',
  // The guided mode through a real pseudo-terminal: thirteen sessions of the CLI and
  // script(1), each waiting for its screens (the Linux binary's run of it is in test:dist).
  'test/e2e/guided.test.ts',
];

/** Unit suites that replace a module or a global (vi.mock, vi.stubGlobal): each runs in a process of its own. */
const MOCKING = [
  'test/unit/container/read-hostile.test.ts',
  'test/unit/container/write-faults.test.ts',
  'test/unit/commands/pack/order.test.ts',
  'test/unit/dapodik/schema-source.test.ts',
];
const slow = process.env.PMP_TEST_SLOW === '1';

export default defineConfig({
  // What esbuild defines for the bundle, so sources run in-process are the same program.
  define: buildDefines(),
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Most suites wait on child processes, not on their own CPU: two workers on two cores.
    maxWorkers: 2,
    projects: [
      {
        // The pure modules: threads that keep what they have loaded from one file to the
        // next (a fresh process per file spent more time starting than testing). These
        // suites change no process state, and put back the language they set.
        extends: true,
        test: {
          name: 'unit',
          include: slow ? [] : ['test/unit/**/*.test.ts'],
          exclude: MOCKING,
          pool: 'threads',
          isolate: false,
          setupFiles: ['test/helpers/unit-setup.ts'],
        },
      },
      {
        // The commands as users run them (in-process runs change the working folder and
        // TZ; others start processes), robustness, and the unit suites that mock: a
        // process per file.
        extends: true,
        test: {
          name: 'cli',
          include: slow ? SLOW_SUITES : ['test/e2e/**/*.test.ts', 'test/robustness/**/*.test.ts', ...MOCKING],
          exclude: slow ? [] : SLOW_SUITES,
          pool: 'forks',
        },
      },
    ],
  },
});
