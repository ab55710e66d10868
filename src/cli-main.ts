// The CLI proper (loaded by ./cli.ts): builds the commander program, runs one command,
// and turns every outcome into an exit code. Nothing in the code base ends the process.
import { Command, CommanderError } from 'commander';
import { ExitCode, PmpError, UsageError } from './core/errors.js';
import { isLang, setLang, t, type Lang, type MessageKey } from './i18n/index.js';
import { openTerminal, type Terminal } from './ui/terminal.js';
import { checkCommand } from './commands/check.js';
import { packCommand } from './commands/pack.js';
import { etaCommand } from './commands/eta.js';
import type { CliContext } from './commands/context.js';
import { langFromEnv } from './core/lang-env.js';
import { VERSION } from './core/version.js';


export interface MainIo {
  env?: NodeJS.ProcessEnv;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
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
function preScan(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: string; json: boolean; noColor: boolean } {
  let lang = langFromEnv(env);
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
  const command = commandName || '';
  switch (err.code) {
    case 'commander.unknownOption':
      return new UsageError('OPSI_TIDAK_DIKENAL', t('err.unknownOption', { option: quoted, command }));
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

function reportError(err: unknown, term: Terminal, json: boolean): number {
  const known =
    err instanceof PmpError
      ? err
      : new (class extends PmpError {
          readonly exitCode = ExitCode.Internal;
        })('GALAT_INTERNAL', t('err.internal', { detail: err instanceof Error ? err.message : String(err) }));
  if (json) {
    term.write(`${JSON.stringify({ format: 'pmp-offline/galat@1', galat: { kode: known.kode, pesan: known.message } }, null, 2)}\n`);
  } else {
    term.writeErr(`pmp-offline: ${term.color.red(t('err.prefix'))}: ${known.message}\n`);
  }
  if (!(err instanceof PmpError) && process.env.PMP_OFFLINE_DEBUG === '1' && err instanceof Error) {
    term.writeErr(`${err.stack ?? ''}\n`);
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
    .helpCommand('help [perintah]', t('cli.cmd.help'))
    .option('--lang <id|en>', t('cli.opt.lang'))
    .option('--no-color', t('cli.opt.noColor'))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.term.write(s),
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

  for (const make of [checkCommand, packCommand, etaCommand]) {
    const command = make(ctx);
    command
      .exitOverride()
      .helpOption('-h, --help', t('cli.opt.help'))
      .configureOutput({
        writeOut: (s) => ctx.term.write(s),
        writeErr: (s) => ctx.term.writeErr(s),
        outputError: () => {},
      })
      .configureHelp({ styleTitle: translateTitle });
    command.usage(command.usage().replace('[options]', t('cli.usage.options')));
    program.addCommand(command);
  }
  return program;
}

/** Runs the CLI and resolves to the exit code; never throws, never exits. */
export async function main(argv: string[], io: MainIo = {}): Promise<number> {
  const env = io.env ?? process.env;
  const pre = preScan(argv, env);
  const term = await openTerminal({ noColor: pre.noColor, env, stdout: io.stdout, stderr: io.stderr });
  const lang: Lang = isLang(pre.lang) ? pre.lang : 'id';
  setLang(lang);
  if (!isLang(pre.lang)) {
    return reportError(new UsageError('BAHASA_TIDAK_DIKENAL', t('err.badLang', { value: pre.lang })), term, pre.json);
  }
  const ctx: CliContext = { term, lang, env, exitCode: ExitCode.Ok, activeCommand: '' };
  const program = buildProgram(ctx);
  try {
    if (argv.length === 0) {
      ctx.term.writeErr(program.helpInformation());
      return ExitCode.Usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.Ok;
      if (err.code === 'commander.help') return ExitCode.Usage;
      return reportError(translateCommanderError(err, ctx.activeCommand), term, pre.json);
    }
    return reportError(err, term, pre.json);
  }
}

