import type { DateTime } from 'luxon';
import type { PmpError } from '../../core/errors.js';
import type { CutoffVerdict, Langkah, SubmissionTimeline, Tahap } from '../../domain/timeline.js';

/** Where S came from; `manifest` and `filename` are when the file was made, not uploaded. */
export type TimeSource = 'sent' | 'manifest' | 'filename' | 'now';

/** Options after validation: every time is an instant, the zone an IANA name. */
export interface EtaOptions {
  files: string[];
  sent?: DateTime;
  now: DateTime;
  cutoff: DateTime;
  /** The operator's zone (IANA); file-name stamps are read in it. */
  zone: string;
}

/** The options as the action reads them: EtaOptions, and what to write and how. */
export interface ParsedEtaOptions extends EtaOptions {
  json: boolean;
  ics?: string;
  force: boolean;
}

export interface EtaEntry {
  kind: 'ok';
  /** The path as given, or null when no file was named. */
  berkas: string | null;
  source: TimeSource;
  timeline: SubmissionTimeline;
  verdict: CutoffVerdict;
  tahap: Tahap;
  langkah: Langkah;
  /** The upload time given (--sent) is still ahead of now: a plan, not an upload. */
  dijadwalkan?: true;
  /** The school and content code, when the file says them (manifest or file name). */
  identitas?: FileIdentity;
}

export interface FileIdentity {
  sekolah_id: string;
  kode: string;
}

export interface EtaFailure {
  kind: 'error';
  berkas: string;
  error: PmpError;
}

export interface EtaResult {
  now: DateTime;
  cutoff: DateTime;
  zone: string;
  entries: (EtaEntry | EtaFailure)[];
}
