import { defineConfig } from 'vitest/config';

// `npm run test:dist`: the standalone executables (built first by `npm run dist`).
export default defineConfig({
  test: {
    include: ['test/dist/**/*.dist-test.ts'],
    testTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
