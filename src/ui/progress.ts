// A progress line on stderr for batches, only on an interactive terminal and never
// with --json. ora is loaded only when a spinner will actually be drawn.
import type { Terminal } from './terminal.js';

export interface Progress {
  update(text: string): void;
  /** Erase the line before writing results; the spinner draws itself again below them. */
  clear(): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, clear: () => {}, stop: () => {} };

export async function startProgress(term: Terminal, enabled: boolean, text: string): Promise<Progress> {
  if (!enabled || !term.interactive) return SILENT;
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: process.stderr, isEnabled: true, color: 'cyan' }).start();
  return {
    update: (next) => {
      spinner.text = next;
    },
    clear: () => {
      spinner.clear();
    },
    stop: () => {
      spinner.stop();
    },
  };
}
