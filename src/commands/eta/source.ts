// Where S comes from when a file is named: a pmp-offline container's manifest `dibuat`,
// else the real app's file-name stamp. Both are when the file was made, not uploaded.
// Either also says which school the file is for, and its content code (`kode`).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DateTime, WIB_ZONE } from '../../domain/luxon.js';
import { InputError, PmpError } from '../../core/errors.js';
import { kodeFromSha256, parsePmpFileName } from '../../domain/filename.js';
import { t } from '../../i18n/index.js';
import type { FileIdentity, TimeSource } from './types.js';

export interface FileTime {
  instant: DateTime;
  source: Extract<TimeSource, 'manifest' | 'filename'>;
  identitas?: FileIdentity;
}

export async function timeFromFile(file: string, zone: string): Promise<FileTime> {
  let isFile: boolean;
  try {
    isFile = (await stat(file)).isFile();
  } catch {
    throw new InputError('BERKAS_TIDAK_ADA', t('eta.err.fileMissing', { file }), file);
  }
  if (!isFile) throw new InputError('BUKAN_BERKAS', t('eta.err.notAFile', { file }), file);

  // The zip reader is heavy; only loaded when a file is named.
  const { readContainerManifest } = await import('../../container/read.js');
  const manifest = await readContainerManifest(file);
  if (manifest !== null) {
    const instant = DateTime.fromISO(manifest.dibuat, { setZone: true });
    if (!instant.isValid) {
      throw new InputError('MANIFEST_DIBUAT_TIDAK_SAH', t('eta.err.badManifestTime', { file, value: manifest.dibuat }), file);
    }
    const data = manifest.isi[0];
    const identitas = data ? { sekolah_id: manifest.sekolah.sekolah_id, kode: kodeFromSha256(data.sha256) } : undefined;
    return { instant: instant.setZone(WIB_ZONE), source: 'manifest', identitas };
  }

  const name = parsePmpFileName(path.basename(file), zone);
  if (name) return { instant: name.created.setZone(WIB_ZONE), source: 'filename', identitas: { sekolah_id: name.sekolahId, kode: name.kode } };
  throw new InputError('WAKTU_BERKAS_TIDAK_DIKETAHUI', t('eta.err.noFileTime', { file }), file);
}

/** Which school a file is for, when it says so; never fails (the upload time is known already). */
export async function identifyFile(file: string, zone: string): Promise<FileIdentity | undefined> {
  try {
    return (await timeFromFile(file, zone)).identitas;
  } catch (err) {
    if (!(err instanceof PmpError)) throw err;
    // Unreadable (or not there yet): its name may still follow the convention.
    const name = parsePmpFileName(path.basename(file), zone);
    return name ? { sekolah_id: name.sekolahId, kode: name.kode } : undefined;
  }
}
