// `eta` without commander, for the plain and common case (issue 5: eta must feel instant;
// commander and the full program cost about 15 ms of its ~60 ms above bare Node). Loaded
// by ./cli.ts before anything else. It accepts only what commander would read in exactly
// one way: the eta options as `--name value` or `--name=value` (values not starting with
// "-"), `--json`, `--no-color`, `--lang`, each at most once, and file names. Anything
// else (help, --ics, a repeated or unknown option, a bad --lang) is left to the full
// program, and so is every failure: output is held back until the command has
// succeeded, so the full program can run from scratch and word the error as always.
// A test runs many command lines both ways and demands identical results.
import type { CliContext } from '../commands/context.js';
import { ExitCode } from '../core/errors.js';
import { langFromEnv } from '../core/lang-env.js';
import { isLang, setLang, type Lang } from '../i18n/index.js';
import { openTerminal, type Terminal } from '../ui/terminal.js';
import type { MainIo } from '../cli-main.js';
import { runEtaAction, type RawEtaOptions } from './action.js';

const VALUE_OPTIONS = new Set(['sent', 'now', 'cutoff', 'zone', 'lang']);

interface Parsed {
  files: string[];
  options: RawEtaOptions & { lang?: string };
}

/** The command line after `eta`, if it is one the fast path answers exactly as commander would. */
export function parsePlainEta(args: readonly string[]): Parsed | undefined {
  const files: string[] = [];
  const options: Record<string, string | boolean> = { color: true };
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-')) {
      if (arg === '') return undefined;
      files.push(arg);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') return undefined;
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (seen.has(name)) return undefined;
    seen.add(name);
    if (VALUE_OPTIONS.has(name)) {
      const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || value.startsWith('-')) return undefined;
      options[name] = value;
    } else if (eq >= 0) return undefined;
    else if (name === 'json') options.json = true;
    else if (name === 'no-color') options.color = false;
    else return undefined;
  }
  return { files, options: options as Parsed['options'] };
}

/** A terminal whose output is kept until the command has succeeded. */
function heldBack(term: Terminal): { term: Terminal; release: () => void } {
  const held: Array<[boolean, string]> = [];
  return {
    term: { ...term, write: (text) => void held.push([false, text]), writeErr: (text) => void held.push([true, text]) },
    release: () => {
      for (const [toErr, text] of held) (toErr ? term.writeErr : term.write)(text);
    },
  };
}

/** Runs `eta` if the command line is a plain one; undefined (nothing written): let the full program run it. */
export async function runPlainEta(args: readonly string[], io: MainIo = {}): Promise<number | undefined> {
  const parsed = parsePlainEta(args);
  if (!parsed) return undefined;
  const env = io.env ?? process.env;
  const lang = parsed.options.lang ?? langFromEnv(env);
  if (!isLang(lang)) return undefined;
  setLang(lang as Lang);
  const terminal = await openTerminal({ noColor: parsed.options.color === false, env, stdout: io.stdout, stderr: io.stderr });
  const { term, release } = heldBack(terminal);
  const ctx: CliContext = { term, lang: lang as Lang, env, exitCode: ExitCode.Ok, activeCommand: 'eta' };
  let code: number;
  try {
    code = await runEtaAction(parsed.files, parsed.options, ctx);
  } catch {
    return undefined;
  }
  release();
  if (env.PMP_OFFLINE_DEBUG === 'fast-path') terminal.writeErr('pmp-offline debug: eta fast path\n');
  return code;
}
