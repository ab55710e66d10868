// Bundles the CLI into dist/ so start-up reads a few files instead of hundreds
// (see README "Performance"). Code splitting keeps heavy modules (archiver, the zip
// reader) in chunks that only `pack` and container reads import.
import { build } from 'esbuild';
import { buildDefines, dependencyPatches } from './esbuild.patches.mjs';
import { fileURLToPath } from 'node:url';
import { renameSync, rmSync } from 'node:fs';

// Build beside dist/ and swap it in, so a CLI started during a rebuild (a test run, a
// second terminal) sees the old or the new build, not a half-written one.
const staging = new URL(`./.dist-${process.pid}`, import.meta.url);
const dist = new URL('./dist', import.meta.url);
const old = new URL(`./.dist-old-${process.pid}`, import.meta.url);
rmSync(staging, { recursive: true, force: true });

await build({
  // The worker threads' entry is a file of its own beside cli.js (src/core/pool.ts).
  entryPoints: { cli: 'src/cli/entry.ts', worker: 'src/cli/worker.ts' },
  outdir: fileURLToPath(staging),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [dependencyPatches],
  define: buildDefines(),
  // CommonJS dependencies inside an ESM bundle still call require() for Node's
  // built-ins; give them one.
  banner: {
    js: "import { createRequire as __pmpCreateRequire } from 'node:module'; const require = __pmpCreateRequire(import.meta.url);",
  },
});

try {
  renameSync(dist, old);
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
}
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
