// SIGINT / SIGTERM during a batch (check, pack): stop at the next school, let pack's
// writer remove its temporary file, report what was finished, and exit 130 / 143
// through the entry point. Listening replaces Node's
// default of dying on the spot, which would leave a temporary file behind.
export type InterruptSignal = 'SIGINT' | 'SIGTERM';

export interface InterruptTrap {
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
      first ??= name;
      controller.abort();
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
