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
