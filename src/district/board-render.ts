// The board in every form it is asked for: text grouped by action, `pmp-offline/papan@1`
// JSON, an Excel workbook, one HTML page (../output/html.ts, the report's rules), and the
// calendar (../output/calendar.ts: one reminder per school and event).
import { WIB_ZONE, wibWallClock } from '../domain/luxon.js';
import type { DateTime } from 'luxon';
import { visible } from '../core/visible.js';
import { URGENCY, type BoardAction } from '../domain/board.js';
import { WIB } from '../domain/zones.js';
import { t, type MessageKey } from '../i18n/index.js';
import { workbookBytes, type SheetSpec } from '../output/workbook.js';
import { barChart, escapeHtml, htmlPage, tableLabels, type TableData } from '../output/html.js';
import type { Terminal } from '../output/terminal.js';
import { schoolLabel, type Board, type BoardEntry } from './board.js';
import { formatLong, formatShort, todoLine } from '../time/format.js';
import type { ReminderSet } from '../output/calendar.js';

export const BOARD_FORMAT = 'pmp-offline/papan@1';

export const actionName = (a: BoardAction) => t(`board.action.${a}` as MessageKey);
const statusName = (e: BoardEntry) => (e.status ? t(`board.status.${e.status}` as MessageKey) : '');

/** The action's sentence for this school, with its own instants. */
export function entryTodo(e: BoardEntry, board: Board): string {
  if (e.langkah === 'selesai') return t('board.todo.selesai');
  if (e.status === 'gagal_diproses' && e.langkah === 'eskalasi_lpmp') return t('board.todo.gagal');
  if (e.status === 'sudah_kirim')
    return e.langkah === 'eskalasi_lpmp' ? t('board.todo.kirimLama') : t('board.todo.kirim', { diproses: formatLong(e.timeline.diproses, WIB) });
  return todoLine(e.langkah, e.timeline, board.cutoff);
}

export function renderBoard(board: Board, term: Terminal): string {
  const c = term.color;
  const when = (dt: DateTime) => formatShort(dt, WIB);
  const lines = [c.bold(t('board.title', { file: board.file, count: board.entries.length, now: formatLong(board.now, WIB) }))];
  for (const action of URGENCY) {
    const group = board.entries.filter((e) => e.langkah === action);
    if (group.length === 0) continue;
    const heading = `${actionName(action)} (${group.length})`;
    lines.push('', action === 'selesai' || action.startsWith('tunggu') ? c.bold(heading) : c.red(heading));
    for (const e of group) {
      const parts = e.diunggah
        ? [t('board.line.sent', { when: when(e.timeline.dikirim) }), t('board.line.visible', { when: when(e.timeline.tampil) })]
        : [t('board.line.notSent')];
      if (e.status) parts.push(statusName(e));
      lines.push(`  ${e.npsn && e.nama ? `${e.npsn}  ` : ''}${schoolLabel(e)} ${term.sym.dot} ${parts.join(` ${term.sym.dot} `)}`);
    }
  }
  const counts = URGENCY.filter((a) => board.ringkasan[a] > 0).map((a) => `${actionName(a)}: ${board.ringkasan[a]}`);
  lines.push('', `${t('board.summary')} ${counts.join(`; `) || '-'}`);
  if (board.galat.length > 0) lines.push(c.red(t('board.unreadable', { count: board.galat.length })));
  if (board.diganti.length > 0) lines.push(t('board.superseded', { count: board.diganti.length }));
  lines.push(t('board.next'));
  return lines.join('\n');
}

export function boardToJson(board: Board) {
  return {
    format: BOARD_FORMAT,
    berkas: board.file,
    sekarang: board.now.setZone(WIB_ZONE).toISO(),
    batas: board.cutoff.setZone(WIB_ZONE).toISO(),
    zona: board.zone,
    ringkasan: board.ringkasan,
    sekolah: board.entries.map((e) => ({
      baris: e.baris,
      npsn: e.npsn ?? null,
      sekolah_id: e.sekolah_id ?? null,
      nama: e.nama ?? null,
      status_situs: e.status ?? null,
      // Not uploaded yet: no instants of its own.
      diunggah: e.diunggah,
      dikirim: e.diunggah ? e.timeline.dikirim.toISO() : null,
      diproses: e.diunggah ? e.timeline.diproses.toISO() : null,
      tampil: e.diunggah ? e.timeline.tampil.toISO() : null,
      batas2x24: e.diunggah ? e.timeline.batas2x24.toISO() : null,
      batas3x24: e.diunggah ? e.timeline.batas3x24.toISO() : null,
      seharusnya_tampil: e.seharusnyaTampil,
      tepat_waktu: e.tepatWaktu,
      tahap: e.tahap,
      langkah: e.langkah,
      pesan: entryTodo(e, board),
    })),
    galat: board.galat,
    diganti: board.diganti,
  };
}

