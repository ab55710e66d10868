// A progress line on stderr for batches, only on an interactive terminal of a known,
// non-zero width, and never with --json. ora is loaded only when a spinner will be drawn.
import type { Terminal } from './terminal.js';

export interface Progress {
  update(text: string): void;
  /** Erase the line before writing results; the spinner draws itself again below them. */
  clear(): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, clear: () => {}, stop: () => {} };

/** ASCII frames for a terminal without Unicode (ora's default frames are braille). */
const ASCII_SPINNER = { interval: 120, frames: ['-', '\\', '|', '/'] };

export async function startProgress(term: Terminal, enabled: boolean, text: string): Promise<Progress> {
  // A terminal that reports 0 columns (or none) cannot hold a progress line: ora divides
  // by the width, and drawing on such a terminal spun forever, deaf to Ctrl-C.
  const columns = term.stderrColumns;
  if (!enabled || !term.interactive || columns === undefined || !(columns > 0)) return SILENT;
  const { default: ora } = await import('ora');
  const spinner = ora({
    text,
    stream: term.stderrStream,
    isEnabled: true,
    color: 'cyan',
    // Ctrl-C stays the terminal's: a real SIGINT, which the batch turns into a clean stop.
    discardStdin: false,
    ...(term.unicode ? {} : { spinner: ASCII_SPINNER }),
  }).start();
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
