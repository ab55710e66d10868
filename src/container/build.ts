// What goes into a container, decided before anything is written: the canonical data
// bytes, the manifest, and the file name. Pure apart from hashing.
import { WIB_ZONE } from '../domain/luxon.js';
import type { DateTime } from 'luxon';
import type { SchoolExport } from '../domain/export-schema.js';
import { formatPmpFileName, kodeFromSha256 } from '../domain/filename.js';
import type { RespondentType } from '../domain/respondent-types.js';
import { WIB } from '../domain/zones.js';
import { canonicalJsonBytes } from './canonical.js';
import { CONTAINER_FORMAT, DATA_ENTRY, type Manifest } from './format.js';
import { sha256Hex } from './hash.js';
import { VERSION } from '../core/version.js';

export interface TypeCount {
  jenis: RespondentType;
  terdaftar: number;
  lengkap: number;
  minimum: number;
}

export interface ContainerPlanInput {
  data: SchoolExport;
  /** The creation instant; truncated to whole seconds (the file name's precision). */
  created: DateTime;
  aturan: string;
  ringkasan: readonly TypeCount[];
}

export interface ContainerPlan {
  fileName: string;
  /** The creation instant in WIB, whole seconds. */
  created: DateTime;
  manifest: Manifest;
  manifestBytes: Buffer;
  dataBytes: Buffer;
  dataSha256: string;
}

/** The creation instant a plan records: in WIB, cut to whole seconds. */
export function planCreated(created: DateTime): DateTime {
  return created.setZone(WIB_ZONE).startOf('second');
}

export function planContainer(input: ContainerPlanInput): ContainerPlan {
  const created = planCreated(input.created);
  const dataBytes = canonicalJsonBytes(input.data);
  const dataSha256 = sha256Hex(dataBytes);
  const s = input.data.sekolah;
  const manifest: Manifest = {
    format: CONTAINER_FORMAT,
    dibuat: created.toISO({ suppressMilliseconds: false, includeOffset: true }) as string,
    alat: { nama: 'pmp-offline', versi: VERSION },
    aplikasi: { versi: input.data.aplikasi.versi },
    aturan: input.aturan,
    sekolah: {
      sekolah_id: s.sekolah_id,
      npsn: s.npsn,
      nama: s.nama,
      bentuk_pendidikan: s.bentuk_pendidikan,
      kabupaten_kota: s.kabupaten_kota ?? null,
      provinsi: s.provinsi ?? null,
    },
    ringkasan: input.ringkasan.map(({ jenis, terdaftar, lengkap, minimum }) => ({ jenis, terdaftar, lengkap, minimum })),
    isi: [{ nama: DATA_ENTRY, ukuran: dataBytes.length, sha256: dataSha256 }],
  };
  return {
    fileName: formatPmpFileName(created, s.sekolah_id, kodeFromSha256(dataSha256), WIB),
    created,
    manifest,
    manifestBytes: canonicalJsonBytes(manifest),
    dataBytes,
    dataSha256,
  };
}
