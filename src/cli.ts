// The entry point bin/pmp-offline.js loads. It stays tiny so `--version` answers before
// commander, chalk and the message catalogue are even parsed; everything else is in
// ./cli-main.ts, loaded on demand. Nothing here ends the process.
import { VERSION } from './core/version.js';
import { setWorkerSource } from './core/worker-source.js';
import type { MainIo } from './cli-main.js';

export { VERSION };
export type { MainIo };

/** Runs the CLI and resolves to the exit code; never throws, never exits. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    (io.stdout ?? process.stdout).write(`${VERSION}\n`);
    return 0;
  }
  // The bundle's worker entry stands beside this file (dist/worker.js); run from the
  // TypeScript sources there is none, and batches run on one thread.
  if (import.meta.url.endsWith('.js')) setWorkerSource({ file: new URL('./worker.js', import.meta.url) });
  const full = await import('./cli-main.js');
  return full.main(argv, io);
}
