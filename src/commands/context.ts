import type { Lang } from '../i18n/index.js';
import type { Terminal } from '../ui/terminal.js';

/** What every command gets from the entry point. Commands set `exitCode`; they never exit. */
export interface CliContext {
  term: Terminal;
  lang: Lang;
  env: NodeJS.ProcessEnv;
  exitCode: number;
  /** The command being parsed, for usage messages. */
  activeCommand: string;
}
