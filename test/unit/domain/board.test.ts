// The board's one action per school (src/domain/board.ts), at each point of the time line.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { boardAction, parseSiteStatus, type SiteStatus } from '../../../src/domain/board.js';
import { submissionTimeline } from '../../../src/domain/timeline.js';

const sent = DateTime.fromISO('2017-10-17T10:00:00+07:00', { setZone: true });
const timeline = submissionTimeline(sent);
const at = (hours: number) => sent.plus({ hours });

describe('boardAction', () => {
  it.each<[number, SiteStatus | undefined, string]>([
    [2, undefined, 'tunggu_proses'],
    [25, undefined, 'tunggu_tampil'], // processed at 10.00 the next day, shown at 12.00
    [30, 'belum_kirim', 'muat_ulang'],
    [49, 'belum_kirim', 'hubungi_dinas'],
    [73, 'belum_kirim', 'eskalasi_lpmp'],
    [5, 'gagal_diproses', 'eskalasi_lpmp'],
    [60, 'sudah_kirim', 'tunggu_proses'],
    [73, 'sudah_kirim', 'eskalasi_lpmp'],
    [2, 'sudah_diproses', 'selesai'],
    [200, 'sudah_diproses', 'selesai'],
  ])('%i h after the upload, status %s: %s', (hours, status, action) => {
    expect(boardAction(timeline, at(hours), true, status)).toBe(action);
  });

  it('late for the cut-off, unless the site says it was processed', () => {
    expect(boardAction(timeline, at(2), false, undefined)).toBe('terlambat');
    expect(boardAction(timeline, at(2), false, 'gagal_diproses')).toBe('terlambat');
    expect(boardAction(timeline, at(2), false, 'sudah_diproses')).toBe('selesai');
  });

  it('reads the site statuses as written', () => {
    expect(['Belum Kirim', 'sudah  kirim', 'SUDAH_DIPROSES', 'Gagal-Diproses', 'Terkirim', ''].map(parseSiteStatus)).toEqual([
      'belum_kirim',
      'sudah_kirim',
      'sudah_diproses',
      'gagal_diproses',
      undefined,
      undefined,
    ]);
  });
});
