// The CLI proper (loaded by ./cli.ts): builds the commander program, runs one command,
// and turns every outcome into an exit code. Nothing in the code base ends the process.
import { Command, CommanderError } from 'commander';
import { ExitCode, InterruptedError, PmpError, UsageError } from '../core/errors.js';
import { trapInterrupts, type InterruptSignal, type InterruptTrap } from '../core/interrupt.js';
import { setLang, t, type Lang, type MessageKey } from '../i18n/index.js';
import { openTerminal, type Terminal } from '../output/terminal.js';
import { checkCommand } from '../commands/check/command.js';
import { packCommand } from '../commands/pack/command.js';
import { etaCommand } from '../commands/eta/command.js';
import { planCommand } from '../commands/plan/command.js';
import type { CliContext } from '../commands/context.js';
import type { WorkersDone } from '../core/pool.js';
import { langFromEnv, parseLang } from '../core/lang-env.js';
import { placeholder } from '../commands/options.js';
import { VERSION } from '../core/version.js';
import path from 'node:path';

export interface MainIo {
  env?: NodeJS.ProcessEnv;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  /** Signals since the run began; the entry (./entry.ts) sets it up first of all. */
  interrupt?: InterruptTrap;
  /** Told what each batch's worker threads did (how many files they did, how many died). */
  onWorkersDone?: WorkersDone;
}

/** The error a signal ends a run with (exit 130 / 143). */
export function interruptedError(signal: InterruptSignal): InterruptedError {
  return new InterruptedError(signal, t('err.interrupted', { signal }));
}

const HELP_TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
};

function translateTitle(title: string): string {
  const key = HELP_TITLES[title];
  return key ? t(key) : title;
}

/** Reads --lang, --json and --no-color before commander runs, so even usage errors speak the user's language. */
function preScan(argv: readonly string[]): { lang?: string; json: boolean; noColor: boolean } {
  let lang: string | undefined;
  let json = false;
  let noColor = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--lang') lang = argv[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '--json') json = true;
    else if (arg === '--no-color') noColor = true;
  }
  return { lang, json, noColor };
}

function translateCommanderError(err: CommanderError, commandName: string): UsageError {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  // `--tokn=SECRET`: the option's name only; a value given with it is never echoed.
  const option = quoted.replace(/=.*$/s, '=…');
  const command = commandName || '';
  switch (err.code) {
    case 'commander.unknownOption':
      return new UsageError('OPSI_TIDAK_DIKENAL', t(command ? 'err.unknownOption' : 'err.unknownOptionProgram', { option, command }));
    case 'commander.unknownCommand':
      return new UsageError('PERINTAH_TIDAK_DIKENAL', t('err.unknownCommand', { name: quoted }));
    case 'commander.missingArgument':
      return new UsageError('ARGUMEN_KURANG', t('err.missingArgument', { name: quoted, command }));
    case 'commander.optionMissingArgument':
      return new UsageError('NILAI_OPSI_KURANG', t('err.optionMissingArgument', { option: quoted }));
    case 'commander.excessArguments':
      return new UsageError('ARGUMEN_BERLEBIH', t('err.tooManyArguments', { command }));
    default:
      return new UsageError('PENGGUNAAN_SALAH', t('err.usage', { detail: err.message.replace(/^error:\s*/, '') }));
  }
}

function reportError(err: unknown, term: Terminal, json: boolean, documentWritten = false): number {
  const known =
    err instanceof PmpError
      ? err
      : new (class extends PmpError {
          readonly exitCode = ExitCode.Internal;
        })('GALAT_INTERNAL', t('err.internal', { detail: err instanceof Error ? err.message : String(err) }));
  // With --json stdout holds exactly one document: the error, unless the command has
  // written its own already (an interrupted batch), when the error goes to stderr.
  if (json && !documentWritten) {
    term.write(`${JSON.stringify({ format: 'pmp-offline/galat@1', galat: { kode: known.kode, pesan: known.message } }, null, 2)}\n`);
  } else {
    term.error(known.message);
  }
  return known.exitCode;
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('pmp-offline');
  program
    .description(t('cli.description'))
    .usage(t('cli.usage.program'))
    .version(VERSION, '-V, --version', t('cli.opt.version'))
    .helpOption('-h, --help', t('cli.opt.help'))
    .helpCommand(`help ${placeholder('cli.arg.command', false, true)}`, t('cli.cmd.help'))
    .option('--lang <id|en>', t('cli.opt.lang'))
    .option('--no-color', t('cli.opt.noColor'))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.writeHelp(s),
      writeErr: (s) => ctx.term.writeErr(s),
      outputError: () => {
        /* translated and printed by reportError */
      },
    })
    .configureHelp({
      styleTitle: translateTitle,
      subcommandTerm: (sub) => `${sub.name()} ${sub.usage()}`.trim(),
    })
    .addHelpText('after', `\n${t('cli.help.exitCodes')}\n`)
    .hook('preSubcommand', (_program, sub) => {
      ctx.activeCommand = sub.name();
    });

  for (const make of [checkCommand, packCommand, etaCommand, planCommand]) {
    const command = make(ctx);
    command
      .exitOverride()
      .helpOption('-h, --help', t('cli.opt.help'))
      .configureOutput({
        writeOut: (s) => ctx.writeHelp(s),
        writeErr: (s) => ctx.term.writeErr(s),
        outputError: () => {},
      })
      .configureHelp({ styleTitle: translateTitle });
    command.usage(command.usage().replace('[options]', t('cli.usage.options')));
    program.addCommand(command);
  }
  return program;
}

/**
 * No command on a terminal opens the guided mode, unless a script could be waiting on
 * it: stdin or stdout not a terminal, `CI` set, or `--json` asked for.
 */
