// `check`: read each input, validate it, assess it. Results are produced one school at a
// time so a district batch keeps only summaries in memory.
import { InputError } from '../core/errors.js';
import { nextTurn, workersFor } from '../core/jobs.js';
import type { WorkersDone } from '../core/pool.js';
import { getLang } from '../i18n/index.js';
import type { Respondent, SchoolExport } from '../domain/export-schema.js';
import { assessSchool, type SchoolAssessment } from '../domain/readiness.js';
import type { Ruleset } from '../domain/ruleset.js';
import { discoverInputs, type DiscoveredInput, type SkippedInput } from './discover.js';
import { kindOf, loadInput, type InputKindId } from './inputs.js';
import { adjustAssessment } from './progress/assess.js';
import { replacesEarlier } from '../domain/same-school.js';
import type { LoadedInput, ProgressOptions } from '../io/load-input.js';

export interface SchoolIdentity {
  sekolah_id: string;
  npsn: string;
  nama: string;
  bentuk_pendidikan: SchoolExport['sekolah']['bentuk_pendidikan'];
  kabupaten_kota?: string;
  provinsi?: string;
}

/** A respondent as the roster comparison needs it (check --roster). */
export interface RespondentBrief {
  id: string;
  jenis: Respondent['jenis'];
  nama?: string;
  tingkat?: number;
}

export type CheckItem =
  | {
      berkas: string;
      ok: true;
      sekolah: SchoolIdentity;
      assessment: SchoolAssessment;
      /** When the data was exported (the export's `diekspor`), if it says. */
      diekspor?: string;
      /** Which kind of input it was. */
      masukan?: InputKindId;
      container?: LoadedInput['container'];
      responden?: RespondentBrief[];
    }
  | { berkas: string; ok: false; galat: { kode: string; pesan: string } };

export function identityOf(data: SchoolExport): SchoolIdentity {
  const { sekolah_id, npsn, nama, bentuk_pendidikan, kabupaten_kota, provinsi } = data.sekolah;
  return { sekolah_id, npsn, nama, bentuk_pendidikan, kabupaten_kota, provinsi };
}

/** How each school is checked: by this ruleset; with `respondents`, the item lists them (for --roster). */
export interface CheckSettings {
  ruleset: Ruleset;
  respondents?: boolean;
  /** What the command line says of progress sheets' schools (--versi, --jenjang, --npsn). */
  progres?: ProgressOptions;
}

function briefs(data: SchoolExport): RespondentBrief[] {
  return data.responden.map((r) => ({
    id: r.id,
    jenis: r.jenis,
    ...(r.nama !== undefined && r.nama.trim() !== '' ? { nama: r.nama } : {}),
    ...('tingkat' in r && r.tingkat !== undefined ? { tingkat: r.tingkat } : {}),
  }));
}

export async function checkOne(file: string, settings: CheckSettings): Promise<CheckItem> {
  try {
    const loaded = await loadInput(file, settings.progres);
    const assessed = assessSchool(loaded.data, settings.ruleset, loaded.tallies);
    return {
      berkas: file,
      ok: true,
      sekolah: identityOf(loaded.data),
      assessment: loaded.progres ? adjustAssessment(assessed, loaded.progres) : assessed,
      masukan: kindOf(file)?.id ?? 'ekspor',
      ...(loaded.data.diekspor !== undefined ? { diekspor: loaded.data.diekspor } : {}),
      container: loaded.container,
      ...(settings.respondents === true ? { responden: briefs(loaded.data) } : {}),
    };
  } catch (err) {
    if (err instanceof InputError) return { berkas: file, ok: false, galat: { kode: err.kode, pesan: err.message } };
    throw err;
  }
}

export interface CheckRunOptions {
  paths: readonly string[];
  settings: CheckSettings;
  /** Called once the inputs are known, then after each one is checked. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Each item in input order; the batch waits for a returned promise (a roster look-up). */
  onItem?: (item: CheckItem) => void | Promise<void>;
  /** Called once the inputs are known, with what was skipped (possibly nothing). */
  onSkipped?: (skipped: readonly SkippedInput[]) => void;
  /** Threads to check on; 1 (the default): this thread only. */
  jobs?: number;
  /** Stops the batch after the school being checked (an interrupt). */
  signal?: AbortSignal;
  /** What the worker threads did, if any started. */
  onWorkersDone?: WorkersDone;
}

export interface CheckRunResult {
  totals: CheckTotals;
  skipped: SkippedInput[];
}

export interface CheckTotals {
  siap: number;
  belum_siap: number;
  tidak_terbaca: number;
}

export function tally(totals: CheckTotals, item: CheckItem): void {
  if (!item.ok) totals.tidak_terbaca++;
  else if (item.assessment.siap) totals.siap++;
  else totals.belum_siap++;
}

/** What the counter keeps of a school's counted file: enough to uncount it (a batch keeps summaries only). */
interface Counted {
  berkas: string;
  siap: boolean;
  time: { diekspor?: string; dibuat?: string };
}

/**
 * Counts each school once: a later file of a school already met replaces it when its
 * data is newer (domain/same-school.ts), else it is passed over. Either way the later
 * item gets a warning naming the other file, and the totals hold one status per school.
 */
