// The standalone executable's entry (a Node single executable application, built by
// `npm run dist`): the same CLI as bin/pmp-offline.cjs, bundled as one CommonJS file with
// the worker threads' entry embedded as an asset (a SEA has no file a worker could load).
// This is the one module that ends the process's run: it sets the exit code.
import { getAsset } from 'node:sea';
import { main, setWorkerSource } from './entry.js';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    // A closed pipe (`pmp-offline check … | more`) is the reader's choice, not an error.
    // eslint-disable-next-line no-restricted-properties -- this is the entry point
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

async function run(): Promise<void> {
  setWorkerSource({ code: getAsset('worker.cjs', 'utf8') });
  // A double-click in Explorer opens a console with no arguments: the guided mode.
  process.exitCode = await main(process.argv.slice(2));
}

void run();
