// The entry point bin/pmp-offline.js loads. It stays tiny so `--version` answers before
// commander, chalk and the message catalogue are even parsed; everything else is in
// ./cli-main.ts, loaded on demand. Nothing here ends the process.
import { langFromEnv } from './core/lang-env.js';
import { VERSION } from './core/version.js';
import type { MainIo } from './cli-main.js';

export { VERSION };
export type { MainIo };

/** `pmp-offline --version` alone, with a language the full path would accept too. */
function isPlainVersion(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  if (argv.length !== 1 || (argv[0] !== '--version' && argv[0] !== '-V')) return false;
  const lang = langFromEnv(env);
  return lang === 'id' || lang === 'en';
}

/** Runs the CLI and resolves to the exit code; never throws, never exits. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const env = io.env ?? process.env;
  if (isPlainVersion(argv, env)) {
    (io.stdout ?? process.stdout).write(`${VERSION}\n`);
    return 0;
  }
  // A plain `eta` runs without commander (./eta/fast.ts); anything else, and any
  // failure there, goes to the full program. PMP_OFFLINE_DEBUG=no-fast-path turns it off.
  if (argv[0] === 'eta' && env.PMP_OFFLINE_DEBUG !== 'no-fast-path') {
    try {
      const { runPlainEta } = await import('./eta/fast.js');
      const code = await runPlainEta(argv.slice(1), io);
      if (code !== undefined) return code;
    } catch {
      // Whatever went wrong, the full program runs the command and reports it.
    }
  }
  const full = await import('./cli-main.js');
  return full.main(argv, io);
}
