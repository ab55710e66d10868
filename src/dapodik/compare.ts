// `check --roster SOURCE`: the export's respondents against the school's roster in
// Dapodik. A principal or teacher whose id is not a GTK's, a student whose id is not a
// student's, or whose grade differs from Dapodik's, is a warning with the name. The
// committee and the supervisor are not in Dapodik and are not compared.
import type { Warning } from '../domain/readiness.js';
import type { RespondentBrief, SchoolIdentity } from '../school/check.js';
import { loadRoster, serverSource, type LoadedRoster } from './source.js';
import type { SchoolLevel } from '../domain/respondent-types.js';

export interface RosterIndex {
  sekolah_id: string;
  /** The school's level (for a progress sheet that does not say it). */
  bentuk: SchoolLevel;
  npsn: string;
  alamat: string;
  staff: ReadonlySet<string>;
  students: ReadonlyMap<string, number | null>;
}

export function indexRoster(roster: LoadedRoster & { level: SchoolLevel }): RosterIndex {
  const s = roster.answers.getSekolah;
  return {
    sekolah_id: s.sekolah_id.toLowerCase(),
    bentuk: roster.level,
    npsn: s.npsn,
    alamat: roster.alamat,
    staff: new Set(roster.answers.getGtk.map((g) => g.ptk_id.toLowerCase())),
    students: new Map(roster.answers.getPesertaDidik.map((p) => [p.peserta_didik_id.toLowerCase(), p.tingkat_pendidikan_id])),
  };
}

export function compareWithRoster(sekolah: SchoolIdentity, respondents: readonly RespondentBrief[], index: RosterIndex): Warning[] {
  const sumber = index.alamat;
  if (index.npsn !== sekolah.npsn && index.sekolah_id !== sekolah.sekolah_id.toLowerCase()) {
    return [{ kode: 'DAPODIK_SEKOLAH_LAIN', jenis: null, detail: { sumber, npsn: index.npsn } }];
  }
  const warnings: Warning[] = [];
  for (const r of respondents) {
    const ref = r.nama !== undefined ? { id: r.id, nama: r.nama } : { id: r.id };
    const id = r.id.toLowerCase();
    if (r.jenis === 'kepala_sekolah' || r.jenis === 'pendidik') {
      if (!index.staff.has(id)) warnings.push({ kode: 'TIDAK_ADA_DI_DAPODIK', jenis: r.jenis, responden: ref, detail: { sumber } });
    } else if (r.jenis === 'peserta_didik') {
      const grade = index.students.get(id);
      if (grade === undefined) warnings.push({ kode: 'TIDAK_ADA_DI_DAPODIK', jenis: r.jenis, responden: ref, detail: { sumber } });
      else if (grade !== null && r.tingkat !== undefined && grade !== r.tingkat) {
        warnings.push({ kode: 'TINGKAT_BEDA_DAPODIK', jenis: r.jenis, responden: ref, detail: { tingkat: r.tingkat, dapodik: grade } });
      }
    }
  }
  return warnings;
}

/** The roster of an NPSN; `single` when the source is one school's saved answers. */
export type RosterLookup = ((npsn: string) => Promise<RosterIndex>) & { single?: RosterIndex };

/**
 * The roster each school is compared with. A folder is one school's saved answers, read
 * once; an address is asked once per NPSN (the token read before the batch starts).
 */
export async function openRosters(source: string, env: NodeJS.ProcessEnv, tokenFile: string | undefined): Promise<RosterLookup> {
  if (!/^https?:\/\//i.test(source.trim())) {
    const index = indexRoster(await loadRoster({ kind: 'folder', dir: source }));
    return Object.assign(() => Promise.resolve(index), { single: index });
  }
  const base = await serverSource({ address: source, npsn: '', env, tokenFile });
  const cache = new Map<string, Promise<RosterIndex>>();
  return (npsn) => {
    let pending = cache.get(npsn);
    if (!pending) {
      pending = loadRoster({ ...base, npsn }).then(indexRoster);
      cache.set(npsn, pending);
    }
    return pending;
  };
}
