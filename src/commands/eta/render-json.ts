// The `--json` contract, `pmp-offline/eta@1`. Instants as luxon's toISO() in
// Asia/Jakarta writes them: milliseconds and +07:00.
import { WIB_ZONE } from '../../domain/luxon.js';
import type { DateTime } from 'luxon';
import type { Langkah, Tahap } from '../../domain/timeline.js';
import type { EtaEntry, EtaFailure, EtaResult, TimeSource } from './types.js';

export const ETA_FORMAT = 'pmp-offline/eta@1';

export interface EtaJson {
  format: typeof ETA_FORMAT;
  /** Only when a file was named: the path as given. */
  berkas?: string;
  dikirim: string;
  sumber_waktu: TimeSource;
  diproses: string;
  tampil: string;
  batas_2x24: string;
  batas_3x24: string;
  cutoff: string;
  tepat_waktu: boolean;
  sekarang: string;
  tahap: Tahap;
  langkah: Langkah;
  /** --sent lies after now: the times are those of an upload still to come. */
  dijadwalkan?: true;
  /** From the file's manifest or name, when it says them. */
  sekolah_id?: string;
  kode?: string;
}

export interface EtaJsonFailure {
  format: typeof ETA_FORMAT;
  berkas: string;
  galat: { kode: string; pesan: string };
}

export interface EtaJsonBatch {
  format: typeof ETA_FORMAT;
  sekarang: string;
  cutoff: string;
  hasil: (EtaJson | EtaJsonFailure)[];
}

function iso(dt: DateTime): string {
  return dt.setZone(WIB_ZONE).toISO() ?? '';
}

export function entryJson(entry: EtaEntry, result: EtaResult): EtaJson {
  const tl = entry.timeline;
  return {
    format: ETA_FORMAT,
    ...(entry.berkas === null ? {} : { berkas: entry.berkas }),
    dikirim: iso(tl.dikirim),
    sumber_waktu: entry.source,
    diproses: iso(tl.diproses),
    tampil: iso(tl.tampil),
    batas_2x24: iso(tl.batas2x24),
    batas_3x24: iso(tl.batas3x24),
    cutoff: iso(result.cutoff),
    tepat_waktu: entry.verdict.onTime,
    sekarang: iso(result.now),
    tahap: entry.tahap,
    langkah: entry.langkah,
    ...(entry.dijadwalkan ? { dijadwalkan: true as const } : {}),
    ...(entry.identitas ? { sekolah_id: entry.identitas.sekolah_id, kode: entry.identitas.kode } : {}),
  };
}

function failureJson(failure: EtaFailure): EtaJsonFailure {
  return { format: ETA_FORMAT, berkas: failure.berkas, galat: { kode: failure.error.kode, pesan: failure.error.message } };
}

/** One document: the object itself for one input, `hasil: [...]` for several files. */
export function etaJson(result: EtaResult): EtaJson | EtaJsonBatch {
  const [only] = result.entries;
  const doc: EtaJson | EtaJsonBatch =
    result.entries.length === 1 && only?.kind === 'ok'
      ? entryJson(only, result)
      : {
          format: ETA_FORMAT,
          sekarang: iso(result.now),
          cutoff: iso(result.cutoff),
          hasil: result.entries.map((e) => (e.kind === 'ok' ? entryJson(e, result) : failureJson(e))),
        };
  return doc;
}
