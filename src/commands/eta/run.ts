// runEta: options in, a result object out. No printing; the renderers draw it.
import { PmpError } from '../../core/errors.js';
import { cutoffVerdict, nextAction, submissionTimeline, tahapAt } from '../../domain/timeline.js';
import type { DateTime } from 'luxon';
import { t } from '../../i18n/index.js';
import type { ReminderSet } from '../../output/calendar.js';
import { identifyFile, timeFromFile } from './source.js';
import type { EtaEntry, EtaFailure, EtaOptions, EtaResult, FileIdentity, TimeSource } from './types.js';

function entry(berkas: string | null, sent: DateTime, source: TimeSource, options: EtaOptions, identitas?: FileIdentity): EtaEntry {
  const timeline = submissionTimeline(sent);
  const verdict = cutoffVerdict(timeline.dikirim, options.cutoff);
  // "About to upload" has not been uploaded yet, even though S = now.
  const tahap = source === 'now' ? 'belum_dikirim' : tahapAt(timeline, options.now);
  const planned = source === 'sent' && sent.toMillis() > options.now.toMillis();
  return {
    kind: 'ok',
    berkas,
    source,
    timeline,
    verdict,
    tahap,
    langkah: nextAction(tahap, verdict.onTime),
    ...(planned ? { dijadwalkan: true as const } : {}),
    ...(identitas ? { identitas } : {}),
  };
}

export async function runEta(options: EtaOptions): Promise<EtaResult> {
  const base = { now: options.now, cutoff: options.cutoff, zone: options.zone };
  if (options.files.length === 0) {
    const sent = options.sent ?? options.now;
    return { ...base, entries: [entry(null, sent, options.sent ? 'sent' : 'now', options)] };
  }
  const entries: (EtaEntry | EtaFailure)[] = [];
  for (const file of options.files) {
    if (options.sent) {
      // The upload time is given; the file still says which school it is, if it can.
      entries.push(entry(file, options.sent, 'sent', options, await identifyFile(file, options.zone)));
      continue;
    }
    try {
      const found = await timeFromFile(file, options.zone);
      entries.push(entry(file, found.instant, found.source, options, found.identitas));
    } catch (err) {
      if (!(err instanceof PmpError)) throw err;
      entries.push({ kind: 'error', berkas: file, error: err });
    }
  }
  return { ...base, entries };
}

/** Stable per school, file contents and event; without a file, per upload instant. */
const entryKey = (entry: EtaEntry) => (entry.identitas ? `${entry.identitas.sekolah_id}-${entry.identitas.kode}` : String(entry.timeline.dikirim.toMillis()));

/** `eta FILE...`'s reminders: one set per file (or per --sent). */
export function etaReminders(result: EtaResult): ReminderSet[] {
  return (
    result.entries
      // A late upload waits for nothing: its one action is the dinas / LPMP (nextAction).
      .filter((e): e is EtaEntry => e.kind === 'ok' && e.langkah !== 'terlambat')
      .map((entry) => ({
        key: entryKey(entry),
        suffix: entry.berkas === null ? '' : t('eta.ics.fileSuffix', { file: entry.berkas }),
        timeline: entry.timeline,
      }))
  );
}
