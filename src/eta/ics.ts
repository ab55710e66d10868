// `--ics FILE`: calendar reminders at V (check the status), L and E (what to do), and
// the cut-off while it is still ahead. Made with the `ics` library; times go in as
// epoch milliseconds and out as UTC, so the machine's own TZ never enters.
//
// Each event's UID names the school, the file's content code and the event
// (`pmp-offline-tampil-<sekolah_id>-<kode>@pmp-offline`), so every school of a batch has
// its own events and importing an updated calendar updates them instead of adding copies.
// An existing file is replaced only when it is a calendar this tool wrote (or --force
// for a plain file); a link, a device or another program's file is never touched.
import type { EventAttributes } from 'ics';
import type { DateTime } from 'luxon';
import { InputError, OutputError } from '../core/errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { writeReason } from '../io/write-reason.js';
import { readHead } from '../io/read-text.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import { WIB } from '../domain/zones.js';
import { formatLong } from './format.js';
import type { SubmissionTimeline } from '../domain/timeline.js';
import type { EtaEntry, EtaResult } from './types.js';

type Reminder = 'tampil' | 'batas2x24' | 'batas3x24';
const REMINDERS: Reminder[] = ['tampil', 'batas2x24', 'batas3x24'];

/** The calendar's PRODID: how a calendar this tool wrote is recognised. */
export const PRODUCT_ID = 'pmp-offline/eta';

function event(uid: string, start: DateTime, title: string, description: string, now: DateTime): EventAttributes {
  const attributes = {
    uid,
    start: start.toMillis(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: 30 },
    title,
    description,
    // DTSTAMP from --now (not the wall clock): the same inputs give the same file.
    timestamp: now.toMillis(),
    // An absolute trigger: the library writes a zero relative trigger as the invalid "-PT".
    alarms: [{ action: 'display', description: title, trigger: start.toMillis() }],
  };
  return attributes as EventAttributes;
}

/** One upload's reminders: `key` names it in the UIDs, `suffix` in the titles. */
export interface ReminderSet {
  key: string;
  suffix: string;
  timeline: SubmissionTimeline;
  /** Only the events after this instant (the board's); default: all three. */
  after?: DateTime;
}

/** Stable per school, file contents and event; without a file, per upload instant. */
export function eventUid(entry: EtaEntry, kind: Reminder): string {
  return uid(entryKey(entry), kind);
}

const uid = (key: string, kind: Reminder) => `pmp-offline-${kind}-${key}@pmp-offline`;
const entryKey = (entry: EtaEntry) => (entry.identitas ? `${entry.identitas.sekolah_id}-${entry.identitas.kode}` : String(entry.timeline.dikirim.toMillis()));

/** `eta FILE...`'s reminders: one set per file (or per --sent). */
export function etaReminders(result: EtaResult, lang: Lang): ReminderSet[] {
  return result.entries
    // A late upload waits for nothing: its one action is the dinas / LPMP (nextAction).
    .filter((e): e is EtaEntry => e.kind === 'ok' && e.langkah !== 'terlambat')
    .map((entry) => ({ key: entryKey(entry), suffix: entry.berkas === null ? '' : t('eta.ics.fileSuffix', { file: entry.berkas }, lang), timeline: entry.timeline }));
}

export function icsEvents(sets: readonly ReminderSet[], cutoff: DateTime, now: DateTime, lang: Lang): EventAttributes[] {
  const events: { at: number; attrs: EventAttributes }[] = [];
  for (const set of sets) {
    const params = {
      dikirim: formatLong(set.timeline.dikirim, WIB, lang),
      tampil: formatLong(set.timeline.tampil, WIB, lang),
      batas2x24: formatLong(set.timeline.batas2x24, WIB, lang),
      batas3x24: formatLong(set.timeline.batas3x24, WIB, lang),
    };
    for (const kind of REMINDERS) {
      const at = set.timeline[kind];
      if (set.after && at.toMillis() <= set.after.toMillis()) continue;
      events.push({
        at: at.toMillis(),
        attrs: event(uid(set.key, kind), at, `${t(`eta.ics.${kind}.title` as MessageKey, {}, lang)}${set.suffix}`, t(`eta.ics.${kind}.desc` as MessageKey, params, lang), now),
      });
    }
  }
  if (cutoff.toMillis() > now.toMillis()) {
    const attrs = event(
      `pmp-offline-cutoff-${cutoff.toMillis()}@pmp-offline`,
      cutoff,
      t('eta.ics.cutoff.title', {}, lang),
      t('eta.ics.cutoff.desc', { cutoff: formatLong(cutoff, WIB, lang) }, lang),
      now,
    );
    // The cut-off also warns a day ahead: at the deadline itself it is too late to act.
    attrs.alarms = [...(attrs.alarms ?? []), { action: 'display', description: t('eta.ics.cutoff.title', {}, lang), trigger: { hours: 24, before: true } }];
    events.push({ at: cutoff.toMillis(), attrs });
  }
  return events.sort((a, b) => a.at - b.at).map((e) => e.attrs);
}

export async function buildIcs(sets: readonly ReminderSet[], cutoff: DateTime, now: DateTime, lang: Lang): Promise<string> {
  // Every instant is within the years 2000-2100 (time input refuses others), which any
  // calendar holds.
  const events = icsEvents(sets, cutoff, now, lang);
  // ics is CommonJS: imported from ESM (bundled or not) its exports are the default export.
  const { createEvents } = (await import('ics')).default;
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName: t('eta.ics.calName', {}, lang) });
  if (error || value === null) {
    // Not reachable with the instants checked above; kept as a last guard.
    throw new InputError('ICS_TIDAK_DAPAT_DIBUAT', t('eta.err.icsBuild', { detail: error?.message ?? '' }, lang));
  }
  return foldLines(value);
}

/**
 * RFC 5545 section 3.1: content lines are folded at 75 octets (not characters: a line
 * with non-ASCII text folded by characters runs past 75 bytes), with CRLF and one space,
 * never inside a UTF-8 sequence. The library's own folding is undone first.
 */
export function foldLines(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  // ASCII (nearly every line): one octet per character, cut by position.
  if (/^[ -~\t]*$/.test(line)) {
    if (line.length <= 75) return line;
    const parts = [line.slice(0, 75)];
    for (let at = 75; at < line.length; at += 74) parts.push(line.slice(at, at + 74));
    return parts.join('\r\n ');
  }
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // The first line holds 75 octets; each continuation line 74 after its space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Whether `file` begins as a calendar this tool wrote. */
async function isOurCalendar(file: string): Promise<boolean> {
  const head = await readHead(file, 4096);
  return head.startsWith('BEGIN:VCALENDAR') && /\r?\nPRODID:pmp-offline\/eta\r?\n/.test(head);
}

export async function writeIcs(file: string, content: string, lang: Lang, force = false): Promise<void> {
  try {
    await writeFileAtomic(file, content, async (target, existing) => {
      if (!existing.isFile()) throw new OutputError('ICS_BUKAN_BERKAS', t('eta.err.icsNotFile', { file: target }, lang), target);
      if (force || (await isOurCalendar(target))) return 'replace';
      throw new OutputError('ICS_SUDAH_ADA', t('eta.err.icsExists', { file: target }, lang), target);
    });
  } catch (err) {
    if (err instanceof OutputError) throw err;
    throw new OutputError('ICS_GAGAL_DITULIS', t('eta.err.icsWrite', { file, reason: writeReason(err, lang) }, lang), file);
  }
}
