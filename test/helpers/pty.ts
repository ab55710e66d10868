// A program on a real pseudo-terminal, as an operator's console runs it: script(1)
// (util-linux) gives it a terminal for stdin and stdout, and this side types into it and
// reads the screen. Keys are typed only once the screen shows what the program asks
// (a question's choices, not just a line printed before it, such as a command's last
// line before the menu is drawn again: keys typed before a prompt listens are lost, as on
// a real console), so nothing depends on how fast either side is.
import { spawn } from 'node:child_process';
import { childEnv } from './cli.js';

export interface Terminal {
  /** Resolves once `wanted` is on the screen after the last wait (colour codes removed); fails after 20 s. */
  waitFor(wanted: string | RegExp): Promise<void>;
  /** Types `keys` (`\r` is Enter, `\x03` Ctrl-C). */
  type(keys: string): void;
  /** Everything shown so far, colour and cursor codes removed. */
  screen(): string;
  /** Everything shown so far, as the terminal received it. */
  raw(): string;
  /** The program's exit code (script -e passes it on). */
  exited: Promise<number | null>;
}

/** Removes colour and cursor codes and carriage returns. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- terminal escape sequences
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
}

const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;

/** Runs `command` on a pseudo-terminal, 100 columns wide, in `cwd`. CI is not set there (a terminal user's shell). */
export function openTerminal(command: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Terminal {
  const line = `stty cols 100 rows 40; exec ${command.map(quote).join(' ')}`;
  const child = spawn('script', ['-qefc', line, '/dev/null'], {
    cwd: options.cwd,
    env: childEnv({ CI: undefined, TERM: 'xterm-256color', LANG: 'C.UTF-8', ...options.env }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let shown = '';
  // The screen's text only ever grows: an escape sequence split between two reads is
  // held back until it is whole, so a position in the text never moves under a wait.
  let text = '';
  let pending = '';
  let from = 0;
  const waiters: (() => void)[] = [];
  const received = (d: string) => {
    shown += d;
    pending += d;
    // eslint-disable-next-line no-control-regex -- terminal escape sequences
    const open = /\x1b(?:\[[0-9;?]*)?$/.exec(pending);
    const whole = open ? pending.slice(0, open.index) : pending;
    pending = pending.slice(whole.length);
    text += plain(whole);
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout.setEncoding('utf8').on('data', received);
  child.stderr.setEncoding('utf8').on('data', received);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  void exited.then(() => clearTimeout(timer));

  return {
    async waitFor(wanted) {
      // Within the test's own 30 s, so a miss is reported with the screen.
      const deadline = Date.now() + 20_000;
      for (;;) {
        const rest = text.slice(from);
        const at = typeof wanted === 'string' ? rest.indexOf(wanted) : rest.search(wanted);
        if (at >= 0) {
          from += at + 1;
          return;
        }
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`not shown: ${String(wanted)}\n--- screen ---\n${text}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    type(keys) {
      child.stdin.write(keys);
    },
    screen: () => text,
    raw: () => shown,
    exited,
  };
}
