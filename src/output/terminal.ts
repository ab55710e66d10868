// What the terminal can show: colour and Unicode. Decided once per run from the
// streams and the environment, then passed around as a plain object.
// chalk is loaded only when colour is wanted: most runs (pipes, CI, `--json`, scripts
// over a district) never colour anything, and loading it was part of every start-up.
import { t } from '../i18n/index.js';

/** A way to colour text; chalk is one, and so is NO_COLORS, which changes nothing. */
type Paint = (text: string) => string;
export interface Colors {
  red: Paint & { bold: Paint };
  green: Paint & { bold: Paint };
  yellow: Paint;
  bold: Paint;
  dim: Paint;
}

const same: Paint = (text) => text;
const sameWithBold = (): Paint & { bold: Paint } => Object.assign((text: string) => text, { bold: same });
export const NO_COLORS: Colors = { red: sameWithBold(), green: sameWithBold(), yellow: same, bold: same, dim: same };

export interface Symbols {
  ok: string;
  fail: string;
  warn: string;
  info: string;
  bullet: string;
  arrow: string;
  dash: string;
  dot: string;
  ellipsis: string;
}

const UNICODE: Symbols = { ok: '✔', fail: '✖', warn: '⚠', info: 'ℹ', bullet: '•', arrow: '→', dash: '—', dot: '·', ellipsis: '…' };
const ASCII: Symbols = { ok: '[OK]', fail: '[X]', warn: '[!]', info: '[i]', bullet: '-', arrow: '->', dash: '-', dot: '-', ellipsis: '...' };

/**
 * Typographic punctuation a terminal without Unicode cannot show, and what it gets
 * instead. Messages may use these freely: the terminal folds them on the way out.
 */
const ASCII_FOLD: Record<string, string> = { '…': '...', '·': '-', '–': '-', '—': '-', '→': '->', '•': '-', '“': '"', '”': '"', '‘': "'", '’': "'" };
const FOLDABLE = new RegExp(`[${Object.keys(ASCII_FOLD).join('')}]`, 'g');

export function asciiFold(text: string): string {
  return text.replace(FOLDABLE, (ch) => ASCII_FOLD[ch] ?? ch);
}

export interface Terminal {
  color: Colors;
  useColor: boolean;
  unicode: boolean;
  sym: Symbols;
  /** stderr is an interactive terminal: progress lines may be drawn there. */
  interactive: boolean;
  /** The width stderr's terminal reports, if any (0 happens: a serial console, `stty cols 0`). */
  readonly stderrColumns: number | undefined;
  /** The stream progress lines are drawn on. */
  stderrStream: NodeJS.WriteStream;
  write(text: string): void;
  writeErr(text: string): void;
  /** The one error line: `pmp-offline: galat: …` on stderr. */
  error(message: string): void;
}

export interface TerminalOptions {
  /** The run's environment (the entry's, injected): NO_COLOR, FORCE_COLOR, LANG, CI, the Windows terminal's marks. */
  env: NodeJS.ProcessEnv;
  noColor?: boolean;
  /** The Windows console's code page, where Windows was asked (openTerminal asks on a Windows console). */
  codePage?: number;
  platform?: NodeJS.Platform;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

/** Windows terminals that draw Unicode whatever the console's code page (what is-unicode-supported knows). */
function unicodeWindowsTerminal(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env.WT_SESSION ||
      env.TERMINUS_SUBLIME ||
      env.ConEmuTask === '{cmd::Cmder}' ||
      env.TERM_PROGRAM === 'vscode' ||
      env.TERM === 'xterm-256color' ||
      env.TERM === 'alacritty',
  );
}

/** The console code page of UTF-8: a console set to it (`chcp 65001`) shows Unicode. */
const UTF8_CODE_PAGE = 65001;

/**
 * Unicode or the ASCII fallback. On Windows what Windows reports decides: a terminal
 * known to draw Unicode (Windows Terminal, VS Code, ConEmu), else the console's code
 * page (`codePage`, from chcp: 65001 is Unicode; a classic console on 437 or 850, or an
 * unknown one, gets ASCII). Elsewhere the locale does.
 */
export function supportsUnicode(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, codePage?: number): boolean {
  if (env.PMP_OFFLINE_ASCII === '1') return false;
  if (platform === 'win32') return unicodeWindowsTerminal(env) || codePage === UTF8_CODE_PAGE;
  if (env.TERM === 'linux') return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (locale && !/utf-?8/i.test(locale)) return false;
  return true;
}

/** The code page in what `chcp` prints ("Active code page: 437.", "Halaman kode aktif: 850", …). */
export function parseCodePage(text: string): number | undefined {
  const found = /(\d{3,5})\D*$/.exec(text.trim());
  return found ? Number(found[1]) : undefined;
}

/**
 * The Windows console's output code page, asked of Windows with chcp.com (it reads the
 * console this program is attached to); undefined when it cannot tell.
 */
async function consoleCodePage(): Promise<number | undefined> {
  const { execFileSync } = await import('node:child_process');
  try {
    return parseCodePage(execFileSync('chcp.com', { encoding: 'latin1', windowsHide: true, timeout: 3000, stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined;
  }
}

export function colorWanted(env: NodeJS.ProcessEnv, isTTY: boolean, noColor: boolean): boolean {
  if (noColor) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  return isTTY && env.TERM !== 'dumb';
}

/** Does this run colour its output? */
export function terminalWantsColor(options: TerminalOptions): boolean {
  const stdout = options.stdout ?? process.stdout;
  return colorWanted(options.env, Boolean(stdout.isTTY), Boolean(options.noColor));
}

/**
 * The terminal, with chalk loaded only if it will colour anything. On a Windows console
 * that is not a known Unicode terminal, Windows is asked for the code page first.
 */
export async function openTerminal(options: TerminalOptions): Promise<Terminal> {
  const platform = options.platform ?? process.platform;
  const stdout = options.stdout ?? process.stdout;
  if (platform === 'win32' && stdout.isTTY && options.codePage === undefined && !unicodeWindowsTerminal(options.env)) {
    options = { ...options, codePage: await consoleCodePage() };
  }
  if (!terminalWantsColor(options)) return createTerminal(options);
  const { Chalk } = await import('chalk');
  return createTerminal(options, new Chalk({ level: 1 }));
}

/** The terminal; without `colors` it never colours (whatever the environment asks). */
export function createTerminal(options: TerminalOptions, colors?: Colors): Terminal {
  const env = options.env;
  const platform = options.platform ?? process.platform;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const useColor = colors !== undefined && terminalWantsColor(options);
  const unicode = supportsUnicode(env, platform, options.codePage);
  const color = useColor ? (colors as Colors) : NO_COLORS;
  const writeErr = (text: string) => {
    stderr.write(unicode ? text : asciiFold(text));
  };
  return {
    color,
    useColor,
    unicode,
    sym: unicode ? UNICODE : ASCII,
    interactive: Boolean(stderr.isTTY) && env.CI === undefined,
    get stderrColumns() {
      return stderr.columns;
    },
    stderrStream: stderr,
    write: (text) => {
      stdout.write(unicode ? text : asciiFold(text));
    },
    writeErr,
    error: (message) => writeErr(`pmp-offline: ${color.red(t('err.prefix'))}: ${message}\n`),
  };
}
