// `pack`: for each input, the same readiness check as `check`; a ready school gets its
// container written (atomic, verified, never clobbering); a school that is not ready
// gets nothing written. Returns one result per input; rendering is separate.
import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { access, stat } from 'node:fs/promises';
import type { DateTime } from 'luxon';
import type { CheckItem, SchoolIdentity } from '../../school/check.js';
import { planCreated, type ContainerPlan } from '../../container/build.js';
import { readContainerBytes } from '../../container/read.js';
import { WriteAborted, writeContainer } from '../../container/write.js';
import { ExitCode, InputError, OutputError } from '../../core/errors.js';
import { workersFor } from '../../core/jobs.js';
import type { Pool, WorkersDone } from '../../core/pool.js';
import type { SchoolAssessment } from '../../domain/readiness.js';
import type { Ruleset } from '../../domain/ruleset.js';
import { getLang, t } from '../../i18n/index.js';
import { removeOrphanTemps } from '../../io/atomic.js';
import { makeFolder } from '../../io/folder.js';
import { discoverInputs, type DiscoveredInput, type Discovery, type SkippedInput } from '../../school/discover.js';
import { inputExtensions, kindOf } from '../../school/inputs.js';
import { PACK_WINDOW, prepareSchool, revive, type PmpErrorLike, type Prepared, type Sent } from './prepare.js';
import { identicalExisting, indexContainers } from './resume.js';
import { SchoolLedger } from './same-school.js';
import { chooseOffline, copyVerified, readOfflineFile, type OfflineFile, type OfflineRole } from './collect.js';
import { CHECKSUMS, UPLOAD_LIST, writeUploadLists } from './upload-list.js';

export type PackStatus = 'dibuat' | 'disalin' | 'sudah_ada' | 'ditolak' | 'galat' | 'dilewati';

export interface PackItem {
  sumber: string;
  status: PackStatus;
  siap: boolean;
  sekolah: SchoolIdentity | null;
  /** Set for dibuat / sudah_ada: the container as it now is on disk. */
  berkas: string | null;
  ukuran: number | null;
  sha256: string | null;
  dibuat: string | null;
  assessment: SchoolAssessment | null;
  galat: { kode: string; pesan: string; exitCode: number } | null;
  /** dilewati: the school's container with data as new or newer, which stays. */
  lebih_baru?: string;
  /** dibuat, disalin: the school's older files, moved from the output folder to lama/. */
  dipindah?: Array<{ dari: string; ke: string }>;
  /** A `.pmp` of the PMP application: the school its name says (the inside is not public). */
  sekolah_id?: string;
  /** dilewati: the very same bytes as `lebih_baru`. */
  sama?: true;
}

export interface PackOptions {
  paths: readonly string[];
  /** The output folder as given (default "."). */
  outDir: string;
  created: DateTime;
  force: boolean;
  ruleset: Ruleset;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, file: string) => void;
  onItem?: (item: PackItem) => void;
  /** Once the output folder is ready and the inputs are known: leftovers removed, inputs skipped. */
  onStart?: (cleaned: readonly string[], skipped: readonly SkippedInput[]) => void;
  /** Threads that read and plan schools (--jobs); undefined: 1, this thread only. */
  jobs?: number;
  /** What the worker threads did, if any started. */
  onWorkersDone?: WorkersDone;
}

export interface PackResult {
  hasil: PackItem[];
  exitCode: number;
  /** Inputs passed over, and why (the same file twice, a folder link, too deep). */
  skipped: SkippedInput[];
  /** Temporary files of an earlier, killed pack that were removed from the output folder. */
  cleaned: string[];
  /** The signal fired: `hasil` holds what was finished. */
  dihentikan: boolean;
  /** `.pmp` files were collected: the lists written beside them. */
  daftar?: { sha256sums: string; unggahan: string; jumlah: number };
}

/**
 * The output folder, made (with its parents) when missing; it must be a folder and be
 * writable. Checked before any input is read.
 */
export async function checkOutDir(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new OutputError('FOLDER_TUJUAN_TIDAK_ADA', t('pack.err.outMissing', { dir, detail: errnoCode(err) }), dir);
    try {
      await makeFolder(dir);
      info = await stat(dir);
    } catch (made) {
      const code = (made as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR' || code === 'EEXIST') throw new OutputError('FOLDER_TUJUAN_BUKAN_FOLDER', t('pack.err.outNotDir', { dir }), dir);
      if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
        throw new OutputError('FOLDER_TUJUAN_TIDAK_BISA_DITULIS', t('pack.err.outNotWritable', { dir }), dir);
      throw new OutputError('FOLDER_TUJUAN_TIDAK_ADA', t('pack.err.outMissing', { dir, detail: errnoCode(made) }), dir);
    }
  }
  if (!info.isDirectory()) throw new OutputError('FOLDER_TUJUAN_BUKAN_FOLDER', t('pack.err.outNotDir', { dir }), dir);
  try {
    await access(dir, fsConstants.W_OK);
  } catch {
    throw new OutputError('FOLDER_TUJUAN_TIDAK_BISA_DITULIS', t('pack.err.outNotWritable', { dir }), dir);
  }
}

