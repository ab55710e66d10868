// Bundles the CLI into dist/ so start-up reads a few files instead of hundreds
// (see README "Performance"). Code splitting keeps heavy modules (archiver, the zip
// reader, exceljs) in chunks that only the commands needing them load.
//
// The files are CommonJS. Node 20 has no compile cache for ES modules, and its ES module
// loader costs about 5 ms to start plus half a millisecond per file, where CommonJS costs
// a tenth of that per file (README "Performance"). esbuild splits code only for ES
// modules, so the build splits as ES modules and then has esbuild rewrite every file,
// chunk imports and lazy `import()`s included, as CommonJS (`.cjs`), keeping the source
// maps. The launcher (bin/pmp-offline.cjs) is CommonJS too.
import { build } from 'esbuild';
import { buildDefines, dependencyPatches } from './esbuild.patches.mjs';
import { fileURLToPath } from 'node:url';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

// Build beside dist/ and swap it in, so a CLI started during a rebuild (a test run, a
// second terminal) sees the old or the new build, not a half-written one.
const staging = fileURLToPath(new URL(`./.dist-${process.pid}`, import.meta.url));
const split = `${staging}-esm`;
const dist = fileURLToPath(new URL('./dist', import.meta.url));
const old = fileURLToPath(new URL(`./.dist-old-${process.pid}`, import.meta.url));
rmSync(staging, { recursive: true, force: true });
rmSync(split, { recursive: true, force: true });

try {
  // 1. Bundle and split, as ES modules named .cjs (so the imports between files already
  // carry the final names).
  await build({
    // The worker threads' entry is a file of its own beside cli.cjs (src/core/pool.ts).
    entryPoints: { cli: 'src/cli/entry.ts', worker: 'src/cli/worker.ts' },
    outdir: split,
    bundle: true,
    splitting: true,
    format: 'esm',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [dependencyPatches],
    define: buildDefines(),
  });

  // 2. Every file as CommonJS; esbuild follows each file's linked source map back to the
  // sources.
  const files = readdirSync(split, { recursive: true }).filter((f) => f.endsWith('.cjs'));
  await build({
    entryPoints: files.map((f) => path.join(split, f)),
    outbase: split,
    outdir: staging,
    outExtension: { '.js': '.cjs' },
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // A lazy import() becomes a require() of the chunk (Node would otherwise load it
    // as an ES module).
    supported: { 'dynamic-import': false },
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
} finally {
  rmSync(split, { recursive: true, force: true });
}

try {
  renameSync(dist, old);
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
}
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
