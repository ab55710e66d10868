// `check DISTRICT/ --xlsx rekap.xlsx`: the district's recap as an Excel workbook, made
// with exceljs (loaded only for --xlsx) and written atomically. Three sheets: Ringkasan
// (counts per verdict, level, kabupaten/kota and respondent type), Sekolah (one row per
// input) and Masalah (one row per problem and warning). Rows are summaries gathered while
// the batch runs, never whole exports, so memory stays small however many schools there
// are. Text from the data is written as text: exceljs writes a string as a string, so a
// name beginning with "=", "+", "-" or "@" is never a formula.
import type { Worksheet } from 'exceljs';
import { DateTime } from 'luxon';
import { visible } from '../core/visible.js';
import type { Problem, Warning } from '../domain/readiness.js';
import { RESPONDENT_TYPES } from '../domain/respondent-types.js';
import { WIB } from '../domain/zones.js';
import { t, type MessageKey } from '../i18n/index.js';
import { finishSheet, newWorkbook, workbookBytes, writeWorkbook } from '../io/workbook.js';
import { describeProblem, describeWarning, nextSteps, roleName, typeName } from './describe.js';
import type { CheckItem } from './run.js';

/** One input's row, kept while the batch runs. */
interface SchoolRow {
  berkas: string;
  npsn: string;
  nama: string;
  bentuk: string;
  kabupaten: string;
  provinsi: string;
  status: 'siap' | 'belum_siap' | 'tidak_terbaca';
  versi: string;
  jenis: Array<{ jenis: string; terdaftar: number; lengkap: number; minimum: number; ok: boolean }>;
  masalah: number;
  pertama: string;
  langkah: string;
  /** The container's creation instant, as a Date whose UTC fields are the WIB wall clock. */
  dibuat?: Date;
}

interface FindingRow {
  berkas: string;
  npsn: string;
  nama: string;
  jenisTemuan: string;
  kode: string;
  jenis: string;
  tingkat?: number;
  peran: string;
  idResponden: string;
  namaResponden: string;
  pesan: string;
}

/** Gathers what the workbook needs from each checked item, in input order. */
export class Rekap {
  private readonly schools: SchoolRow[] = [];
  private readonly findings: FindingRow[] = [];

  add(item: CheckItem): void {
    if (!item.ok) {
      this.schools.push({
        berkas: item.berkas,
        npsn: '',
        nama: '',
        bentuk: '',
        kabupaten: '',
        provinsi: '',
        status: 'tidak_terbaca',
        versi: '',
        jenis: [],
        masalah: 1,
        pertama: item.galat.pesan,
        langkah: t('check.next.unreadable'),
      });
      return;
    }
    const a = item.assessment;
    const s = item.sekolah;
    const first = a.masalah[0];
    const dibuat = item.container ? DateTime.fromISO(item.container.dibuat, { setZone: true }).setZone(WIB) : undefined;
    this.schools.push({
      berkas: item.berkas,
      npsn: s.npsn,
      nama: s.nama,
      bentuk: s.bentuk_pendidikan,
      kabupaten: s.kabupaten_kota ?? '',
      provinsi: s.provinsi ?? '',
      status: a.siap ? 'siap' : 'belum_siap',
      versi: a.versi.ditemukan,
      jenis: a.jenis,
      masalah: a.masalah.length,
      pertama: first ? describeProblem(first) : '',
      langkah: nextSteps(a, item.berkas, item.container !== undefined)[0] ?? '',
      ...(dibuat?.isValid ? { dibuat: new Date(Date.UTC(dibuat.year, dibuat.month - 1, dibuat.day, dibuat.hour, dibuat.minute, dibuat.second)) } : {}),
    });
    const add = (kind: MessageKey, f: Problem | Warning, pesan: string) =>
      this.findings.push({
        berkas: item.berkas,
        npsn: s.npsn,
        nama: s.nama,
        jenisTemuan: t(kind),
        kode: f.kode,
        jenis: f.jenis ? typeName(f.jenis) : '',
        ...(f.tingkat !== undefined ? { tingkat: f.tingkat } : {}),
        peran: f.peran ? roleName(f.peran) : '',
        idResponden: f.responden?.id ?? '',
        namaResponden: f.responden?.nama ?? '',
        pesan,
      });
    for (const p of a.masalah) add('rekap.kind.problem', p, describeProblem(p));
    for (const w of a.peringatan) add('rekap.kind.warning', w, describeWarning(w));
  }

  /** The workbook's bytes. */
  async build(): Promise<Buffer> {
    const workbook = await newWorkbook();
    this.summarySheet(workbook.addWorksheet(t('rekap.sheet.summary')));
    this.schoolSheet(workbook.addWorksheet(t('rekap.sheet.schools')));
    this.findingSheet(workbook.addWorksheet(t('rekap.sheet.findings')));
    return workbookBytes(workbook);
  }