export class SchoolCounter {
  readonly totals: CheckTotals = { siap: 0, belum_siap: 0, tidak_terbaca: 0 };
  private readonly counted = new Map<string, Counted>();

  add(item: CheckItem): void {
    if (!item.ok) return tally(this.totals, item);
    const id = item.sekolah.sekolah_id;
    const earlier = this.counted.get(id);
    const mine: Counted = { berkas: item.berkas, siap: item.assessment.siap, time: { diekspor: item.diekspor, dibuat: item.container?.dibuat } };
    if (!earlier) {
      this.counted.set(id, mine);
      return tally(this.totals, item);
    }
    if (replacesEarlier(earlier.time, mine.time)) {
      this.totals[earlier.siap ? 'siap' : 'belum_siap']--;
      tally(this.totals, item);
      this.counted.set(id, mine);
      item.assessment.peringatan.push({ kode: 'SEKOLAH_GANDA_DIPAKAI', jenis: null, detail: { berkas: earlier.berkas } });
    } else {
      item.assessment.peringatan.push({ kode: 'SEKOLAH_GANDA_DILEWATI', jenis: null, detail: { berkas: earlier.berkas } });
    }
  }
}

function unreadable(input: DiscoveredInput & { error: InputError }): CheckItem {
  return { berkas: input.file, ok: false, galat: { kode: input.error.kode, pesan: input.error.message } };
}

/** The worker threads' side of check (src/cli/worker.ts): one school, as on this thread. */
export function checkTask(options: unknown): (file: string) => Promise<CheckItem> {
  const settings = options as CheckSettings;
  return (file) => checkOne(file, settings);
}

/** How far past the result being printed any thread may check. */
export const CHECK_WINDOW = 32;

/** Items for `inputs`, in order, checked by this thread and `workers` worker threads. */
async function* checkInPool(
  threads: typeof import('../core/pool.js'),
  inputs: readonly DiscoveredInput[],
  settings: CheckSettings,
  workers: number,
  onWorkersDone: WorkersDone | undefined,
): AsyncGenerator<CheckItem> {
  const files = inputs.map((input) => (input.error ? null : input.file));
  const pool = new threads.Pool<CheckItem>({
    files,
    workers,
    window: CHECK_WINDOW,
    task: 'check',
    options: settings,
    lang: getLang(),
    helps: true,
    here: (index) => checkOne(files[index] as string, settings),
  });
  try {
    for (const [index, input] of inputs.entries()) yield input.error ? unreadable(input) : await pool.get(index);
  } finally {
    onWorkersDone?.(await pool.close());
  }
}

function startCheck(input: DiscoveredInput, settings: CheckSettings): Promise<CheckItem> {
  if (input.error) return Promise.resolve(unreadable(input));
  const pending = checkOne(input.file, settings);
  // Awaited in turn below; until then a failure must not count as unhandled.
  pending.catch(() => {});
  return pending;
}

/**
 * Items for `inputs`, in order, checked on this thread. The next input is started before
 * this one is handed on: a `.json` is read and checked at once (synchronously), while a
 * `.pmp` container's reads and inflating run on libuv's pool meanwhile, which halved the
 * time this thread sat idle on a folder of containers. The event loop turns between
 * schools (see nextTurn).
 */
async function* checkHere(inputs: readonly DiscoveredInput[], settings: CheckSettings): AsyncGenerator<CheckItem> {
  let pending = inputs[0] ? startCheck(inputs[0], settings) : undefined;
  for (let i = 0; pending; i++) {
    const current = pending;
    const following = inputs[i + 1];
    pending = following ? startCheck(following, settings) : undefined;
    yield await current;
    await nextTurn();
  }
}

/**
 * Checks every input in order (until the signal fires); returns the totals and what was
 * skipped. Items go to `onItem` in input order, whatever `jobs`.
 */
export async function runCheck(options: CheckRunOptions): Promise<CheckRunResult> {
  const { inputs, skipped } = await discoverInputs(options.paths);
  options.onSkipped?.(skipped);
  const counter = new SchoolCounter();
  const workers = workersFor(options.jobs ?? 1, inputs.filter((input) => !input.error).length);
  // The pool (and node:worker_threads) is loaded only for a batch big enough for workers.
  const threads = workers > 0 ? await import('../core/pool.js') : undefined;
  const items = threads?.workersAvailable()
    ? checkInPool(threads, inputs, options.settings, workers, options.onWorkersDone)
    : checkHere(inputs, options.settings);
  let done = 0;
  if (inputs[0]) options.onProgress?.(done, inputs.length, inputs[0].file);
  for await (const item of items) {
    done++;
    // An .xlsx or .csv met in a folder that is no progress sheet (a recap, an upload
    // list) is not an input after all: skipped, as a named file would not be.
    if (!item.ok && item.galat.kode === 'BUKAN_LEMBAR_PROGRES' && inputs[done - 1]?.found) {
      skipped.push({ berkas: item.berkas, alasan: 'bukan_lembar_progres' });
    } else {
      counter.add(item);
      await options.onItem?.(item);
    }
    if (options.signal?.aborted) break;
    const following = inputs[done];
    if (following) options.onProgress?.(done, inputs.length, following.file);
  }
  return { totals: counter.totals, skipped };
}
