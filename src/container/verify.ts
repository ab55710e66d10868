// What `check` and `pack` demand of a container once its bytes are verified: the data
// is a valid export, the manifest describes that data, and the file name says what the
// real application's convention says (sekolah_id, creation time, content code).
import { DateTime, WIB_ZONE } from '../domain/luxon.js';
import { InputError } from '../core/errors.js';
import type { SchoolExport } from '../domain/export-schema.js';
import type { AnswerTally } from '../domain/answer-scan.js';
import { kodeFromSha256, parsePmpFileName } from '../domain/filename.js';
import { WIB } from '../domain/zones.js';
import { t } from '../i18n/index.js';
import { exportFromText } from '../io/load-input.js';
import type { ContainerContents } from './read.js';

/**
 * Parses and validates the data entry exactly like a `.json` export is; the answers
 * come back tallied from the fast path (see answer-scan.ts), as for a `.json` file.
 */
export async function dataOf(contents: ContainerContents, file: string): Promise<{ data: SchoolExport; tallies?: readonly AnswerTally[] }> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(contents.dataBytes);
  } catch {
    throw new InputError('BUKAN_UTF8', t('input.notUtf8', { file }), file);
  }
  return exportFromText(text, file);
}

/** The manifest must describe the data it carries. */
export function checkManifestAgainstData(contents: ContainerContents, data: SchoolExport, file: string): void {
  const { manifest } = contents;
  const s = data.sekolah;
  const pairs: Array<[string, unknown, unknown]> = [
    ['sekolah.sekolah_id', manifest.sekolah.sekolah_id, s.sekolah_id],
    ['sekolah.npsn', manifest.sekolah.npsn, s.npsn],
    ['sekolah.nama', manifest.sekolah.nama, s.nama],
    ['sekolah.bentuk_pendidikan', manifest.sekolah.bentuk_pendidikan, s.bentuk_pendidikan],
    ['sekolah.kabupaten_kota', manifest.sekolah.kabupaten_kota, s.kabupaten_kota ?? null],
    ['sekolah.provinsi', manifest.sekolah.provinsi, s.provinsi ?? null],
    ['aplikasi.versi', manifest.aplikasi.versi, data.aplikasi.versi],
  ];
  for (const [field, inManifest, inData] of pairs) {
    if (inManifest !== inData) throw new InputError('MANIFEST_TIDAK_COCOK', t('container.manifestMismatch', { file, field }), file);
  }
}

/** The file name must follow the convention and agree with the contents. */
export function checkName(contents: ContainerContents, data: SchoolExport, baseName: string, file: string): void {
  const fail = (key: 'container.nameConvention' | 'container.nameSekolah' | 'container.nameTime' | 'container.nameKode') =>
    new InputError('NAMA_TIDAK_SESUAI', t(key, { file, expected: expectedName(contents) }), file);
  const parsed = parsePmpFileName(baseName, WIB);
  if (!parsed) throw fail('container.nameConvention');
  if (parsed.sekolahId !== data.sekolah.sekolah_id || parsed.sekolahId !== contents.manifest.sekolah.sekolah_id) {
    throw fail('container.nameSekolah');
  }
  const dibuat = DateTime.fromISO(contents.manifest.dibuat, { zone: WIB_ZONE });
  if (!dibuat.isValid || parsed.created.toMillis() !== dibuat.startOf('second').toMillis()) throw fail('container.nameTime');
  if (parsed.kode !== kodeFromSha256(contents.dataSha256)) throw fail('container.nameKode');
}

/** The name this container's contents call for. */
export function expectedName(contents: ContainerContents): string {
  const dibuat = DateTime.fromISO(contents.manifest.dibuat, { zone: WIB_ZONE });
  const stamp = dibuat.isValid ? dibuat.toFormat('yyyyMMddHHmmss') : '??????????????';
  return `${stamp}_${contents.manifest.sekolah.sekolah_id}_pmp_${kodeFromSha256(contents.dataSha256)}.pmp`;
}

/** Everything above, in order; returns the validated data (and its tallies, from the fast path). */
export async function verifyContents(
  contents: ContainerContents,
  baseName: string,
  file: string,
): Promise<{ data: SchoolExport; tallies?: readonly AnswerTally[] }> {
  const checked = await dataOf(contents, file);
  checkManifestAgainstData(contents, checked.data, file);
  checkName(contents, checked.data, baseName, file);
  return checked;
}