/**
 * Inputs to pack: `.json` exports (packed) and `.pmp` files (collected, ./collect.ts). A
 * progress sheet holds no answers: in a folder it is passed over, named it is refused.
 */
export function discoverPackInputs(paths: readonly string[]): Promise<Discovery> {
  return discoverInputs(
    paths,
    (file) => !isSheet(file),
    inputExtensions()
      .filter((ext) => ext !== '.xlsx' && ext !== '.csv')
      .join(', '),
  );
}

const isOffline = (file: string) => kindOf(file)?.id === 'wadah';
const isSheet = (file: string) => kindOf(file)?.id === 'lembar_progres';

/** One `.pmp` input: copied into the output folder, left out, or refused (./collect.ts). */
async function collectOne(file: string, role: OfflineRole | undefined, options: PackOptions, ledger: SchoolLedger, turn: Promise<void>): Promise<PackItem> {
  let offline: OfflineFile;
  try {
    offline = await readOfflineFile(file);
  } catch (err) {
    if (err instanceof InputError) return failed(file, err);
    throw err;
  }
  const base: PackItem = { ...blank(file), siap: true, sekolah_id: offline.sekolahId, dibuat: offline.created.toISO() };
  if (role?.role === 'konflik')
    return failed(file, new InputError('KONFLIK_PMP', t('collect.err.conflict', { file, others: role.with.join(', ') }), file), {
      siap: true,
      sekolah_id: offline.sekolahId,
    });
  if (role?.role === 'lebih_lama') return { ...base, status: 'dilewati', lebih_baru: role.newer };
  if (role?.role === 'sama') return { ...base, status: 'dilewati', lebih_baru: role.as, sama: true };
  await turn;
  if (options.signal?.aborted) throw new WriteAborted();
  const target = path.join(options.outDir, offline.name);
  const time = { dibuat: offline.created.toISO() ?? undefined };
  const claim = await ledger.claim(offline.sekolahId, time, target);
  if ('newer' in claim) return { ...base, status: 'dilewati', lebih_baru: claim.newer };
  let outcome: 'disalin' | 'sudah_ada';
  try {
    outcome = await copyVerified(offline, target);
  } catch (err) {
    if (err instanceof OutputError) return failed(file, err, { siap: true, sekolah_id: offline.sekolahId });
    throw err;
  }
  const dipindah: Array<{ dari: string; ke: string }> = [];
  if (outcome === 'disalin') for (const old of claim.replaces) dipindah.push({ dari: old, ke: await ledger.retire(old) });
  ledger.record(offline.sekolahId, target, time);
  return { ...base, status: outcome, berkas: target, ukuran: offline.size, sha256: offline.sha256, ...(dipindah.length > 0 ? { dipindah } : {}) };
}

function errnoCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | undefined)?.code ?? String(err);
}

function blank(sumber: string): PackItem {
  return { sumber, status: 'galat', siap: false, sekolah: null, berkas: null, ukuran: null, sha256: null, dibuat: null, assessment: null, galat: null };
}

function failed(sumber: string, err: PmpErrorLike, partial: Partial<PackItem> = {}): PackItem {
  return { ...blank(sumber), ...partial, status: 'galat', galat: { kode: err.kode, pesan: err.message, exitCode: err.exitCode } };
}

/**
 * Everything pack demands of the file it just wrote, before the file gets its final
 * name: the safe reader accepts the bytes read back from disk (structure, caps, CRC-32,
 * sizes, the manifest's schema and the data's SHA-256), and both entries are byte for
 * byte what was planned. The planned data bytes are the canonical form of the export
 * that was just validated and assessed ready, so equal bytes mean nothing was lost
 * between the input and the disk; parsing and assessing them again would only repeat
 * a deterministic computation (the round trip itself is held by a property test).
 */
