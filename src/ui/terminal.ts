// What the terminal can show: colour and Unicode. Decided once per run from the
// streams and the environment, then passed around as a plain object.
import { Chalk, type ChalkInstance } from 'chalk';

export interface Symbols {
  ok: string;
  fail: string;
  warn: string;
  info: string;
  bullet: string;
  arrow: string;
  dash: string;
}

const UNICODE: Symbols = { ok: '✔', fail: '✖', warn: '⚠', info: 'ℹ', bullet: '•', arrow: '→', dash: '—' };
const ASCII: Symbols = { ok: '[OK]', fail: '[X]', warn: '[!]', info: '[i]', bullet: '-', arrow: '->', dash: '-' };

export interface Terminal {
  color: ChalkInstance;
  useColor: boolean;
  unicode: boolean;
  sym: Symbols;
  /** stderr is an interactive terminal: progress lines may be drawn there. */
  interactive: boolean;
  write(text: string): void;
  writeErr(text: string): void;
}

export interface TerminalOptions {
  noColor?: boolean;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

/** Like is-unicode-supported: Windows terminals vary, POSIX follows the locale. */
export function supportsUnicode(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (env.PMP_OFFLINE_ASCII === '1') return false;
  if (platform === 'win32') {
    return Boolean(
      env.WT_SESSION ||
        env.TERMINUS_SUBLIME ||
        env.ConEmuTask === '{cmd::Cmder}' ||
        env.TERM_PROGRAM === 'vscode' ||
        env.TERM === 'xterm-256color' ||
        env.TERM === 'alacritty',
    );
  }
  if (env.TERM === 'linux') return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (locale && !/utf-?8/i.test(locale)) return false;
  return true;
}

export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean, noColor: boolean): boolean {
  if (noColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  return isTTY && env.TERM !== 'dumb';
}

export function createTerminal(options: TerminalOptions = {}): Terminal {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const useColor = colorWanted(env, Boolean(stdout.isTTY), Boolean(options.noColor));
  const unicode = supportsUnicode(env, platform);
  return {
    color: new Chalk({ level: useColor ? 1 : 0 }),
    useColor,
    unicode,
    sym: unicode ? UNICODE : ASCII,
    interactive: Boolean(stderr.isTTY) && env.CI === undefined,
    write: (text) => {
      stdout.write(text);
    },
    writeErr: (text) => {
      stderr.write(text);
    },
  };
}
