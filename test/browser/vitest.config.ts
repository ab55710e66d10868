import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the HTML pages in a real browser, Debian's Chromium driven by
// playwright-core (CI installs the `chromium` package). The bundle is rebuilt first.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser-test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
