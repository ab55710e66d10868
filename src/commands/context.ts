import type { InterruptTrap } from '../core/interrupt.js';
import type { Lang } from '../i18n/index.js';
import type { Terminal } from '../output/terminal.js';

/** What every command gets from the entry point. Commands set `exitCode`; they never exit. */
export interface CliContext {
  term: Terminal;
  lang: Lang;
  env: NodeJS.ProcessEnv;
  exitCode: number;
  /** The command being parsed, for usage messages. */
  activeCommand: string;
  /** --no-color was given. */
  noColor: boolean;
  /**
   * With --json: the command has written its one document (an interrupted batch writes
   * what it finished); an error after that goes to stderr only.
   */
  documentWritten: boolean;
  /** SIGINT / SIGTERM since the run began (core/interrupt.ts). */
  interrupt: InterruptTrap;
  /** Throws the InterruptedError (exit 130 / 143) if a signal has arrived: called before each write. */
  stopIfInterrupted: () => void;
  /** Where commander's help text goes (stdout, or held for a JSON document with --json). */
  writeHelp: (text: string) => void;
}
