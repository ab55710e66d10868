import type { InterruptTrap } from '../core/interrupt.js';
import type { WorkersDone } from '../core/pool.js';
import type { Terminal } from '../output/terminal.js';

/** What every command gets from the entry point. Commands set `exitCode`; they never exit. */
export interface CliContext {
  term: Terminal;
  env: NodeJS.ProcessEnv;
  exitCode: number;
  /** The command being parsed, for usage messages. */
  activeCommand: string;
  /** --no-color was given. */
  noColor: boolean;
  /**
   * With --json: the command's one document on stdout. An error after it (an interrupted
   * batch writes what it finished) goes to stderr only.
   */
  writeDocument: (doc: object) => void;
  /** The document has been written. */
  documentWritten: boolean;
  /** What a batch's worker threads did: a worker that died is said on stderr. */
  workersDone: WorkersDone;
  /** SIGINT / SIGTERM since the run began (core/interrupt.ts). */
  interrupt: InterruptTrap;
  /** Throws the InterruptedError (exit 130 / 143) if a signal has arrived: called before each write. */
  stopIfInterrupted: () => void;
  /** Where commander's help text goes (stdout, or held for a JSON document with --json). */
  writeHelp: (text: string) => void;
}
