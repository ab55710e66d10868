#!/usr/bin/env node
// Thin launcher: all logic is in the bundled dist/cli.js (built by `npm run build`,
// which `npm install` runs through the `prepare` script).
// A closed pipe (`pmp-offline check … | head`) is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    // eslint-disable-next-line no-restricted-properties -- this is the entry point
    if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** The user's cache folder for compiled code, if one can be used; never fails. */
function compileCacheDir(fs, path, homedir) {
  // The folder the cache folder goes in must already exist (a home, LOCALAPPDATA).
  const [root, ...rest] =
    process.platform === 'win32'
      ? [process.env.LOCALAPPDATA]
      : process.platform === 'darwin'
        ? [homedir(), 'Library', 'Caches']
        : process.env.XDG_CACHE_HOME
          ? [process.env.XDG_CACHE_HOME]
          : [homedir(), '.cache'];
  try {
    if (!root || !fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) return undefined;
    const base = path.join(root, ...rest);
    const dir = path.join(base, 'pmp-offline', 'compile-cache');
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    return dir;
  } catch {
    return undefined;
  }
}

// Node 22.1+ keeps V8's compiled code of the bundle between runs (the runtime's own
// start-up lever; the standalone executables carry a code cache instead). Where the
// folder cannot be used, the CLI just compiles as usual. Built-ins are taken with
// getBuiltinModule, so a runtime without the cache loads nothing for it.
const builtin = (name) => process.getBuiltinModule?.(name);
const nodeModule = builtin('node:module');
if (typeof nodeModule?.enableCompileCache === 'function' && process.env.NODE_COMPILE_CACHE === undefined) {
  const dir = compileCacheDir(builtin('node:fs'), builtin('node:path'), builtin('node:os').homedir);
  if (dir) nodeModule.enableCompileCache(dir);
}

let cli;
try {
  cli = await import('../dist/cli.js');
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    process.stderr.write('pmp-offline: dist/ is missing; run `npm run build` first.\n');
    process.exitCode = 70;
  } else {
    throw err;
  }
}
if (cli) {
  // The worker threads' entry is bundled beside the CLI (src/core/pool.ts).
  cli.setWorkerSource({ file: new URL('../dist/worker.js', import.meta.url) });
  process.exitCode = await cli.main(process.argv.slice(2));
}