export function boardWorkbook(board: Board): Promise<Buffer> {
  const date = 'dd/mm/yyyy hh:mm';
  const yes = (b: boolean) => t(b ? 'eta.table.yes' : 'eta.table.no');
  const main: SheetSpec = {
    name: t('board.sheet.board'),
    columns: [
      { header: t('board.col.action'), key: 'langkah' },
      { header: 'NPSN', key: 'npsn' },
      { header: 'sekolah_id', key: 'sekolah_id' },
      { header: t('rekap.col.name'), key: 'nama' },
      { header: t('board.col.status'), key: 'status' },
      { header: t('board.col.sent'), key: 'dikirim', numFmt: date },
      { header: t('board.col.processed'), key: 'diproses', numFmt: date },
      { header: t('board.col.visible'), key: 'tampil', numFmt: date },
      { header: t('board.col.l'), key: 'batas2x24', numFmt: date },
      { header: t('board.col.e'), key: 'batas3x24', numFmt: date },
      { header: t('board.col.shouldShow'), key: 'seharusnya' },
      { header: t('board.col.onTime'), key: 'tepat' },
      { header: t('board.col.todo'), key: 'pesan' },
      { header: t('board.col.line'), key: 'baris' },
    ],
    rows: board.entries.map((e) => ({
      langkah: actionName(e.langkah),
      npsn: e.npsn ?? '',
      sekolah_id: e.sekolah_id ?? '',
      nama: visible(e.nama ?? ''),
      status: statusName(e),
      dikirim: e.diunggah ? wibWallClock(e.timeline.dikirim) : undefined,
      diproses: e.diunggah ? wibWallClock(e.timeline.diproses) : undefined,
      tampil: e.diunggah ? wibWallClock(e.timeline.tampil) : undefined,
      batas2x24: e.diunggah ? wibWallClock(e.timeline.batas2x24) : undefined,
      batas3x24: e.diunggah ? wibWallClock(e.timeline.batas3x24) : undefined,
      seharusnya: yes(e.seharusnyaTampil),
      tepat: yes(e.tepatWaktu),
      pesan: entryTodo(e, board),
      baris: e.baris,
    })),
  };
  const summary: SheetSpec = {
    name: t('rekap.sheet.summary'),
    columns: [
      { header: t('board.col.action'), key: 'langkah' },
      { header: t('rekap.col.count'), key: 'jumlah' },
    ],
    rows: [
      ...URGENCY.map((a) => ({ langkah: actionName(a), jumlah: board.ringkasan[a] })),
      { langkah: t('board.unreadableShort'), jumlah: board.galat.length },
    ],
  };
  const errors: SheetSpec = {
    name: t('board.sheet.errors'),
    columns: [
      { header: t('board.col.line'), key: 'baris' },
      { header: t('rekap.col.code'), key: 'kode' },
      { header: t('rekap.col.message'), key: 'pesan' },
    ],
    rows: board.galat.map((g) => ({ baris: g.baris, kode: g.kode, pesan: g.pesan })),
  };
  return workbookBytes([main, summary, errors]);
}