function guidedWanted(env: NodeJS.ProcessEnv, json: boolean, stdin: { isTTY?: boolean }, stdout: { isTTY?: boolean }): boolean {
  return !json && (env.CI === undefined || env.CI === '') && stdin.isTTY === true && stdout.isTTY === true;
}

/** The global options given with no command (`--lang en`, `--no-color`), kept for each guided run. */
function globalArgs(argv: readonly string[]): string[] {
  return argv.filter((arg, i) => arg !== '--json' && (GLOBAL_FLAGS.has(arg) || arg.startsWith('--lang=') || argv[i - 1] === '--lang'));
}

/** What the user types to start this program: the standalone executable's own name, or the npm command's. */
function programName(): string {
  const base = path.basename(process.execPath);
  return base.startsWith('pmp-offline') ? base : 'pmp-offline';
}

export const HELP_JSON_FORMAT = 'pmp-offline/bantuan@1';
export const VERSION_JSON_FORMAT = 'pmp-offline/versi@1';
const GLOBAL_FLAGS = new Set(['--lang', '--no-color', '--json']);

/** Runs the CLI and resolves to the exit code; never throws, never exits. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const env = io.env ?? process.env;
  const pre = preScan(argv);
  const term = await openTerminal({ noColor: pre.noColor, env, stdout: io.stdout, stderr: io.stderr });
  const fromEnv = langFromEnv(env);
  const fromFlag = pre.lang === undefined ? undefined : parseLang(pre.lang);
  const lang: Lang = fromFlag ?? fromEnv.lang;
  setLang(lang);
  if (pre.lang !== undefined && fromFlag === undefined) {
    return reportError(new UsageError('BAHASA_TIDAK_DIKENAL', t('err.badLang', { value: pre.lang })), term, pre.json);
  }
  // A setting in the environment is not the user's command: a word, and on in Indonesian.
  if (fromEnv.ignored !== undefined && fromFlag === undefined) term.writeErr(`pmp-offline: ${t('err.envLangIgnored', { value: fromEnv.ignored })}\n`);
  let help = '';
  const interrupt = io.interrupt ?? trapInterrupts();
  const ctx: CliContext = {
    interrupt,
    stopIfInterrupted: () => {
      const signal = interrupt.received();
      if (signal) throw interruptedError(signal);
    },
    term,
    env,
    exitCode: ExitCode.Ok,
    activeCommand: '',
    noColor: pre.noColor,
    documentWritten: false,
    writeDocument: (doc) => {
      term.write(`${JSON.stringify(doc, null, 2)}\n`);
      ctx.documentWritten = true;
    },
    workersDone: (stats) => {
      if (stats.died > 0) term.writeErr(`pmp-offline: ${t('warn.workerDied', { count: stats.died })}\n`);
      io.onWorkersDone?.(stats);
    },
    // With --json, help is held back and printed as one JSON document.
    writeHelp: (text) => {
      if (pre.json) help += text;
      else term.write(text);
    },
  };
  const program = buildProgram(ctx);
  const helpShown = (): number => {
    if (pre.json) term.write(`${JSON.stringify({ format: HELP_JSON_FORMAT, bantuan: help }, null, 2)}\n`);
    return ExitCode.Ok;
  };
  try {
    // No command, only the global options (or nothing): on a terminal the guided mode,
    // else the help, on stdout, exit 0.
    if (argv.every((arg, i) => GLOBAL_FLAGS.has(arg) || arg.startsWith('--lang=') || (argv[i - 1] === '--lang' && i > 0))) {
      const stdin = io.stdin ?? process.stdin;
      const stdout = io.stdout ?? process.stdout;
      if (guidedWanted(env, pre.json, stdin, stdout)) {
        const { runGuided } = await import('./guided/index.js');
        return await runGuided({
          stdin,
          stdout,
          env,
          cwd: process.cwd(),
          platform: process.platform,
          program: programName(),
          color: term.useColor,
          unicode: term.unicode,
          version: VERSION,
          interrupt,
          // The command's own run, in the same language and colours, with the same streams.
          globals: globalArgs(argv),
          run: (commandArgv, extraEnv) => main(commandArgv, { ...io, env: { ...env, ...extraEnv }, interrupt }),
        });
      }
      ctx.writeHelp(program.helpInformation());
      return helpShown();
    }
    await program.parseAsync(argv, { from: 'user' });
    // A signal the command finished despite (its outputs are whole): still 130 / 143.
    ctx.stopIfInterrupted();
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.version') {
        if (pre.json) term.write(`${JSON.stringify({ format: VERSION_JSON_FORMAT, versi: VERSION }, null, 2)}\n`);
        return ExitCode.Ok;
      }
      // `--help`, `help` and `help check` show help and succeed; help shown because
      // something was missing is a usage error.
      if ((err.code === 'commander.helpDisplayed' || err.code === 'commander.help') && err.exitCode === 0) return helpShown();
      if (err.code === 'commander.help' || err.code === 'commander.helpDisplayed') {
        return reportError(new UsageError('PENGGUNAAN_SALAH', t('err.usage', { detail: help.trim() || ctx.activeCommand })), term, pre.json);
      }
      return reportError(translateCommanderError(err, ctx.activeCommand), term, pre.json);
    }
    // Stopped by a signal, whatever the command made of it (a request called off): 130 / 143.
    const signal = interrupt.received();
    const reported = signal && !(err instanceof InterruptedError) ? interruptedError(signal) : err;
    return reportError(reported, term, pre.json, ctx.documentWritten);
  } finally {
    if (!io.interrupt) interrupt.release();
  }
}
