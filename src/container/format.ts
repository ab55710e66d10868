// The offline container, format `pmp-offline/kirim-offline@1`: a ZIP holding exactly
// `manifest.json` then `data/sekolah.json`. This zod schema is the single source of
// truth for the manifest (the README documents it from here).
import { z } from 'zod';
import { RESPONDENT_TYPES, SCHOOL_LEVELS } from '../domain/respondent-types.js';

export const CONTAINER_FORMAT = 'pmp-offline/kirim-offline@1';
export const MANIFEST_ENTRY = 'manifest.json';
export const DATA_ENTRY = 'data/sekolah.json';

/**
 * Safety caps for reading a container. A school export is a few hundred kilobytes to
 * a few megabytes; these leave ample room while keeping a hostile file's cost bounded.
 */
export const CAPS = {
  /** The .pmp file on disk. */
  fileBytes: 40 * 1024 * 1024,
  /** Central-directory records looked at before refusing (only 2 are legal). */
  entries: 16,
  /** Inflated manifest.json. */
  manifestBytes: 256 * 1024,
  /**
   * Inflated data/sekolah.json. Every export `check` accepts must fit, so that ready
   * means packable: the canonical (RFC 8785, no whitespace) form of a validated export
   * is at most 2.2 times its file (a question written as `{"id":"a"}` gains
   * `,"wajib":true`; nothing else grows), and an export file is at most 16 MiB
   * (MAX_EXPORT_BYTES), so 36 MiB holds any of them. A test holds the bound.
   */
  dataBytes: 36 * 1024 * 1024,
  /** Both entries together, inflated. */
  totalBytes: 36 * 1024 * 1024 + 256 * 1024,
} as const;

/**
 * Deflate level for every entry: fixed so the bytes are reproducible. Level 6 (zlib's
 * default, and `zip -6`): on export JSON, level 9 took about 7x the CPU of level 6 for
 * about 10% smaller files (measured on the bench district: 2.4 s vs 0.35 s per 100
 * schools), and compression was most of `pack`'s time. Readers accept any level.
 */
export const COMPRESSION_LEVEL = 6;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const UUID_LOWER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// An instant with an explicit +07:00 offset, whole seconds, milliseconds shown.
const DIBUAT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+07:00$/;

const count = z.number().int().min(0);

export const manifestSchema = z.strictObject({
  format: z.literal(CONTAINER_FORMAT),
  dibuat: z.string().regex(DIBUAT),
  alat: z.strictObject({ nama: z.literal('pmp-offline'), versi: z.string().min(1).max(64) }),
  aplikasi: z.strictObject({ versi: z.string().max(64) }),
  aturan: z.string().min(1).max(128),
  sekolah: z.strictObject({
    sekolah_id: z.string().regex(UUID_LOWER),
    npsn: z.string().regex(/^[0-9A-Z]{8}$/),
    nama: z.string().min(1).max(512),
    bentuk_pendidikan: z.enum(SCHOOL_LEVELS),
    kabupaten_kota: z.string().max(512).nullable(),
    provinsi: z.string().max(512).nullable(),
  }),
  ringkasan: z
    .array(
      z.strictObject({
        jenis: z.enum(RESPONDENT_TYPES),
        terdaftar: count,
        lengkap: count,
        minimum: count,
      }),
    )
    .length(RESPONDENT_TYPES.length),
  isi: z
    .array(
      z.strictObject({
        nama: z.literal(DATA_ENTRY),
        ukuran: count,
        sha256: z.string().regex(SHA256_HEX),
      }),
    )
    .length(1),
});

export type Manifest = z.output<typeof manifestSchema>;