export function packVerifier(plan: ContainerPlan) {
  return async (bytes: Buffer, temp: string, finalName: string): Promise<void> => {
    const read = await readContainerBytes(bytes, temp, plan);
    const mismatch = (detail: string) => new OutputError('VERIFIKASI_GAGAL', t('pack.err.verify', { file: finalName, detail }), finalName);
    if (read.kind !== 'container') throw mismatch('zip');
    if (!read.manifestBytes.equals(plan.manifestBytes)) throw mismatch('manifest.json');
    if (!read.dataBytes.equals(plan.dataBytes)) throw mismatch('data/sekolah.json');
  };
}

async function packOne(
  file: string,
  options: PackOptions,
  prepared: Prepared,
  existing: Map<string, string[]>,
  ledger: SchoolLedger,
  turn: Promise<void>,
): Promise<PackItem> {
  if (prepared.kind === 'galat') return failed(file, prepared.galat, prepared.partial);
  const { sekolah, assessment } = prepared;
  if (prepared.kind === 'ditolak') return { ...blank(file), status: 'ditolak', sekolah, assessment };
  const { plan } = prepared;
  const time = { diekspor: prepared.diekspor };
  const same = await identicalExisting(plan, options.outDir, existing);
  if (same) {
    await turn;
    ledger.record(sekolah.sekolah_id, same.file, time);
    return {
      sumber: file,
      status: 'sudah_ada',
      siap: true,
      sekolah,
      berkas: same.file,
      ukuran: same.size,
      sha256: same.sha256,
      dibuat: same.dibuat,
      assessment,
      galat: null,
    };
  }
  let replaces: string[] = [];
  let newer: string | undefined;
  try {
    const written = await writeContainer({
      plan,
      outDir: options.outDir,
      force: options.force,
      signal: options.signal,
      verify: packVerifier(plan),
      turn,
      beforeCommit: async () => {
        const claim = await ledger.claim(sekolah.sekolah_id, time, path.join(options.outDir, plan.fileName));
        if ('newer' in claim) {
          newer = claim.newer;
          return 'skip';
        }
        replaces = claim.replaces;
        return 'write';
      },
    });
    if (written.status === 'dilewati')
      return { ...blank(file), status: 'dilewati', siap: true, sekolah, assessment, ...(newer !== undefined ? { lebih_baru: newer } : {}) };
    // Still in turn (the next input names its container after this one settles).
    const dipindah: Array<{ dari: string; ke: string }> = [];
    for (const old of replaces) dipindah.push({ dari: old, ke: await ledger.retire(old) });
    ledger.record(sekolah.sekolah_id, written.file, time);
    return {
      sumber: file,
      status: written.status,
      siap: true,
      sekolah,
      berkas: written.file,
      ukuran: written.size,
      sha256: written.sha256,
      dibuat: plan.manifest.dibuat,
      assessment,
      galat: null,
      ...(dipindah.length > 0 ? { dipindah } : {}),
    };
  } catch (err) {
    if (err instanceof OutputError) return failed(file, err, { siap: true, sekolah, assessment });
    throw err;
  }
}

/** Worst outcome wins: could not write (4) over unreadable (3) over not ready (1). */
export function exitCodeFor(items: readonly PackItem[]): number {
  let code: number = ExitCode.Ok;
  for (const item of items) {
    const next = item.status === 'galat' ? (item.galat?.exitCode ?? ExitCode.Output) : item.status === 'ditolak' ? ExitCode.NotReady : ExitCode.Ok;
    if (next > code) code = next;
  }
  return code;
}

/**
 * Schools being written at once. Each container is compressed on libuv's thread pool,
 * fsynced and read back, during which the main thread would sit idle; with others in
 * flight it zips, writes and verifies those instead. Measured on the 2-core bench machine
 * (400 schools, planning in a worker): 2 in flight 4.1 s, 3 3.9 s, 8 3.65 s, 12-16 no
 * better; each in flight holds one school's bytes (a few hundred KB), so memory stays
 * flat. Below 10, the AbortSignal's listener limit.
 */
export const PACK_CONCURRENCY = 8;

/**
 * Packs every input. Up to PACK_CONCURRENCY are prepared, written, fsynced and verified
 * at once, but each container takes its final name only after the previous input's has
 * (or was settled otherwise), and results are reported strictly in input order: the
 * outcome, including "already exists" between two inputs with the same content, is that
 * of packing them one by one. When the signal fires, the schools in flight remove their
 * temporary files and what was finished is returned, marked `dihentikan`.
 */
