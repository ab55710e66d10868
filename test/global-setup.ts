// End-to-end tests run the built CLI. `npm test` builds first; a bare `npx vitest`
// on a fresh clone builds here so it never tests a missing or stale-by-absence dist/.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!existsSync(`${root}/dist/cli.js`)) {
    execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: root, stdio: 'inherit' });
  }
}