export function boardHtml(board: Board): string {
  const when = (dt: DateTime) => formatShort(dt, WIB);
  // Many schools share an instant (the refresh slots): each is worded once.
  const worded = new Map<number, string>();
  const long = (dt: DateTime) => {
    let text = worded.get(dt.toMillis());
    if (text === undefined) worded.set(dt.toMillis(), (text = formatLong(dt, WIB)));
    return text;
  };
  const points = Object.fromEntries(
    (['dikirim', 'diproses', 'tampil', 'batas2x24', 'batas3x24'] as const).map((k) => [k, t(`eta.point.${k}` as MessageKey)]),
  ) as Record<'dikirim' | 'diproses' | 'tampil' | 'batas2x24' | 'batas3x24', string>;
  const table: TableData = {
    labels: tableLabels(t('board.col.action'), t('board.allActions')),
    columns: [
      { key: 'no', label: 'No', type: 'number' },
      // The action is the column the page colours by urgency ("status").
      { key: 'status', label: t('board.col.action'), type: 'text' },
      { key: 'npsn', label: 'NPSN', type: 'text' },
      { key: 'nama', label: t('rekap.col.name'), type: 'text' },
      { key: 'situs', label: t('board.col.status'), type: 'text' },
      { key: 'dikirim', label: t('board.col.sent'), type: 'text' },
      { key: 'tampil', label: t('board.col.visible'), type: 'text' },
    ],
    statuses: URGENCY.map((a) => ({ value: a, label: actionName(a) })),
    sort: { key: 'no', dir: 1 },
    rows: board.entries.map((e, i) => ({
      cells: {
        no: i + 1,
        status: actionName(e.langkah),
        npsn: e.npsn ?? '',
        nama: schoolLabel(e),
        situs: statusName(e),
        dikirim: e.diunggah ? when(e.timeline.dikirim) : t('board.line.notSent'),
        tampil: e.diunggah ? when(e.timeline.tampil) : '',
      },
      keys: { dikirim: e.diunggah ? e.timeline.dikirim.toMillis() : 0, tampil: e.diunggah ? e.timeline.tampil.toMillis() : 0 },
      status: e.langkah,
      search: `${e.nama ?? ''} ${e.npsn ?? ''} ${e.sekolah_id ?? ''}`.toLowerCase(),
      detail: [
        { title: t('check.next').replace(/:$/, ''), items: [entryTodo(e, board)] },
        {
          title: t('board.timeline'),
          items: e.diunggah
            ? (['dikirim', 'diproses', 'tampil', 'batas2x24', 'batas3x24'] as const).map((k) => `${points[k]}: ${long(e.timeline[k])}`)
            : [t('board.line.notSent')],
        },
        { title: t('board.col.line'), items: [`${board.file}: ${e.baris}`] },
      ],
    })),
  };
  const urgent = board.ringkasan.eskalasi_lpmp + board.ringkasan.hubungi_dinas + board.ringkasan.terlambat;
  const tile = (cls: string, value: number, label: string) => `<div class="tile ${cls}"><b>${value}</b>${escapeHtml(label)}</div>`;
  const body = [
    `<header><h1>${escapeHtml(t('board.htmlTitle'))}</h1>`,
    `<p class="meta">${escapeHtml(t('board.meta', { file: board.file, count: board.entries.length, now: formatLong(board.now, WIB) }))}</p></header>`,
    '<section class="tiles">',
    tile('bad', urgent, t('board.tile.call')),
    tile('info', board.ringkasan.muat_ulang, actionName('muat_ulang')),
    tile('off', board.ringkasan.tunggu_proses + board.ringkasan.tunggu_tampil, t('board.tile.wait')),
    tile('ok', board.ringkasan.selesai, actionName('selesai')),
    ...(board.galat.length > 0 ? [tile('off', board.galat.length, t('board.unreadableShort'))] : []),
    '</section>',
    '<section class="charts">',
    barChart(
      t('board.chart'),
      URGENCY.map((a) => ({
        label: actionName(a),
        parts: [
          { value: board.ringkasan[a], cls: a === 'selesai' ? 'ok' : a.startsWith('tunggu') || a === 'unggah' ? 'off' : a === 'muat_ulang' ? 'info' : 'bad' },
        ],
        note: String(board.ringkasan[a]),
      })),
    ),
    '</section>',
    ...(board.galat.length > 0
      ? [`<h2>${escapeHtml(t('board.unreadableShort'))}</h2><ul>${board.galat.map((g) => `<li>${escapeHtml(g.pesan)}</li>`).join('')}</ul>`]
      : []),
    `<h2>${escapeHtml(t('board.schools'))}</h2>`,
  ].join('\n');
  return htmlPage({ title: t('board.htmlTitle'), body, table });
}

/**
 * One reminder per school and event still ahead (a reminder in the past reminds nobody;
 * a processed school needs none, nor a late one: its action is the dinas / LPMP, not
 * waiting and reloading); the school (NPSN, else sekolah_id) names the UID.
 */
export function boardReminders(board: Board): ReminderSet[] {
  return board.entries
    .filter((e) => e.diunggah && e.langkah !== 'selesai' && e.langkah !== 'terlambat' && e.timeline.batas3x24.toMillis() > board.now.toMillis())
    .map((e) => ({ key: e.npsn ? `npsn-${e.npsn}` : `sekolah-${e.sekolah_id ?? ''}`, suffix: ` (${schoolLabel(e)})`, timeline: e.timeline, after: board.now }));
}
