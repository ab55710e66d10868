// The guided mode: for operators who do not type commands. Started with no arguments on
// a terminal (a double-click in Explorer opens one), it shows a numbered menu, asks only
// what the chosen command needs, runs that command's own code (the output is the
// command's), prints the same command as a line to type next time, and comes back to
// the menu. Loaded only for this mode, with its prompt library (@inquirer/prompts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { input, password, select } from '@inquirer/prompts';
import { t, type MessageKey } from '../../i18n/index.js';
import type { InterruptTrap } from '../../core/interrupt.js';
import { findCandidates, type Wanted } from './find.js';

export interface GuidedIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  platform: NodeJS.Platform;
  /** What the user types to start this program (`pmp-offline`, or the executable's name). */
  program: string;
  /** The terminal's decisions (output/terminal.ts): the prompts follow them, not their library's own. */
  color: boolean;
  unicode: boolean;
  version: string;
  /** The global options given with no command (`--lang en`, `--no-color`): every command gets them. */
  globals: string[];
  interrupt: InterruptTrap;
  /** Runs one command line through the CLI (extra variables for it only); resolves to its exit code. */
  run(argv: string[], env?: NodeJS.ProcessEnv): Promise<number>;
}

/** A command chosen and asked for: its arguments, and what the line shown next time hides. */
interface Planned {
  argv: string[];
  env?: NodeJS.ProcessEnv;
  /** The token was typed: the line shown says where a token goes instead. */
  typedToken?: boolean;
}

type Choice = 'planDapodik' | 'planSaved' | 'check' | 'pack' | 'eta' | 'board' | 'help' | 'exit';
const MENU: readonly Choice[] = ['planDapodik', 'planSaved', 'check', 'pack', 'eta', 'board', 'help', 'exit'];

const EXIT_INTERRUPTED = { SIGINT: 130, SIGTERM: 143 } as const;

/** One argument as a shell of `platform` needs it written. */
function quoteArg(arg: string, platform: NodeJS.Platform): string {
  if (/^[\w@%+=:,./\\-]+$/.test(arg)) return arg;
  return platform === 'win32' ? `"${arg.replace(/"/g, '""')}"` : `'${arg.replace(/'/g, "'\\''")}'`;
}

/** The line that runs the same command from a prompt. */
function commandLine(program: string, argv: readonly string[], platform: NodeJS.Platform): string {
  return [program, ...argv].map((arg) => quoteArg(arg, platform)).join(' ');
}