export async function runPack(options: PackOptions): Promise<PackResult> {
  await checkOutDir(options.outDir);
  const cleaned = await removeOrphanTemps(options.outDir);
  const { inputs, skipped } = await discoverPackInputs(options.paths);
  options.onStart?.(cleaned, skipped);
  const existing = await indexContainers(options.outDir);
  const ledger = new SchoolLedger(options.outDir);
  // The PMP application's files: which to copy is decided from their names up front.
  const offline = inputs.filter((input) => !input.error && isOffline(input.file)).map((input) => input.file);
  const roles = chooseOffline(offline);
  const hasil: PackItem[] = [];
  const tasks: Array<Promise<PackItem>> = [];
  let previous: Promise<unknown> = Promise.resolve();
  // Worker threads read and plan schools (the CPU half) while this thread zips, writes,
  // fsyncs and verifies the ones already planned.
  const workers = workersFor(options.jobs ?? 1, inputs.filter((input) => !input.error && !isOffline(input.file) && !isSheet(input.file)).length);
  const files = inputs.map((input) => (input.error || isOffline(input.file) || isSheet(input.file) ? null : input.file));
  const created = planCreated(options.created);
  // The pool (and node:worker_threads) is loaded only for a batch big enough for workers.
  const threads = workers > 0 ? await import('../../core/pool.js') : undefined;
  const pool: Pool<Prepared> | undefined = threads?.workersAvailable()
    ? new threads.Pool<Prepared>({
        files,
        workers,
        window: PACK_WINDOW,
        task: 'pack',
        options: { ruleset: options.ruleset, createdMillis: options.created.toMillis() },
        lang: getLang(),
        helps: false,
        here: (index) => prepareSchool(files[index] as string, options),
        revive: (value) => revive(value as Sent, created),
      })
    : undefined;
  const prepare = (index: number, file: string) => (pool ? pool.get(index) : prepareSchool(file, options));
  const start = (index: number) => {
    const input = inputs[index] as DiscoveredInput;
    const turn = previous.then(
      () => {},
      () => {},
    );
    const task = input.error
      ? Promise.resolve(failed(input.file, input.error))
      : isSheet(input.file)
        ? Promise.resolve(failed(input.file, new InputError('LEMBAR_PROGRES_BUKAN_EKSPOR', t('pack.err.progressSheet', { file: input.file }), input.file)))
        : isOffline(input.file)
          ? collectOne(input.file, roles.get(input.file), options, ledger, turn)
          : prepare(index, input.file).then((prepared) => packOne(input.file, options, prepared, existing, ledger, turn));
    task.catch(() => {}); // awaited below, in order; never an unhandled rejection
    tasks.push(task);
    // The next may take its final name once this one is settled *and* every earlier one
    // is: a school refused early (not ready) must not let the one after it overtake the
    // one before it (with eight in flight, d.json was named before b.json).
    previous = Promise.allSettled([turn, task]);
  };
  try {
    for (const [index, input] of inputs.entries()) {
      if (options.signal?.aborted) break;
      while (tasks.length < inputs.length && tasks.length < index + PACK_CONCURRENCY) start(tasks.length);
      options.onProgress?.(index, inputs.length, input.file);
      let item: PackItem;
      try {
        item = await (tasks[index] as Promise<PackItem>);
      } catch (err) {
        if (err instanceof WriteAborted) break;
        throw err;
      }
      hasil.push(item);
      options.onItem?.(item);
    }
  } finally {
    // Let the others finish or abort: no temporary file outlives runPack.
    const settled = await Promise.allSettled(tasks);
    if (pool) options.onWorkersDone?.(await pool.close());
    // Stopped: schools that were finished all the same (named before the signal) are
    // reported too, so the operator knows every container now in the folder.
    for (const outcome of settled.slice(hasil.length)) {
      if (outcome.status === 'fulfilled' && (outcome.value.status === 'dibuat' || outcome.value.status === 'sudah_ada')) hasil.push(outcome.value);
    }
  }
  const dihentikan = options.signal?.aborted === true;
  let daftar: PackResult['daftar'];
  if (offline.length > 0 && !dihentikan) {
    const { files: jumlah } = await writeUploadLists(options.outDir);
    daftar = { sha256sums: path.join(options.outDir, CHECKSUMS), unggahan: path.join(options.outDir, UPLOAD_LIST), jumlah };
  }
  return { hasil, exitCode: exitCodeFor(hasil), skipped, cleaned, dihentikan, ...(daftar ? { daftar } : {}) };
}

/** The check item `check` would show for a school pack refused, so its renderer can be reused. */
export function asCheckItem(item: PackItem): CheckItem | undefined {
  if (!item.sekolah || !item.assessment) return undefined;
  return { berkas: item.sumber, ok: true, sekolah: item.sekolah, assessment: item.assessment };
}
