// `check`: read each input, validate it, assess it. Results are produced one school at a
// time so a district batch keeps only summaries in memory.
import { InputError } from '../core/errors.js';
import type { SchoolExport } from '../domain/export-schema.js';
import { assessSchool, type SchoolAssessment } from '../domain/readiness.js';
import type { Ruleset } from '../domain/ruleset.js';
import { discoverInputs } from '../io/discover.js';
import { loadInput, type LoadedInput } from '../io/load-input.js';

export interface SchoolIdentity {
  sekolah_id: string;
  npsn: string;
  nama: string;
  bentuk_pendidikan: SchoolExport['sekolah']['bentuk_pendidikan'];
  kabupaten_kota?: string;
  provinsi?: string;
}

export type CheckItem =
  | { berkas: string; ok: true; sekolah: SchoolIdentity; assessment: SchoolAssessment; container?: LoadedInput['container'] }
  | { berkas: string; ok: false; galat: { kode: string; pesan: string } };

export function identityOf(data: SchoolExport): SchoolIdentity {
  const { sekolah_id, npsn, nama, bentuk_pendidikan, kabupaten_kota, provinsi } = data.sekolah;
  return { sekolah_id, npsn, nama, bentuk_pendidikan, kabupaten_kota, provinsi };
}

export async function checkOne(file: string, ruleset: Ruleset): Promise<CheckItem> {
  try {
    const loaded = await loadInput(file);
    return {
      berkas: file,
      ok: true,
      sekolah: identityOf(loaded.data),
      assessment: assessSchool(loaded.data, ruleset),
      container: loaded.container,
    };
  } catch (err) {
    if (err instanceof InputError) return { berkas: file, ok: false, galat: { kode: err.kode, pesan: err.message } };
    throw err;
  }
}

export interface CheckRunOptions {
  paths: readonly string[];
  ruleset: Ruleset;
  /** Called once the inputs are known, then after each one is checked. */
  onProgress?: (done: number, total: number, file: string) => void;
  onItem?: (item: CheckItem) => void;
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

/** Checks every input in order; returns the totals. Items go to `onItem` as they finish. */
export async function runCheck(options: CheckRunOptions): Promise<CheckTotals> {
  const inputs = await discoverInputs(options.paths);
  const totals: CheckTotals = { siap: 0, belum_siap: 0, tidak_terbaca: 0 };
  let done = 0;
  for (const input of inputs) {
    options.onProgress?.(done, inputs.length, input.file);
    const item: CheckItem = input.error
      ? { berkas: input.file, ok: false, galat: { kode: input.error.kode, pesan: input.error.message } }
      : await checkOne(input.file, options.ruleset);
    done++;
    tally(totals, item);
    options.onItem?.(item);
  }
  return totals;
}
