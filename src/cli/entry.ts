// The module the launchers load (bin/pmp-offline.cjs for the npm build, src/cli/sea.ts in the
// standalone executable). It stays tiny so `--version` answers before commander, chalk
// and the message catalogue are even parsed; everything else is in ./cli-main.ts, loaded
// on demand. Nothing here ends the process. A launcher that has the worker entry names
// it with setWorkerSource; without one (tests on the sources) batches use one thread.
import { VERSION } from '../core/version.js';
import { setWorkerSource } from '../core/worker-source.js';
import { trapInterrupts } from '../core/interrupt.js';
import type { MainIo } from './main.js';

export { VERSION, setWorkerSource };
export type { MainIo };

/** Runs the CLI and resolves to the exit code; never throws, never exits. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    (io.stdout ?? process.stdout).write(`${VERSION}\n`);
    return 0;
  }
  // From here to the last write a signal is the program's to handle (core/interrupt.ts).
  const interrupt = trapInterrupts();
  try {
    const full = await import('./main.js');
    return await full.main(argv, { ...io, interrupt });
  } finally {
    interrupt.release();
  }
}
