// `check DISTRICT/ --xlsx rekap.xlsx`: the district summary (./summary.ts) as an Excel
// workbook (../output/workbook.ts), written atomically. Three sheets: Ringkasan (counts per
// verdict, level, kabupaten/kota and respondent type), Sekolah (one row per input) and
// Masalah (one row per problem and warning).
import { visible } from '../core/visible.js';
import { RESPONDENT_TYPES } from '../domain/respondent-types.js';
import { t } from '../i18n/index.js';
import { workbookBytes, writeWorkbook, type CellValue, type SheetSpec } from '../output/workbook.js';
import type { OutputErrors } from '../output/write.js';
import { typeName } from '../school/describe.js';
import { statusName, type DistrictSummary } from './summary.js';

function summarySheet(d: DistrictSummary): SheetSpec {
  const rows: Array<[string, string, number | string]> = [
    [t('rekap.group.total'), t('check.summary.ready'), d.count('siap')],
    [t('rekap.group.total'), t('check.summary.notReady'), d.count('belum_siap')],
    [t('rekap.group.total'), t('check.summary.unreadable'), d.count('tidak_terbaca')],
  ];
  for (const c of d.by('bentuk')) rows.push([t('rekap.group.level'), c.nama, t('rekap.readyOf', { siap: c.siap, total: c.total })]);
  for (const c of d.by('kabupaten')) rows.push([t('rekap.group.region'), visible(c.nama), t('rekap.readyOf', { siap: c.siap, total: c.total })]);
  for (const m of d.missingByType()) rows.push([t('rekap.group.type'), typeName(m.jenis), m.sekolah]);
  return {
    name: t('rekap.sheet.summary'),
    columns: [
      { header: t('rekap.col.group'), key: 'group' },
      { header: t('rekap.col.what'), key: 'what' },
      { header: t('rekap.col.count'), key: 'count' },
    ],
    rows: rows.map(([group, what, count]) => ({ group, what, count })),
  };
}

function schoolSheet(d: DistrictSummary): SheetSpec {
  const typeColumns = RESPONDENT_TYPES.flatMap((type) =>
    (['terdaftar', 'lengkap', 'minimum'] as const).map((field) => ({
      header: `${typeName(type)}: ${t(`check.col.${field === 'terdaftar' ? 'registered' : field === 'lengkap' ? 'complete' : 'minimum'}`)}`,
      key: `${type}.${field}`,
    })),
  );
  return {
    name: t('rekap.sheet.schools'),
    columns: [
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
      { header: t('rekap.col.made'), key: 'dibuat', numFmt: 'dd/mm/yyyy hh:mm' },
    ],
    rows: d.schools.map((r) => {
      const row: Record<string, CellValue> = {
        berkas: visible(r.berkas),
        npsn: r.npsn,
        nama: visible(r.nama),
        bentuk: r.bentuk,
        kabupaten: visible(r.kabupaten),
        provinsi: visible(r.provinsi),
        status: r.dihitung ? statusName(r.status) : `${statusName(r.status)} ${t('rekap.notCounted')}`,
        versi: visible(r.versi),
        masalah: r.masalah,
        pertama: r.pertama,
        langkah: r.langkah[0] ?? '',
        dibuat: r.dibuat,
      };
      for (const j of r.jenis) {
        row[`${j.jenis}.terdaftar`] = j.terdaftar;
        row[`${j.jenis}.lengkap`] = j.lengkap;
        row[`${j.jenis}.minimum`] = j.minimum;
      }
      return row;
    }),
  };
}

function findingSheet(d: DistrictSummary): SheetSpec {
  return {
    name: t('rekap.sheet.findings'),
    columns: [
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
    ],
    rows: d.findings.map((f) => ({
      berkas: visible(f.berkas),
      npsn: f.npsn,
      nama: visible(f.nama),
      jenisTemuan: t(f.jenisTemuan === 'masalah' ? 'rekap.kind.problem' : 'rekap.kind.warning'),
      kode: f.kode,
      jenis: f.jenis,
      tingkat: f.tingkat,
      peran: f.peran,
      idResponden: visible(f.idResponden),
      namaResponden: visible(f.namaResponden),
      pesan: f.pesan,
    })),
  };
}

/** The recap workbook's bytes. */
export function rekapWorkbook(district: DistrictSummary): Promise<Buffer> {
  return workbookBytes([summarySheet(district), schoolSheet(district), findingSheet(district)]);
}

export const REKAP_ERRORS: OutputErrors = {
  exists: { kode: 'REKAP_SUDAH_ADA', key: 'rekap.err.exists' },
  write: { kode: 'REKAP_GAGAL_DITULIS', key: 'rekap.err.write' },
};

/** Writes the workbook atomically, replacing only an earlier workbook (output/workbook.ts). */
export function writeRekap(file: string, bytes: Buffer, force = false): Promise<void> {
  return writeWorkbook(file, bytes, REKAP_ERRORS, force);
}
