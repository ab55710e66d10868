// A progress sheet as a school `check` can assess: the respondent list with each one's
// completion, as the operator copies it from the PMP application's verification tables
// or ticks it on the workbook `plan --xlsx` printed. The school (name, NPSN, level,
// version) comes from labelled cells (the plan workbook's Ringkasan) or the command line
// (--versi, --jenjang, --npsn). Each respondent becomes one with a single required
// answer, given when the sheet says complete, so the one readiness rule decides
// (./assess.ts says the result in the sheet's terms). A cell that says neither done nor
// not done is named by sheet, row and column, and the file is not assessed.
import path from 'node:path';
import { InputError } from '../../core/errors.js';
import type { AnswerTally } from '../../domain/answer-scan.js';
import { EXPORT_FORMAT, NPSN, UUID } from '../../domain/export-format.js';
import type { Respondent, SchoolExport } from '../../domain/export-schema.js';
import { RESPONDENT_TYPES, SCHOOL_LEVELS, type RespondentType } from '../../domain/respondent-types.js';
import { inEveryLang, t, type MessageKey } from '../../i18n/index.js';
import type { LoadedInput, ProgressFacts, ProgressOptions } from '../../io/load-input.js';
import { cellText, committeeRole, gradeFrom, isHeader, mapHeader, normalise, shareFrom, teacherRole, tickFrom, typeFrom, type Field } from './columns.js';
import { readSheets, type Sheet, type SheetRow } from './sheet.js';

/** Rows scanned for a header before a sheet is taken as having no respondent table. */
const HEADER_ROWS = 30;

const bothLangs = (key: MessageKey) => inEveryLang(key).map(normalise);
const LABELS = {
  nama: () => ['nama', 'nama_sekolah', 'sekolah', 'school', 'school_name', ...bothLangs('rekap.col.name')],
  npsn: () => ['npsn'],
  jenjang: () => ['jenjang', 'bentuk_pendidikan', 'level', ...bothLangs('rekap.col.level')],
  sekolah_id: () => ['sekolah_id', 'id_sekolah'],
  versi: () => ['versi', 'versi_aplikasi', 'versi_aplikasi_pmp', 'versi_pmp', 'application_version', 'pmp_version', ...bothLangs('plan.row.version')],
  kabupaten: () => ['kabupaten', 'kabupaten_kota', 'kab_kota', 'region', ...bothLangs('rekap.col.region')],
};
type Label = keyof typeof LABELS;

/** Labelled cells anywhere outside the respondent tables: a label, then its value beside it. */
function labelled(rows: readonly SheetRow[], found: Map<Label, string>): void {
  const lists = Object.fromEntries((Object.keys(LABELS) as Label[]).map((k) => [k, LABELS[k]()])) as Record<Label, string[]>;
  for (const row of rows) {
    const first = row.cells.findIndex((c) => cellText(c) !== '');
    if (first < 0) continue;
    const key = normalise(cellText(row.cells[first]));
    // The cell right beside the label: an empty one (a version still to fill in) says nothing.
    const value = cellText(row.cells[first + 1]);
    if (value === '') continue;
    for (const label of Object.keys(lists) as Label[]) if (!found.has(label) && lists[label].includes(key)) found.set(label, value);
  }
}

interface Table {
  sheet: Sheet;
  header: SheetRow;
  columns: Map<Field, number>;
  type?: RespondentType;
}

function badCell(file: string, table: Table, row: SheetRow, field: Field, reason: MessageKey, value: string): InputError {
  const column = cellText(table.header.cells[table.columns.get(field) as number]);
  return new InputError(
    'SEL_TIDAK_SAH',
    t('progress.err.cell', { file, sheet: table.sheet.name, baris: row.baris, kolom: column, nilai: value, alasan: t(reason) }),
    file,
  );
}