/** A prompt ended by Ctrl-C (the library's ExitPromptError) or by a signal (AbortPromptError). */
function promptStopped(err: unknown): boolean {
  const name = (err as { name?: unknown } | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

export async function runGuided(io: GuidedIo): Promise<number> {
  const context = { input: io.stdin, output: io.stdout, signal: io.interrupt.signal };
  // The prompt library colours with node:util's styleText and picks its symbols from the
  // environment; here NO_COLOR, --no-color and the code page decide, as for the commands.
  const same = (text: string) => text;
  const look = {
    prefix: { idle: '?', done: io.unicode ? '✔' : 'v' },
    ...(io.color
      ? {}
      : {
          style: {
            answer: same,
            message: same,
            error: (text: string) => `> ${text}`,
            defaultAnswer: (text: string) => `(${text})`,
            help: same,
            highlight: same,
            key: (text: string) => `<${text}>`,
          },
        }),
  };
  const theme = {
    ...look,
    indexMode: 'number' as const,
    icon: { cursor: io.unicode ? '❯' : '>' },
    style: { ...look.style, ...(io.color ? {} : { description: same, disabled: same }), keysHelpTip: () => t('guided.keys') },
  };
  const say = (text: string) => io.stdout.write(`${text}\n`);
  /** A path as an argument: one that begins with '-' would be read as an option (`./-rf.json`). */
  const asPath = (value: string) => (value.startsWith('-') ? `.${path.sep}${value}` : value);

  /** Picks a path: a numbered list of what is here and below, or one typed. */
  const pickPath = async (message: MessageKey, wanted: Wanted, here = false): Promise<string> => {
    const found = findCandidates(io.cwd, wanted);
    const choices = [
      ...(here ? [{ name: t('guided.pick.here', { folder: io.cwd }), value: '.' }] : []),
      ...found.paths.map((file) => ({ name: file, value: file })),
      { name: found.more > 0 ? `${t('guided.pick.typed')} ${t('guided.pick.more', { count: found.more })}` : t('guided.pick.typed'), value: '' },
    ];
    const picked = choices.length === 1 ? '' : await select({ message: t(message), choices, theme, pageSize: 15 }, context);
    if (picked !== '') return asPath(picked);
    return input(
      {
        message: t('guided.ask.path'),
        validate: (value) => existsSync(path.resolve(io.cwd, value.trim())) || t('guided.ask.pathMissing', { path: value.trim() }),
        theme: look,
      },
      context,
    ).then((value) => asPath(value.trim()));
  };

  /** A typed value; empty when the user leaves it empty. */
  const ask = async (message: MessageKey, fallback?: string): Promise<string> =>
    (await input({ message: t(message), default: fallback, theme: look }, context)).trim();
  /** A typed name of a file or folder to write; empty when the user leaves it empty. */
  const askPath = async (message: MessageKey, fallback: string): Promise<string> => {
    const value = await ask(message, fallback);
    return value === '' ? '' : asPath(value);
  };

  const planFor = async (choice: Exclude<Choice, 'exit'>): Promise<Planned> => {
    switch (choice) {
      case 'check':
        return { argv: ['check', await pickPath('guided.ask.checkPath', 'input', true)] };
      case 'pack': {
        const from = await pickPath('guided.ask.packPath', 'packable', true);
        return { argv: ['pack', from, '--out', await askPath('guided.ask.packOut', 'kirim')] };
      }
      case 'eta': {
        const sent = await ask('guided.ask.sent');
        return { argv: ['eta', ...(sent === '' ? [] : ['--sent', sent])] };
      }
      case 'board': {
        const log = await pickPath('guided.ask.logFile', 'log');
        const html = await askPath('guided.ask.html', 'papan-kabupaten.html');
        return { argv: ['eta', '--log', log, ...(html === '' ? [] : ['--html', html])] };
      }
      case 'planSaved': {
        const folder = await pickPath('guided.ask.savedFolder', 'dapodik');
        const xlsx = await askPath('guided.ask.xlsx', 'responden.xlsx');
        return { argv: ['plan', folder, ...(xlsx === '' ? [] : ['--xlsx', xlsx])] };
      }
      case 'planDapodik':
        return planFromDapodik();
      case 'help':
        return { argv: ['--help'] };
    }
  };

  const planFromDapodik = async (): Promise<Planned> => {
    const address = await ask('guided.ask.address', 'localhost');
    const npsn = (
      await input({ message: t('guided.ask.npsn'), validate: (value) => /^\d{8}$/.test(value.trim()) || t('guided.ask.npsnBad'), theme: look }, context)
    ).trim();
    const ways = [
      ...(io.env.DAPODIK_TOKEN ? [{ name: t('guided.token.env'), value: 'env' }] : []),
      { name: t('guided.token.file'), value: 'file' },
      { name: t('guided.token.type'), value: 'type' },
    ];
    const way = await select({ message: t('guided.ask.tokenHow'), choices: ways, theme }, context);
    const argv = ['plan', '--dapodik', address, '--npsn', npsn];
    let typed: string | undefined;
    if (way === 'file') argv.push('--token-file', await pickPath('guided.ask.tokenFile', 'token'));
    // Read without echo, handed to the command in its environment only, never shown.
    if (way === 'type')
      typed = (
        await password({ message: t('guided.ask.token'), validate: (value) => value.trim() !== '' || t('guided.ask.tokenEmpty'), theme: look }, context)
      ).trim();
    const xlsx = await askPath('guided.ask.xlsx', `responden-${npsn}.xlsx`);
    if (xlsx !== '') argv.push('--xlsx', xlsx);
    return typed === undefined ? { argv } : { argv, env: { DAPODIK_TOKEN: typed }, typedToken: true };
  };

  say(t('guided.welcome', { version: io.version }));
  for (;;) {
    try {
      const choice = await select(
        { message: t('guided.menu'), choices: MENU.map((value) => ({ name: t(`guided.choice.${value}`), value })), theme, pageSize: MENU.length },
        context,
      );
      if (choice === 'exit') {
        say(t('guided.bye'));
        return 0;
      }
      const planned = await planFor(choice);
      say('');
      // A usage error or an unreadable file is the command's to report: then back to the menu.
      const argv = [...io.globals, ...planned.argv];
      await io.run(argv, planned.env);
      const signal = io.interrupt.received();
      if (signal) return EXIT_INTERRUPTED[signal];
      if (choice !== 'help') {
        const line = commandLine(io.program, argv, io.platform);
        say(`\n${planned.typedToken ? t('guided.sameToken', { command: line }) : t('guided.same', { command: line })}\n`);
      }
    } catch (err) {
      if (!promptStopped(err)) throw err;
      say('');
      return EXIT_INTERRUPTED[io.interrupt.received() ?? 'SIGINT'];
    }
  }
}
