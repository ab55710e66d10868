// The time line as a picture: the five points on one line, S at the left and E at the
// right, and a marker under the line where "now" falls. An operator sees "I am here, it
// shows there" at a glance. Unicode box drawing, or plain ASCII.
import type { DateTime } from 'luxon';
import type { SubmissionTimeline } from '../../domain/timeline.js';

export const PICTURE_WIDTH = 48;

const GLYPHS = {
  unicode: { line: '─', point: '●', here: '▲', before: '◀', after: '▶' },
  ascii: { line: '-', point: 'o', here: '^', before: '<', after: '>' },
};

export interface PictureOptions {
  unicode: boolean;
  /** The word written beside the marker ("sekarang"). */
  nowLabel: string;
  width?: number;
}

/** Three lines: the points, their numbers 1–5, the "now" marker. */
export function drawPicture(timeline: SubmissionTimeline, now: DateTime, options: PictureOptions): string[] {
  const width = options.width ?? PICTURE_WIDTH;
  const g = options.unicode ? GLYPHS.unicode : GLYPHS.ascii;
  const start = timeline.dikirim.toMillis();
  const span = timeline.batas3x24.toMillis() - start;
  const col = (dt: DateTime): number => Math.round(((dt.toMillis() - start) / span) * width);

  const points = [timeline.dikirim, timeline.diproses, timeline.tampil, timeline.batas2x24, timeline.batas3x24];
  const cols: number[] = [];
  for (const p of points) {
    const previous = cols[cols.length - 1];
    // V can be minutes after P: keep every point visible.
    cols.push(previous !== undefined && col(p) <= previous ? previous + 1 : col(p));
  }
  const line = Array.from({ length: width + 1 }, () => g.line);
  const numbers = Array.from({ length: width + 1 }, () => ' ');
  cols.forEach((c, i) => {
    line[c] = g.point;
    numbers[c] = String(i + 1);
  });

  const n = now.toMillis();
  let marker = g.here;
  let at = col(now);
  if (n < start) {
    marker = g.before;
    at = 0;
  } else if (n > timeline.batas3x24.toMillis()) {
    marker = g.after;
    at = width;
  }
  const right = `${marker} ${options.nowLabel}`;
  const markerLine =
    at + right.length <= width + 1 || at < options.nowLabel.length + 2
      ? `${' '.repeat(at)}${right}`
      : `${' '.repeat(at - options.nowLabel.length - 1)}${options.nowLabel} ${marker}`;
  return [line.join(''), numbers.join('').trimEnd(), markerLine.trimEnd()];
}
