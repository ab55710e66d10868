// Where worker threads get their code: set once by the program's entry point, which is
// the one module that knows where it stands (a file beside the bundle, or the code
// itself inside a standalone executable). No imports, so the tiny entry stays tiny.

export type WorkerSource = { file: URL } | { code: string };

let source: WorkerSource | undefined;

export function setWorkerSource(next: WorkerSource | undefined): void {
  source = next;
}

/** The worker entry's code or file; undefined when running from sources (no bundle): one thread. */
export function workerSource(): WorkerSource | undefined {
  return source;
}
