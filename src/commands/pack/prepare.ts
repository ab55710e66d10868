// The CPU half of packing one school, with no writing: read, validate, assess, and plan
// its container if it is ready. The same function runs on the main thread and in the
// worker threads (packTask), whose plans cross back as plain data (sendable/revive).
import { DateTime } from '../../domain/luxon.js';
import { identityOf, type SchoolIdentity } from '../../school/check.js';
import { planContainer, type ContainerPlan } from '../../container/build.js';
import { CAPS, manifestSchema } from '../../container/format.js';
import { InputError } from '../../core/errors.js';
import { assessSchool, type SchoolAssessment } from '../../domain/readiness.js';
import type { Ruleset } from '../../domain/ruleset.js';
import { t } from '../../i18n/index.js';
import { loadExportFile } from '../../io/load-input.js';
import { formatMiB } from '../../io/read-text.js';

/**
 * What the safe reader will demand of the container (the manifest's field limits and
 * both size caps), checked before anything is written. The export format itself has no
 * such limits, so a school `check` calls ready can still be one no container may hold:
 * it is refused here as the input problem it is (exit 3, naming the field), not as a
 * failed verification of a file already written (exit 4).
 */
export function unpackable(plan: ContainerPlan, file: string): InputError | undefined {
  if (plan.dataBytes.length > CAPS.dataBytes) {
    return new InputError(
      'TERLALU_BESAR_UNTUK_WADAH',
      t('pack.err.dataTooLarge', { file, size: formatMiB(plan.dataBytes.length), max: formatMiB(CAPS.dataBytes) }),
      file,
    );
  }
  const parsed = manifestSchema.safeParse(plan.manifest);
  if (!parsed.success || plan.manifestBytes.length > CAPS.manifestBytes) {
    const path = parsed.success ? [] : (parsed.error.issues[0]?.path ?? []);
    const field = path.length > 0 ? path.map(String).join('.') : 'manifest.json';
    return new InputError('TIDAK_MUAT_DI_WADAH', t('pack.err.fieldTooLong', { file, field }), file);
  }
  return undefined;
}

/** What reading and planning one school gives, before anything is written. */
export type Prepared =
  | { kind: 'galat'; galat: PmpErrorLike; partial?: { siap: true; sekolah: SchoolIdentity; assessment: SchoolAssessment } }
  | { kind: 'ditolak'; sekolah: SchoolIdentity; assessment: SchoolAssessment }
  | { kind: 'siap'; sekolah: SchoolIdentity; assessment: SchoolAssessment; plan: ContainerPlan; diekspor?: string };

/** A PmpError's facts, as they cross from a worker thread. */
export interface PmpErrorLike {
  kode: string;
  message: string;
  exitCode: number;
}

export interface PrepareOptions {
  created: DateTime;
  ruleset: Ruleset;
}

/** A plan as it crosses threads: a luxon DateTime does not survive structured cloning, Buffers arrive as Uint8Arrays. */
type Ready = Extract<Prepared, { kind: 'siap' }>;
export type Sent = Exclude<Prepared, Ready> | (Omit<Ready, 'plan'> & { plan: Omit<ContainerPlan, 'created'> });

/** What may cross to the main thread: plain data (errors as their facts, no DateTime). */
export function sendable(prepared: Prepared): Sent {
  if (prepared.kind === 'siap') {
    const { created: _created, ...plan } = prepared.plan;
    return { ...prepared, plan };
  }
  if (prepared.kind === 'galat') {
    const { kode, message, exitCode } = prepared.galat;
    return { ...prepared, galat: { kode, message, exitCode } };
  }
  return prepared;
}

/** A worker's plan made whole on the main thread: its Buffers and creation instant back. */
export function revive(sent: Sent, created: DateTime): Prepared {
  if (sent.kind !== 'siap') return sent;
  // Buffers arrive as plain Uint8Arrays: view them as Buffers again (no copy).
  const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { ...sent, plan: { ...sent.plan, created, manifestBytes: asBuffer(sent.plan.manifestBytes), dataBytes: asBuffer(sent.plan.dataBytes) } };
}

/** The worker threads' side of pack (src/cli/worker.ts): read and plan one school. */
export function packTask(options: unknown): (file: string) => Promise<Sent> {
  const { ruleset, createdMillis } = options as { ruleset: Ruleset; createdMillis: number };
  const prepare: PrepareOptions = { ruleset, created: DateTime.fromMillis(createdMillis) };
  return async (file) => sendable(await prepareSchool(file, prepare));
}

/** Plans (each holds a school's canonical data, a few hundred KB) that may wait to be written. */
export const PACK_WINDOW = 8;

/** Reads, validates and assesses `file`, and plans its container if it is ready: pure CPU work, no writing. */
export async function prepareSchool(file: string, options: PrepareOptions): Promise<Prepared> {
  let loaded;
  try {
    loaded = await loadExportFile(file);
  } catch (err) {
    if (err instanceof InputError) return { kind: 'galat', galat: err };
    throw err;
  }
  const assessment = assessSchool(loaded.data, options.ruleset, loaded.tallies);
  const sekolah = identityOf(loaded.data);
  if (!assessment.siap) return { kind: 'ditolak', sekolah, assessment };
  const plan = planContainer({
    data: loaded.data,
    created: options.created,
    aturan: assessment.aturan,
    ringkasan: assessment.jenis,
  });
  const refused = unpackable(plan, file);
  if (refused) return { kind: 'galat', galat: refused, partial: { siap: true, sekolah, assessment } };
  return { kind: 'siap', sekolah, assessment, plan, ...(loaded.data.diekspor !== undefined ? { diekspor: loaded.data.diekspor } : {}) };
}
