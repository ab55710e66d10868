// The standalone executable's entry (a Node single executable application, built by
// `npm run dist`): the same CLI as bin/pmp-offline.js, bundled as one CommonJS file with
// the worker threads' entry embedded as an asset (a SEA has no file a worker could load).
// This is the one module that ends the process's run: it sets the exit code.
import { getAsset } from 'node:sea';
import { main, setWorkerSource } from './cli.js';
import { t } from './i18n/index.js';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    // A closed pipe (`pmp-offline check … | more`) is the reader's choice, not an error.
    // eslint-disable-next-line no-restricted-properties -- this is the entry point
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/**
 * Double-clicked in Explorer: Windows opens a console for the program and closes it the
 * moment it ends. With no arguments on an interactive Windows console, show the help
 * and wait for Enter, so the operator can read how to use it.
 */
function startedByDoubleClick(argv: readonly string[]): boolean {
  return process.platform === 'win32' && argv.length === 0 && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
}

async function waitForEnter(): Promise<void> {
  process.stdout.write(`\n${t('cli.help.pressEnter')}\n`);
  await new Promise<void>((resolve) => {
    process.stdin.once('data', () => resolve());
    process.stdin.resume();
  });
  process.stdin.pause();
}

async function run(): Promise<void> {
  setWorkerSource({ code: getAsset('worker.cjs', 'utf8') });
  const argv = process.argv.slice(2);
  if (startedByDoubleClick(argv)) {
    process.exitCode = await main(['--help']);
    await waitForEnter();
    return;
  }
  process.exitCode = await main(argv);
}

void run();
