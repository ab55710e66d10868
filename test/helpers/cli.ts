// Runs the CLI as a user would, colour off, and the machine's own zone set to something
// far from WIB so zone bugs show. `runCli` runs it in this process through `main(argv,
// io)` (the very entry the launcher calls), with streams that collect what it writes:
// fast, and every behaviour but the process's own. `runCliProcess` runs the built
// bin/pmp-offline.cjs as a child process, for what only a real process shows: exit
// through the launcher, signals, worker threads, the bundle itself.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerSource } from '../../src/core/worker-source.js';
import type { WorkersDone } from '../../src/core/pool.js';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'pmp-offline.cjs');
export const FIXTURES = path.join(ROOT, 'fixtures');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  timeoutMs?: number;
}

export interface ProcessOptions extends RunOptions {
  /** Run as this user (and group): a permission test must not run as root, which ignores them. */
  uid?: number;
  /** The launcher to run (default BIN; another user needs a copy it can read). */
  bin?: string;
}

export interface InProcessOptions extends RunOptions {
  /** Where worker threads get their code (in-process runs have none by default: one thread). */
  workers?: WorkerSource;
  /** Told what each batch's worker threads did. */
  onWorkersDone?: WorkersDone;
}

/** The bundle's worker entry, as the npm launcher names it. */
export const BUNDLED_WORKER: WorkerSource = { file: pathToFileURL(path.join(ROOT, 'dist', 'worker.cjs')) };

/**
 * The environment a test's child CLI runs in: as a user's shell would have it. This
 * machine sets NODE_EXTRA_CA_CERTS, which makes every Node start load a CA bundle
 * (~45 ms, a third of a short command); users do not have it, nor NODE_OPTIONS.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_EXTRA_CA_CERTS: undefined,
    NODE_OPTIONS: undefined,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    TZ: 'America/Los_Angeles',
    PMP_OFFLINE_LANG: undefined,
    CI: '1',
    ...extra,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

export function runCliProcess(args: string[], options: ProcessOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = childEnv(options.env);
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** SHA-256 of each file, to prove a command left its inputs untouched. */
export function hashFiles(files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

/** A stream that collects what is written to it, as a pipe would (not a terminal). */
function collector(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = {
    isTTY: false,
    write(chunk: string | Uint8Array, ...rest: unknown[]) {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    },
    on() {
      return stream;
    },
    once() {
      return stream;
    },
  };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

/** In-process runs take turns: the working folder and the zone belong to the process. */
let queue: Promise<unknown> = Promise.resolve();

/** `pmp-offline ARGS` in this process, as the launcher would run it; see the top of this file. */
export function runCli(args: string[], options: InProcessOptions = {}): Promise<CliResult> {
  const run = async (): Promise<CliResult> => {
    const { main, setWorkerSource } = await import('../../src/cli/entry.js');
    const env = childEnv(options.env);
    const out = collector();
    const err = collector();
    const cwd = process.cwd();
    const tz = process.env.TZ;
    if (options.cwd) process.chdir(options.cwd);
    process.env.TZ = env.TZ;
    setWorkerSource(options.workers);
    try {
      const code = await main(args, { env, stdout: out.stream, stderr: err.stream, onWorkersDone: options.onWorkersDone });
      return { code, signal: null, stdout: out.text(), stderr: err.text() };
    } finally {
      setWorkerSource(undefined);
      process.chdir(cwd);
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => {});
  return result;
}
