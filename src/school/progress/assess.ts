// A progress sheet holds each respondent's completion, not their answers: the readiness
// rules run on it as on an export (./load.ts builds the school), and then say it in the
// sheet's terms. A respondent who is not complete "has not finished according to the
// sheet"; a sheet with no version cannot be ready; a rule the sheet cannot show (roles
// without a Peran column, grades without a Kelas column) is a warning naming the rule to
// verify by hand, never silently passed. Pure.
import type { Problem, SchoolAssessment, Warning } from '../../domain/readiness.js';
import type { ProgressFacts } from '../../io/load-input.js';
import { t } from '../../i18n/index.js';

export function adjustAssessment(a: SchoolAssessment, facts: ProgressFacts): SchoolAssessment {
  const masalah: Problem[] = [];
  const peringatan: Warning[] = [...a.peringatan];
  for (const p of a.masalah) {
    if (p.kode === 'RESPONDEN_BELUM_LENGKAP') {
      masalah.push({ ...p, kode: 'RESPONDEN_BELUM_SELESAI', detail: { keterangan: facts.keterangan[p.responden?.id ?? ''] ?? '' } });
    } else if (p.kode === 'VERSI_TIDAK_DIKENALI' && facts.tanpaVersi) {
      masalah.push({ ...p, kode: 'VERSI_TIDAK_DIKETAHUI', detail: { diwajibkan: a.versi.diwajibkan } });
    } else if (p.kode === 'RESPONDEN_KURANG' && p.jenis !== null && p.peran !== undefined && facts.tanpaPeran.includes(p.jenis)) {
      peringatan.push({
        kode: 'ATURAN_PERLU_DICEK',
        jenis: p.jenis,
        peran: p.peran,
        ...(p.tingkat !== undefined ? { tingkat: p.tingkat } : {}),
        detail: { apa: t('progress.what.peran'), dibutuhkan: p.detail.dibutuhkan ?? '' },
      });
    } else if (p.kode === 'RESPONDEN_KURANG' && p.jenis !== null && p.tingkat !== undefined && facts.tanpaKelas.includes(p.jenis)) {
      peringatan.push({
        kode: 'ATURAN_PERLU_DICEK',
        jenis: p.jenis,
        tingkat: p.tingkat,
        detail: { apa: t('progress.what.kelas'), dibutuhkan: p.detail.dibutuhkan ?? '' },
      });
    } else {
      masalah.push(p);
    }
  }
  const named = new Set(masalah.map((p) => p.jenis));
  return {
    ...a,
    siap: masalah.length === 0,
    jenis: a.jenis.map((j) => ({ ...j, ok: !named.has(j.jenis) })),
    masalah,
    peringatan,
  };
}
