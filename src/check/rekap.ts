// `check DISTRICT/ --xlsx rekap.xlsx`: the district summary (./district.ts) as an Excel
// workbook, made with exceljs (loaded only for --xlsx) and written atomically. Three
// sheets: Ringkasan (counts per verdict, level, kabupaten/kota and respondent type),
// Sekolah (one row per input) and Masalah (one row per problem and warning). Text from
// the data is written as text: exceljs writes a string as a string, so a name beginning
// with "=", "+", "-" or "@" is never a formula.
import type { Worksheet } from 'exceljs';
import { visible } from '../core/visible.js';
import { RESPONDENT_TYPES } from '../domain/respondent-types.js';
import { t } from '../i18n/index.js';
import { finishSheet, newWorkbook, workbookBytes, writeWorkbook } from '../io/workbook.js';
import { typeName } from './describe.js';
import { statusName, type DistrictSummary } from './district.js';

/** The recap workbook of a district summary. */
export class Rekap {
  constructor(private readonly district: DistrictSummary) {}

  /** The workbook's bytes. */
  async build(): Promise<Buffer> {
    const workbook = await newWorkbook();
    this.summarySheet(workbook.addWorksheet(t('rekap.sheet.summary')));
    this.schoolSheet(workbook.addWorksheet(t('rekap.sheet.schools')));
    this.findingSheet(workbook.addWorksheet(t('rekap.sheet.findings')));
    return workbookBytes(workbook);
  }

  private summarySheet(ws: Worksheet): void {
    const d = this.district;
    const rows: Array<[string, string, number | string]> = [
      [t('rekap.group.total'), t('check.summary.ready'), d.count('siap')],
      [t('rekap.group.total'), t('check.summary.notReady'), d.count('belum_siap')],
      [t('rekap.group.total'), t('check.summary.unreadable'), d.count('tidak_terbaca')],
    ];
    for (const c of d.by('bentuk')) rows.push([t('rekap.group.level'), c.nama, t('rekap.readyOf', { siap: c.siap, total: c.total })]);
    for (const c of d.by('kabupaten')) rows.push([t('rekap.group.region'), c.nama, t('rekap.readyOf', { siap: c.siap, total: c.total })]);
    for (const m of d.missingByType()) rows.push([t('rekap.group.type'), typeName(m.jenis), m.sekolah]);
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
    for (const r of this.district.schools) {
      const counts = Object.fromEntries(r.jenis.flatMap((j) => [[`${j.jenis}.terdaftar`, j.terdaftar], [`${j.jenis}.lengkap`, j.lengkap], [`${j.jenis}.minimum`, j.minimum]]));
      ws.addRow({
        ...r,
        ...counts,
        status: statusName(r.status),
        langkah: r.langkah[0] ?? '',
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
    for (const f of this.district.findings) ws.addRow({ ...f, jenisTemuan: t(f.jenisTemuan === 'masalah' ? 'rekap.kind.problem' : 'rekap.kind.warning'), berkas: visible(f.berkas), nama: visible(f.nama), namaResponden: visible(f.namaResponden) });
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
