#!/usr/bin/env node
// Thin launcher: all logic is in the bundled dist/cli.cjs (built by `npm run build`,
// which `npm install` runs through the `prepare` script). CommonJS like the bundle, so
// Node never starts its ES module loader (README "Performance").
'use strict';
const fs = require('node:fs');
const path = require('node:path');

// A closed pipe (`pmp-offline check … | head`) is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    // eslint-disable-next-line no-restricted-properties -- this is the entry point
    if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** The user's cache folder for compiled code, if one can be used; never fails. */
function compileCacheDir() {
  // The folder the cache folder goes in must already exist (a home, LOCALAPPDATA).
  const [root, ...rest] =
    process.platform === 'win32'
      ? [process.env.LOCALAPPDATA]
      : process.platform === 'darwin'
        ? [require('node:os').homedir(), 'Library', 'Caches']
        : process.env.XDG_CACHE_HOME
          ? [process.env.XDG_CACHE_HOME]
          : [require('node:os').homedir(), '.cache'];
  try {
    if (!root || !fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    const dir = path.join(root, ...rest, 'pmp-offline', 'compile-cache');
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    return dir;
  } catch {
    return undefined;
  }
}

// Node 22.1+ keeps V8's compiled code of the bundle between runs (the runtime's own
// start-up lever; the standalone executables carry a code cache instead). Where the
// folder cannot be used, the CLI just compiles as usual. Asked by version: on Node 20,
// loading node:module only to find no compile cache loads its ES module loader too.
const [major, minor] = process.versions.node.split('.').map(Number);
if ((major > 22 || (major === 22 && minor >= 1)) && process.env.NODE_COMPILE_CACHE === undefined) {
  const dir = compileCacheDir();
  const nodeModule = require('node:module');
  if (dir && typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache(dir);
}

const dist = path.join(__dirname, '..', 'dist');
let cli;
try {
  cli = require(path.join(dist, 'cli.cjs'));
} catch (err) {
  // The bundle, or a file of it, is not there (never built, or a build interrupted).
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(dist)) {
    process.stderr.write('pmp-offline: dist/ is missing; run `npm run build` first.\n');
    process.exitCode = 70;
  } else {
    throw err;
  }
}
if (cli) {
  // The worker threads' entry is bundled beside the CLI (src/core/pool.ts).
  cli.setWorkerSource({ file: require('node:url').pathToFileURL(path.join(dist, 'worker.cjs')) });
  cli.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
