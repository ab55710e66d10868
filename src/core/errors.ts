// Typed errors: commands throw, only the entry point turns them into an exit code.
export const ExitCode = {
  Ok: 0,
  NotReady: 1,
  Usage: 2,
  Input: 3,
  Output: 4,
  Internal: 70,
  Interrupted: 130,
  Terminated: 143,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export abstract class PmpError extends Error {
  abstract readonly exitCode: ExitCodeValue;
  /** Stable machine-readable code for `--json` (`galat.kode`). */
  readonly kode: string;

  constructor(kode: string, message: string) {
    super(message);
    this.kode = kode;
    this.name = new.target.name;
  }
}

/** Bad command line: unknown option, missing path, bad option value. Exit 2. */
export class UsageError extends PmpError {
  readonly exitCode = ExitCode.Usage;
}

/** An input that cannot be read or is invalid. Exit 3. `file` is the path as given. */
export class InputError extends PmpError {
  readonly exitCode = ExitCode.Input;
  constructor(
    kode: string,
    message: string,
    readonly file?: string,
  ) {
    super(kode, message);
  }
}

/** Output could not be written. Exit 4. */
export class OutputError extends PmpError {
  readonly exitCode = ExitCode.Output;
  constructor(
    kode: string,
    message: string,
    readonly file?: string,
  ) {
    super(kode, message);
  }
}

/** SIGINT (130) or SIGTERM (143) arrived; cleanup already happened. */
export class InterruptedError extends PmpError {
  readonly exitCode: ExitCodeValue;
  constructor(signal: 'SIGINT' | 'SIGTERM', message: string) {
    super('DIHENTIKAN', message);
    this.exitCode = signal === 'SIGINT' ? ExitCode.Interrupted : ExitCode.Terminated;
  }
}
