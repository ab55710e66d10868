// End-to-end tests run the built CLI, so the bundle is built here, every run: a test
// must never meet an older bundle than the sources it is about (esbuild takes well
// under a second). The build swaps dist/ in whole, so a CLI started meanwhile is safe.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: root, stdio: 'inherit' });
}
