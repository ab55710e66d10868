// `check FILE.pmp`: a container read safely, verified, and handed to the normal
// readiness check as a LoadedInput.
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { parsePmpFileName } from '../domain/filename.js';
import { WIB } from '../domain/zones.js';
import { formatLong } from '../time/format.js';
import { t } from '../i18n/index.js';
import type { LoadedInput } from '../io/load-input.js';
import { readContainer } from '../container/read.js';
import { verifyContents } from '../container/verify.js';

/** A `.pmp` we cannot look inside (such as one from the real PMP application): say what its name tells. */
export function notAContainer(file: string): InputError {
  const parsed = parsePmpFileName(path.basename(file), WIB);
  const message = parsed
    ? t('container.foreignNamed', { file, waktu: formatLong(parsed.created, WIB), sekolah_id: parsed.sekolahId })
    : t('container.foreign', { file });
  return new InputError('BUKAN_WADAH_PMP_OFFLINE', message, file);
}

export async function loadContainerInput(file: string): Promise<LoadedInput> {
  const read = await readContainer(file);
  if (read.kind === 'foreign') throw notAContainer(file);
  const name = path.basename(file);
  const { data, tallies } = await verifyContents(read, name, file);
  return { file, data, tallies, container: { dibuat: read.manifest.dibuat, name } };
}
