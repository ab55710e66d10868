// `check DISTRICT/ --html laporan.html`: the district summary (./summary.ts) as one
// self-contained page (../output/html.ts): the district at a glance (the ready share, schools
// missing each respondent type, readiness per level and per kabupaten/kota), then every
// school in a table that sorts, filters and opens to the school's problems and next steps.
import { DateTime } from '../domain/luxon.js';
import { WIB } from '../domain/zones.js';
import { formatLong } from '../time/format.js';
import { visible } from '../core/visible.js';
import type { OutputErrors } from '../output/write.js';
import { t } from '../i18n/index.js';
import { barChart, escapeHtml, htmlPage, tableLabels, writeHtml, type Bar, type TableData } from '../output/html.js';
import { typeName } from '../school/describe.js';
import { statusName, type DistrictSummary, type GroupCount, type SchoolStatus } from './summary.js';

const STATUSES: SchoolStatus[] = ['siap', 'belum_siap', 'tidak_terbaca'];
/** The regions chart shows at most this many, the least ready first. */
const MAX_REGIONS = 20;

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

function readinessBars(groups: readonly GroupCount[]): Bar[] {
  return groups.map((g) => ({
    label: g.nama,
    parts: [
      { value: g.siap, cls: 'ok' },
      { value: g.total - g.siap, cls: 'bad' },
    ],
    note: t('rekap.readyOf', { siap: g.siap, total: g.total }),
  }));
}

export function tableData(district: DistrictSummary): TableData {
  const findings = new Map<number, { masalah: string[]; peringatan: string[] }>();
  for (const f of district.findings) {
    const entry = findings.get(f.sekolah) ?? { masalah: [], peringatan: [] };
    entry[f.jenisTemuan].push(f.pesan);
    findings.set(f.sekolah, entry);
  }
  return {
    labels: tableLabels(t('rekap.col.ready'), t('report.all')),
    columns: [
      { key: 'npsn', label: 'NPSN', type: 'text' },
      { key: 'nama', label: t('rekap.col.name'), type: 'text' },
      { key: 'bentuk', label: t('rekap.col.level'), type: 'text' },
      { key: 'kabupaten', label: t('rekap.col.region'), type: 'text' },
      { key: 'status', label: t('rekap.col.ready'), type: 'text' },
      { key: 'masalah', label: t('rekap.col.problems'), type: 'number' },
      { key: 'pertama', label: t('rekap.col.first'), type: 'text' },
    ],
    statuses: STATUSES.map((value) => ({ value, label: statusName(value) })),
    sort: { key: 'masalah', dir: -1 },
    rows: district.schools.map((r, index) => {
      const f = findings.get(index);
      const types = r.jenis.map((j) => `${typeName(j.jenis)}: ${t('report.typeCounts', { terdaftar: j.terdaftar, lengkap: j.lengkap, minimum: j.minimum })}`);
      return {
        cells: {
          npsn: r.npsn,
          nama: visible(r.nama || r.berkas),
          bentuk: r.bentuk,
          kabupaten: visible(r.kabupaten),
          status: statusName(r.status),
          masalah: r.status === 'siap' ? 0 : r.masalah,
          pertama: r.pertama,
        },
        status: r.status,
        search: `${r.nama} ${r.npsn} ${r.berkas}`.toLowerCase(),
        detail: [
          { title: t('check.problems').replace(/:$/, ''), items: f?.masalah ?? (r.status === 'tidak_terbaca' ? [r.pertama] : []) },
          { title: t('check.warnings').replace(/:$/, ''), items: f?.peringatan ?? [] },
          { title: t('check.next').replace(/:$/, ''), items: r.langkah },
          { title: t('check.col.type'), items: types },
          { title: t('rekap.col.file'), items: [visible(r.berkas), ...(r.versi ? [`${t('check.label.version')}: ${r.versi}`] : [])] },
        ],
      };
    }),
  };
}

export interface ReportOptions {
  aturan: string;
  /** When the report was made (default: now). */
  now?: DateTime;
}

export function reportHtml(district: DistrictSummary, options: ReportOptions): string {
  const total = district.countedSchools().length;
  const ready = district.count('siap');
  const notReady = district.count('belum_siap');
  const unreadable = district.count('tidak_terbaca');
  const made = formatLong(options.now ?? DateTime.now(), WIB);
  const tile = (cls: string, value: string | number, label: string) => `<div class="tile ${cls}"><b>${escapeHtml(String(value))}</b>${escapeHtml(label)}</div>`;
  const regions = district
    .by('kabupaten')
    .sort((a, b) => a.siap / a.total - b.siap / b.total || (a.nama < b.nama ? -1 : 1))
    .slice(0, MAX_REGIONS);
  const body = [
    `<header><h1>${escapeHtml(t('report.title'))}</h1>`,
    `<p class="meta">${escapeHtml(t('report.meta', { total, aturan: options.aturan, waktu: made }))}</p></header>`,
    '<section class="tiles">',
    tile('info', percent(ready, total), t('report.readyShare')),
    tile('ok', ready, t('check.summary.ready')),
    tile('bad', notReady, t('check.summary.notReady')),
    tile('off', unreadable, t('check.summary.unreadable')),
    '</section>',
    '<section class="charts">',
    barChart(t('report.chart.share'), [
      {
        label: t('report.chart.schools'),
        parts: [
          { value: ready, cls: 'ok' },
          { value: notReady, cls: 'bad' },
          { value: unreadable, cls: 'off' },
        ],
        note: `${percent(ready, total)} ${t('check.summary.ready').toLowerCase()}`,
      },
    ]),
    barChart(
      t('report.chart.missing'),
      district.missingByType().map((m) => ({ label: typeName(m.jenis), parts: [{ value: m.sekolah, cls: 'bad' }], note: String(m.sekolah) })),
    ),
    barChart(t('report.chart.level'), readinessBars(district.by('bentuk'))),
    barChart(t(district.by('kabupaten').length > MAX_REGIONS ? 'report.chart.regionTop' : 'report.chart.region', { max: MAX_REGIONS }), readinessBars(regions)),
    '</section>',
    `<h2>${escapeHtml(t('report.schools'))}</h2>`,
  ].join('\n');
  return htmlPage({ title: t('report.title'), body, table: tableData(district) });
}

export const REPORT_ERRORS: OutputErrors = {
  exists: { kode: 'LAPORAN_SUDAH_ADA', key: 'report.err.exists' },
  write: { kode: 'LAPORAN_GAGAL_DITULIS', key: 'report.err.write' },
};

export function writeReport(file: string, html: string, force = false): Promise<void> {
  return writeHtml(file, html, REPORT_ERRORS, force);
}
