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
];

export default defineConfig({
  // What esbuild defines for the bundle, so sources run in-process are the same program.
  define: buildDefines(),
  test: {
    include: process.env.PMP_TEST_SLOW === '1' ? SLOW_SUITES : ['test/**/*.test.ts'],
    exclude: process.env.PMP_TEST_SLOW === '1' ? [] : SLOW_SUITES,
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most suites wait on child processes, not on their own CPU: two workers on two cores.
    maxWorkers: 2,
  },
});
