// Where S comes from when a file is named: a pmp-offline container's manifest `dibuat`,
// else the real app's file-name stamp. Both are when the file was made, not uploaded.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import { InputError } from '../core/errors.js';
import { parsePmpFileName } from '../domain/filename.js';
import { WIB } from '../domain/zones.js';
import { t } from '../i18n/index.js';
import type { TimeSource } from './types.js';

export interface FileTime {
  instant: DateTime;
  source: Extract<TimeSource, 'manifest' | 'filename'>;
}

async function manifestCreated(file: string): Promise<string | null> {
  // The zip reader is heavy; only loaded when a file is named.
  const { readContainerManifest } = await import('../container/read.js');
  const manifest = await readContainerManifest(file);
  return manifest ? manifest.dibuat : null;
}

export async function timeFromFile(file: string, zone: string): Promise<FileTime> {
  let isFile: boolean;
  try {
    isFile = (await stat(file)).isFile();
  } catch {
    throw new InputError('BERKAS_TIDAK_ADA', t('eta.err.fileMissing', { file }), file);
  }
  if (!isFile) throw new InputError('BUKAN_BERKAS', t('eta.err.notAFile', { file }), file);

  const dibuat = await manifestCreated(file);
  if (dibuat !== null) {
    const instant = DateTime.fromISO(dibuat, { setZone: true });
    if (!instant.isValid) {
      throw new InputError('MANIFEST_DIBUAT_TIDAK_SAH', t('eta.err.badManifestTime', { file, value: dibuat }), file);
    }
    return { instant: instant.setZone(WIB), source: 'manifest' };
  }

  const name = parsePmpFileName(path.basename(file), zone);
  if (name) return { instant: name.created.setZone(WIB), source: 'filename' };
  throw new InputError('WAKTU_BERKAS_TIDAK_DIKETAHUI', t('eta.err.noFileTime', { file }), file);
}