  private summarySheet(ws: Worksheet): void {
    const status = (s: SchoolRow['status']) => this.schools.filter((r) => r.status === s).length;
    const rows: Array<[string, string, number | string]> = [
      [t('rekap.group.total'), t('check.summary.ready'), status('siap')],
      [t('rekap.group.total'), t('check.summary.notReady'), status('belum_siap')],
      [t('rekap.group.total'), t('check.summary.unreadable'), status('tidak_terbaca')],
    ];
    const by = (group: string, key: (r: SchoolRow) => string) => {
      const counts = new Map<string, { siap: number; total: number }>();
      for (const r of this.schools) {
        if (r.status === 'tidak_terbaca') continue;
        const k = key(r) || t('rekap.unknown');
        const c = counts.get(k) ?? { siap: 0, total: 0 };
        c.total++;
        if (r.status === 'siap') c.siap++;
        counts.set(k, c);
      }
      for (const [k, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) rows.push([group, k, t('rekap.readyOf', { siap: c.siap, total: c.total })]);
    };
    by(t('rekap.group.level'), (r) => r.bentuk);
    by(t('rekap.group.region'), (r) => r.kabupaten);
    for (const type of RESPONDENT_TYPES) {
      const missing = this.schools.filter((r) => r.jenis.some((j) => j.jenis === type && !j.ok)).length;
      rows.push([t('rekap.group.type'), typeName(type), missing]);
    }
    ws.columns = [
      { header: t('rekap.col.group'), key: 'group' },
      { header: t('rekap.col.what'), key: 'what' },
      { header: t('rekap.col.count'), key: 'count' },
    ];
    for (const [group, what, count] of rows) ws.addRow({ group, what, count });
    finishSheet(ws);
  }

  private schoolSheet(ws: Worksheet): void {
    const typeColumns = RESPONDENT_TYPES.flatMap((type) =>
      (['terdaftar', 'lengkap', 'minimum'] as const).map((field) => ({
        header: `${typeName(type)}: ${t(`check.col.${field === 'terdaftar' ? 'registered' : field === 'lengkap' ? 'complete' : 'minimum'}`)}`,
        key: `${type}.${field}`,
      })),
    );
    ws.columns = [
      { header: t('rekap.col.file'), key: 'berkas' },
      { header: 'NPSN', key: 'npsn' },
      { header: t('rekap.col.name'), key: 'nama' },
      { header: t('rekap.col.level'), key: 'bentuk' },
      { header: t('rekap.col.region'), key: 'kabupaten' },
      { header: t('rekap.col.province'), key: 'provinsi' },
      { header: t('rekap.col.ready'), key: 'status' },
      { header: t('rekap.col.version'), key: 'versi' },
      ...typeColumns,
      { header: t('rekap.col.problems'), key: 'masalah' },
      { header: t('rekap.col.first'), key: 'pertama' },
      { header: t('rekap.col.next'), key: 'langkah' },
      { header: t('rekap.col.made'), key: 'dibuat', style: { numFmt: 'dd/mm/yyyy hh:mm' } },
    ];
    for (const r of this.schools) {
      const counts = Object.fromEntries(r.jenis.flatMap((j) => [[`${j.jenis}.terdaftar`, j.terdaftar], [`${j.jenis}.lengkap`, j.lengkap], [`${j.jenis}.minimum`, j.minimum]]));
      ws.addRow({
        ...r,
        ...counts,
        status: t(`rekap.status.${r.status}`),
        berkas: visible(r.berkas),
        nama: visible(r.nama),
      });
    }
    finishSheet(ws);
  }

  private findingSheet(ws: Worksheet): void {
    ws.columns = [
      { header: t('rekap.col.file'), key: 'berkas' },
      { header: 'NPSN', key: 'npsn' },
      { header: t('rekap.col.name'), key: 'nama' },
      { header: t('rekap.col.kind'), key: 'jenisTemuan' },
      { header: t('rekap.col.code'), key: 'kode' },
      { header: t('rekap.col.type'), key: 'jenis' },
      { header: t('rekap.col.grade'), key: 'tingkat' },
      { header: t('rekap.col.role'), key: 'peran' },
      { header: t('rekap.col.respondentId'), key: 'idResponden' },
      { header: t('rekap.col.respondentName'), key: 'namaResponden' },
      { header: t('rekap.col.message'), key: 'pesan' },
    ];
    for (const f of this.findings) ws.addRow({ ...f, berkas: visible(f.berkas), nama: visible(f.nama), namaResponden: visible(f.namaResponden) });
    finishSheet(ws);
  }
}

/** Writes the workbook atomically, replacing only an earlier workbook (io/workbook.ts). */
export function writeRekap(file: string, bytes: Buffer): Promise<void> {
  return writeWorkbook(file, bytes, {
    exists: { kode: 'REKAP_SUDAH_ADA', key: 'rekap.err.exists' },
    write: { kode: 'REKAP_GAGAL_DITULIS', key: 'rekap.err.write' },
  });
}
