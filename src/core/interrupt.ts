// SIGINT / SIGTERM, one rule for every command: the entry point (src/cli/entry.ts) listens from
// the first line of a run to its last write, so a signal never kills the process
// half-way. Batches stop at the next school, a Dapodik request is called off, an output
// is either written whole or not at all (io/atomic.ts), temporary files are removed, and
// the run ends with exit 130 / 143 (one JSON document with --json). Kept free of the
// message catalogue: it is set up before anything else is loaded.
export type InterruptSignal = 'SIGINT' | 'SIGTERM';

export interface InterruptTrap {
  /** Fires on the first signal; its reason is the signal's name. */
  signal: AbortSignal;
  /** The first signal received, if any. */
  received(): InterruptSignal | undefined;
  release(): void;
}

export function trapInterrupts(): InterruptTrap {
  const controller = new AbortController();
  let first: InterruptSignal | undefined;
  const handlers = new Map<InterruptSignal, () => void>();
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    const handler = () => {
      if (first) return;
      first = name;
      controller.abort(name);
    };
    handlers.set(name, handler);
    process.on(name, handler);
  }
  return {
    signal: controller.signal,
    received: () => first,
    release: () => {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}
