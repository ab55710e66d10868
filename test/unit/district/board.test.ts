// makeBoard: an upload log's rows in, the board of who to call out (pure; reading the
// file is log-read.ts). The actions themselves are domain/board.ts's (its own tests).
import { describe, expect, it } from 'vitest';
import { makeBoard } from '../../../src/district/board.js';
import type { LogRow, LogTable } from '../../../src/district/log-read.js';
import { DateTime } from '../../../src/domain/luxon.js';
import { DEFAULT_CUTOFF } from '../../../src/domain/timeline.js';

const NOW = DateTime.fromISO('2017-10-19T12:00:00+07:00');
const options = { file: 'unggahan.csv', now: NOW, cutoff: DEFAULT_CUTOFF, zone: 'Asia/Jakarta' };
const table = (rows: Array<LogRow['cells']>): LogTable => ({
  columns: { npsn: 'NPSN', waktu: 'Waktu Unggah', status: 'Status' },
  rows: rows.map((cells, i) => ({ baris: i + 2, cells })),
});

describe('makeBoard', () => {
  it('most urgent first (within an action, the earliest upload), with a count per action', () => {
    const board = makeBoard(
      table([
        { npsn: '20100001', waktu: '19/10/2017 10.00', status: 'Sudah Diproses' },
        { npsn: '20100002', waktu: '16/10/2017 08.00' },
        { npsn: '20100003' },
        { npsn: '20100004', waktu: '17/10/2017 08.00', status: 'Gagal Diproses' },
      ]),
      options,
    );
    expect(board.galat).toEqual([]);
    expect(board.entries.map((e) => [e.npsn, e.langkah])).toEqual([
      ['20100002', 'eskalasi_lpmp'],
      ['20100004', 'eskalasi_lpmp'],
      ['20100003', 'unggah'],
      ['20100001', 'selesai'],
    ]);
    expect(board.ringkasan.eskalasi_lpmp).toBe(2);
    expect(board.ringkasan.unggah).toBe(1);
    expect(board.ringkasan.selesai).toBe(1);
    expect(board.entries.find((e) => e.npsn === '20100003')?.diunggah).toBe(false);
  });

  it('a school listed again with a later upload: the later row counts, the earlier is said to be replaced', () => {
    const board = makeBoard(
      table([
        { npsn: '20100001', waktu: '17/10/2017 08.00' },
        { npsn: '20100001', waktu: '19/10/2017 08.00' },
      ]),
      options,
    );
    expect(board.entries).toHaveLength(1);
    expect(board.entries[0]?.baris).toBe(3);
    expect(board.diganti).toEqual([{ baris: 2, diganti_oleh: 3 }]);
  });

  it('a row that cannot be read is an error naming file and row; the others are on the board', () => {
    const board = makeBoard(
      table([
        { npsn: 'bukan-npsn', waktu: '17/10/2017 08.00' },
        { npsn: '20100002', waktu: 'kemarin' },
        { npsn: '20100003', waktu: '17/10/2017 08.00', status: 'entah' },
        {},
        { npsn: '20100005', waktu: '18/10/2017 08.00' },
      ]),
      options,
    );
    expect(board.galat.map((g) => [g.baris, g.kode])).toEqual([
      [2, 'NPSN_TIDAK_SAH'],
      [3, 'WAKTU_TIDAK_SAH'],
      [4, 'STATUS_TIDAK_DIKENAL'],
      [5, 'TANPA_IDENTITAS'],
    ]);
    for (const g of board.galat) expect(g.pesan).toContain('unggahan.csv');
    expect(board.entries.map((e) => e.npsn)).toEqual(['20100005']);
  });

  it('an Excel date is the wall clock of the zone given', () => {
    const cell = new Date(Date.UTC(2017, 9, 18, 8, 0, 0));
    const wib = makeBoard(table([{ npsn: '20100001', waktu: cell }]), options);
    const wit = makeBoard(table([{ npsn: '20100001', waktu: cell }]), { ...options, zone: 'Asia/Jayapura' });
    expect(wib.entries[0]?.timeline.dikirim.toISO()).toBe('2017-10-18T08:00:00.000+07:00');
    expect(wit.entries[0]?.timeline.dikirim.toMillis()).toBe(DateTime.fromISO('2017-10-18T08:00:00+09:00').toMillis());
  });
});
