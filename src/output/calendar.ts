// `--ics FILE`: calendar reminders at V (check the status), L and E (what to do), and
// the cut-off while it is still ahead. Written by ical-generator (no dependencies, no
// validation pass per event: the board of a district writes tens of thousands); times go
// in as instants and out as UTC, so the machine's own TZ never enters.
//
// Each event's UID names the school, the file's content code and the event
// (`pmp-offline-tampil-<sekolah_id>-<kode>@pmp-offline`), so every school of a batch has
// its own events and importing an updated calendar updates them instead of adding copies.
// An existing file is replaced only when it is a calendar this tool wrote (or --force
// for a plain file); a link, a device or another program's file is never touched.
import type { DateTime } from 'luxon';
import { OutputError } from '../core/errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { writeReason } from './write-reason.js';
import { readHead } from '../io/read-text.js';
import { t, type MessageKey } from '../i18n/index.js';
import { WIB } from '../domain/zones.js';
import { formatLong } from '../time/format.js';
import type { SubmissionTimeline } from '../domain/timeline.js';

type Reminder = 'tampil' | 'batas2x24' | 'batas3x24';
const REMINDERS: Reminder[] = ['tampil', 'batas2x24', 'batas3x24'];

/**
 * The calendar's PRODID (RFC 5545's formal public identifier): how a calendar this tool
 * wrote is recognised, with the `pmp-offline/eta` of calendars written before.
 */
export const PRODUCT_ID = '//pmp-offline//eta//ID';
const OUR_PRODIDS = /\r?\nPRODID:(?:-\/\/pmp-offline\/\/eta\/\/ID|pmp-offline\/eta)\r?\n/;

/** How long each reminder lasts in the calendar. */
const EVENT_MINUTES = 30;

/** One calendar event: a reminder at `start`, its alarms at the start and, for the cut-off, a day ahead. */
export interface ReminderEvent {
  uid: string;
  start: DateTime;
  title: string;
  description: string;
  /** The cut-off also warns a day ahead: at the deadline itself it is too late to act. */
  dayAhead: boolean;
}

/** One upload's reminders: `key` names it in the UIDs, `suffix` in the titles. */
export interface ReminderSet {
  key: string;
  suffix: string;
  timeline: SubmissionTimeline;
  /** Only the events after this instant (the board's); default: all three. */
  after?: DateTime;
}

const uid = (key: string, kind: Reminder) => `pmp-offline-${kind}-${key}@pmp-offline`;
export function icsEvents(sets: readonly ReminderSet[], cutoff: DateTime, now: DateTime): ReminderEvent[] {
  const events: ReminderEvent[] = [];
  for (const set of sets) {
    const params = {
      dikirim: formatLong(set.timeline.dikirim, WIB),
      tampil: formatLong(set.timeline.tampil, WIB),
      batas2x24: formatLong(set.timeline.batas2x24, WIB),
      batas3x24: formatLong(set.timeline.batas3x24, WIB),
    };
    for (const kind of REMINDERS) {
      const start = set.timeline[kind];
      if (set.after && start.toMillis() <= set.after.toMillis()) continue;
      const title = `${t(`eta.ics.${kind}.title` as MessageKey)}${set.suffix}`;
      events.push({ uid: uid(set.key, kind), start, title, description: t(`eta.ics.${kind}.desc` as MessageKey, params), dayAhead: false });
    }
  }
  if (cutoff.toMillis() > now.toMillis()) {
    events.push({
      uid: `pmp-offline-cutoff-${cutoff.toMillis()}@pmp-offline`,
      start: cutoff,
      title: t('eta.ics.cutoff.title'),
      description: t('eta.ics.cutoff.desc', { cutoff: formatLong(cutoff, WIB) }),
      dayAhead: true,
    });
  }
  // Stable: events at one instant keep the order they were made in.
  return events.sort((a, b) => a.start.toMillis() - b.start.toMillis());
}

export async function buildIcs(sets: readonly ReminderSet[], cutoff: DateTime, now: DateTime): Promise<string> {
  // Every instant is within the years 2000-2100 (time input refuses others), which any
  // calendar holds.
  const { default: ical, ICalAlarmType } = await import('ical-generator');
  const calendar = ical({ prodId: PRODUCT_ID, name: t('eta.ics.calName') });
  // DTSTAMP from --now (not the wall clock): the same inputs give the same file.
  const stamp = now.toJSDate();
  // Each event is written by the library on its own and the calendar around them: the
  // calendar's toString() folds its whole text with a TextEncoder made per character,
  // 5.7 s of a 20,000-school board's 6.2 s. The lines are folded once, here, by octets.
  const events: string[] = [];
  for (const reminder of icsEvents(sets, cutoff, now)) {
    const start = reminder.start.toJSDate();
    const event = calendar.createEvent({
      id: reminder.uid,
      start,
      end: new Date(start.getTime() + EVENT_MINUTES * 60_000),
      stamp,
      summary: reminder.title,
      description: reminder.description,
    });
    event.createAlarm({ type: ICalAlarmType.display, trigger: start, description: reminder.title });
    if (reminder.dayAhead) event.createAlarm({ type: ICalAlarmType.display, trigger: 24 * 60 * 60, description: reminder.title });
    events.push(event.toString());
    calendar.clear();
  }
  // RFC 5545: a calendar's components come last, before END:VCALENDAR.
  const frame = calendar.toString();
  const end = frame.lastIndexOf('END:VCALENDAR');
  return `${foldLines(`${frame.slice(0, end)}${events.join('')}${frame.slice(end)}`)}\r\n`;
}

/**
 * RFC 5545 section 3.1: content lines are folded at 75 octets (not characters: a line
 * with non-ASCII text folded by characters runs past 75 bytes), with CRLF and one space,
 * never inside a UTF-8 sequence. The library's own folding is undone first.
 */
export function foldLines(text: string): string {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .replace(/\r\n$/, '')
    .split('\r\n');
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
  return head.startsWith('BEGIN:VCALENDAR') && OUR_PRODIDS.test(head);
}

export async function writeIcs(file: string, content: string, force = false): Promise<void> {
  try {
    await writeFileAtomic(file, content, async (target, existing) => {
      if (!existing.isFile()) throw new OutputError('ICS_BUKAN_BERKAS', t('eta.err.icsNotFile', { file: target }), target);
      if (force || (await isOurCalendar(target))) return 'replace';
      throw new OutputError('ICS_SUDAH_ADA', t('eta.err.icsExists', { file: target }), target);
    });
  } catch (err) {
    if (err instanceof OutputError) throw err;
    throw new OutputError('ICS_GAGAL_DITULIS', t('eta.err.icsWrite', { file, reason: writeReason(err) }), file);
  }
}