export async function loadProgressSheet(file: string, options: ProgressOptions = {}): Promise<LoadedInput> {
  const sheets = await readSheets(file);
  const labels = new Map<Label, string>();
  const tables: Table[] = [];
  for (const sheet of sheets) {
    const at = sheet.rows.slice(0, HEADER_ROWS).findIndex((row) => isHeader(mapHeader(row.cells)));
    labelled(at < 0 ? sheet.rows : sheet.rows.slice(0, at), labels);
    if (at < 0) continue;
    const header = sheet.rows[at] as SheetRow;
    const columns = mapHeader(header.cells);
    const type = typeFrom(sheet.name);
    if (type === undefined && !columns.has('jenis')) continue;
    tables.push({ sheet: { name: sheet.name, rows: sheet.rows.slice(at + 1) }, header, columns, ...(type ? { type } : {}) });
  }
  if (tables.length === 0) throw new InputError('BUKAN_LEMBAR_PROGRES', t('progress.err.notSheet', { file }), file);

  const responden: Respondent[] = [];
  const tallies: AnswerTally[] = [];
  const facts: ProgressFacts = { tanpaVersi: false, tanpaPeran: [], tanpaKelas: [], keterangan: {} };
  const withRole = new Set<RespondentType>();
  const withGrade = new Set<RespondentType>();
  for (const table of tables) {
    // A sheet of one type with a Peran (Kelas) column shows that type's roles (grades).
    if (table.type && table.columns.has('peran')) withRole.add(table.type);
    if (table.type && table.columns.has('kelas')) withGrade.add(table.type);
    const cell = (row: SheetRow, field: Field) => (table.columns.has(field) ? row.cells[table.columns.get(field) as number] : undefined);
    for (const row of table.sheet.rows) {
      const nama = cellText(cell(row, 'nama'));
      const given = cellText(cell(row, 'id')) || cellText(cell(row, 'login'));
      if (nama === '' && given === '') continue;
      if (table.columns.has('terdaftar')) {
        const registered = tickFrom(cell(row, 'terdaftar'));
        if (registered === undefined) throw badCell(file, table, row, 'terdaftar', 'progress.reason.tick', cellText(cell(row, 'terdaftar')));
        if (!registered) continue; // not registered in the application: not a respondent yet
      }
      const typeText = cellText(cell(row, 'jenis'));
      const jenis = typeText === '' ? table.type : typeFrom(typeText);
      if (jenis === undefined) throw badCell(file, table, row, 'jenis', 'progress.reason.type', typeText);
      const byTick = table.columns.has('selesai');
      const done = byTick ? tickFrom(cell(row, 'selesai')) : shareFrom(cell(row, 'progres'));
      if (done === undefined) {
        const field = byTick ? 'selesai' : 'progres';
        throw badCell(file, table, row, field, byTick ? 'progress.reason.tick' : 'progress.reason.share', cellText(cell(row, field)));
      }
      const grade = gradeFrom(cell(row, 'kelas'));
      if (grade === null) throw badCell(file, table, row, 'kelas', 'progress.reason.grade', cellText(cell(row, 'kelas')));
      if (table.columns.has('peran')) withRole.add(jenis);
      if (grade !== undefined) withGrade.add(jenis);
      const id = given || `${table.sheet.name}:${row.baris}`;
      const base = { id, ...(nama ? { nama } : {}), jawaban: done ? { selesai: 'ya' } : {} };
      const roleText = cellText(cell(row, 'peran'));
      const respondent =
        jenis === 'pendidik'
          ? { ...base, jenis, peran: teacherRole(roleText), ...(grade !== undefined ? { tingkat: grade } : {}) }
          : jenis === 'komite_sekolah'
            ? { ...base, jenis, peran: committeeRole(roleText) }
            : jenis === 'peserta_didik'
              ? // Without a grade the student counts towards the total, not towards any grade.
                ({ ...base, jenis, tingkat: grade } as Respondent)
              : { ...base, jenis };
      responden.push(respondent as Respondent);
      tallies.push({ answeredRequired: done ? 1 : 0, unknown: undefined });
      if (!done) facts.keterangan[id] = cellText(cell(row, byTick ? 'selesai' : 'progres'));
    }
  }
  facts.tanpaPeran = RESPONDENT_TYPES.filter((type) => (type === 'pendidik' || type === 'komite_sekolah') && !withRole.has(type));
  facts.tanpaKelas = RESPONDENT_TYPES.filter((type) => (type === 'pendidik' || type === 'peserta_didik') && !withGrade.has(type));

  const levelText =
    options.jenjang ??
    labels
      .get('jenjang')
      ?.toUpperCase()
      .replace(/[^A-Z]/g, '');
  const bentuk = SCHOOL_LEVELS.find((level) => level === levelText);
  if (!bentuk) throw new InputError('JENJANG_TIDAK_DIKETAHUI', t('progress.err.level', { file }), file);
  const versi = (options.versi ?? labels.get('versi') ?? '').trim();
  facts.tanpaVersi = versi === '';
  const npsn = (options.npsn ?? labels.get('npsn') ?? '').trim().toUpperCase();
  const idText = (labels.get('sekolah_id') ?? '').toLowerCase();
  const sekolah_id = UUID.test(idText) ? idText : NPSN.test(npsn) ? `npsn:${npsn}` : `berkas:${path.basename(file)}`;
  const kabupaten = labels.get('kabupaten');
  const instrument = { pertanyaan: [{ id: 'selesai', wajib: true }] };
  const data = {
    format: EXPORT_FORMAT,
    aplikasi: { versi },
    sekolah: {
      sekolah_id,
      npsn,
      nama: labels.get('nama') ?? path.basename(file).replace(/\.[^.]*$/, ''),
      bentuk_pendidikan: bentuk,
      ...(kabupaten ? { kabupaten_kota: kabupaten } : {}),
    },
    instrumen: Object.fromEntries(RESPONDENT_TYPES.map((type) => [type, instrument])),
    responden,
  } as unknown as SchoolExport;
  return { file, data, tallies, progres: facts };
}
