// What the district views (`check --xlsx`, `check --html`) know of a batch: one summary
// row per input and one row per finding, gathered while the batch runs. Rows are
// summaries, never whole exports, so memory stays small however many schools there are;
// the counts every view shows are computed here once.
import { DateTime, wibWallClock } from '../domain/luxon.js';
import type { Problem, Warning } from '../domain/readiness.js';
import { RESPONDENT_TYPES, type RespondentType } from '../domain/respondent-types.js';
import { t, type MessageKey } from '../i18n/index.js';
import { describeProblem, describeWarning, nextSteps, roleName, typeName } from '../school/describe.js';
import type { CheckItem } from '../school/check.js';

export type SchoolStatus = 'siap' | 'belum_siap' | 'tidak_terbaca';

/** One input's row. */
export interface SchoolRow {
  berkas: string;
  npsn: string;
  nama: string;
  bentuk: string;
  kabupaten: string;
  provinsi: string;
  status: SchoolStatus;
  versi: string;
  jenis: Array<{ jenis: RespondentType; terdaftar: number; lengkap: number; minimum: number; ok: boolean }>;
  masalah: number;
  pertama: string;
  /** Every next step, most urgent first. */
  langkah: string[];
  /** The container's creation instant, as a Date whose UTC fields are the WIB wall clock. */
  dibuat?: Date;
  /** False for another file of a school counted from a newer file (school/check.ts SchoolCounter). */
  dihitung: boolean;
}

/** One problem or warning of a school, in words. */
export interface FindingRow {
  /** Index of the school in `schools`. */
  sekolah: number;
  berkas: string;
  npsn: string;
  nama: string;
  jenisTemuan: 'masalah' | 'peringatan';
  kode: string;
  jenis: string;
  tingkat?: number;
  peran: string;
  idResponden: string;
  namaResponden: string;
  pesan: string;
}

export interface GroupCount {
  nama: string;
  siap: number;
  total: number;
}

export class DistrictSummary {
  readonly schools: SchoolRow[] = [];
  readonly findings: FindingRow[] = [];
  /** The counted row of each school, by sekolah_id. */
  private readonly counted = new Map<string, number>();

  add(item: CheckItem): void {
    const index = this.schools.length;
    let dihitung = true;
    if (item.ok) {
      const codes = new Set(item.assessment.peringatan.map((w) => w.kode));
      const earlier = this.counted.get(item.sekolah.sekolah_id);
      if (codes.has('SEKOLAH_GANDA_DILEWATI')) dihitung = false;
      else if (earlier !== undefined && codes.has('SEKOLAH_GANDA_DIPAKAI')) (this.schools[earlier] as SchoolRow).dihitung = false;
      if (dihitung) this.counted.set(item.sekolah.sekolah_id, index);
    }
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
        langkah: [t('check.next.unreadable')],
        dihitung,
      });
      return;
    }
    const a = item.assessment;
    const s = item.sekolah;
    const first = a.masalah[0];
    const dibuat = item.container ? DateTime.fromISO(item.container.dibuat, { setZone: true }) : undefined;
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
      langkah: nextSteps(a, item.berkas, item.container !== undefined ? 'wadah' : (item.masukan ?? 'ekspor')),
      dihitung,
      ...(dibuat?.isValid ? { dibuat: wibWallClock(dibuat) } : {}),
    });
    const add = (kind: FindingRow['jenisTemuan'], f: Problem | Warning, pesan: string) =>
      this.findings.push({
        sekolah: index,
        berkas: item.berkas,
        npsn: s.npsn,
        nama: s.nama,
        jenisTemuan: kind,
        kode: f.kode,
        jenis: f.jenis ? typeName(f.jenis) : '',
        ...(f.tingkat !== undefined ? { tingkat: f.tingkat } : {}),
        peran: f.peran ? roleName(f.peran) : '',
        idResponden: f.responden?.id ?? '',
        namaResponden: f.responden?.nama ?? '',
        pesan,
      });
    for (const p of a.masalah) add('masalah', p, describeProblem(p));
    for (const w of a.peringatan) add('peringatan', w, describeWarning(w));
  }

  /** The rows that count: one per school (and each unreadable file). */
  countedSchools(): SchoolRow[] {
    return this.schools.filter((r) => r.dihitung);
  }

  count(status: SchoolStatus): number {
    return this.countedSchools().filter((r) => r.status === status).length;
  }

  /** Readable schools per level or per kabupaten/kota: how many are ready, of how many. */
  by(key: 'bentuk' | 'kabupaten'): GroupCount[] {
    const counts = new Map<string, GroupCount>();
    for (const r of this.countedSchools()) {
      if (r.status === 'tidak_terbaca') continue;
      const nama = r[key] || t('rekap.unknown');
      const c = counts.get(nama) ?? { nama, siap: 0, total: 0 };
      c.total++;
      if (r.status === 'siap') c.siap++;
      counts.set(nama, c);
    }
    return [...counts.values()].sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0));
  }

  /** Per respondent type, how many schools miss it. */
  missingByType(): Array<{ jenis: RespondentType; sekolah: number }> {
    return RESPONDENT_TYPES.map((jenis) => ({ jenis, sekolah: this.countedSchools().filter((r) => r.jenis.some((j) => j.jenis === jenis && !j.ok)).length }));
  }
}

export function statusName(status: SchoolStatus): string {
  return t(`rekap.status.${status}` as MessageKey);
}
