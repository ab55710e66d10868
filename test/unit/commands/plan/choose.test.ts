// makePlan is pure: the four Dapodik answers and a ruleset in, a plan out.
import { describe, expect, it } from 'vitest';
import { makePlan } from '../../../../src/commands/plan/choose.js';
import type { Answers } from '../../../../src/dapodik/schema.js';
import { defaultRuleset } from '../../../../src/domain/builtin-ruleset.js';
import { makeRoster, type RosterOptions } from '../../../fixtures-gen/index.mjs';
import { rosterAnswers } from '../../../helpers/fake-dapodik.js';

const answersOf = (options: RosterOptions): Answers => rosterAnswers(makeRoster(options));
const plan = (options: RosterOptions) => makePlan(answersOf(options), options.level ?? 'SD', defaultRuleset());
const typePlan = (p: ReturnType<typeof plan>, jenis: string) => p.jenis.find((t) => t.jenis === jenis);

describe('makePlan', () => {
  it('a roster that can meet the rules: every type planned, nothing lacking', () => {
    const p = plan({ seed: 'cukup', level: 'SMP' });
    expect(p.aturan).toBe('pmp-2017');
    expect(p.dapat_dipenuhi).toBe(true);
    expect(p.jenis.map((t) => t.jenis)).toEqual(['kepala_sekolah', 'pendidik', 'peserta_didik', 'komite_sekolah', 'pengawas']);
    expect(typePlan(p, 'kepala_sekolah')?.dipilih).toHaveLength(1);
    for (const t of p.jenis) expect(t.masalah, t.jenis).toEqual([]);
  });

  it('the same roster gives the same plan; another school with the same people, another choice', () => {
    const options: RosterOptions = { seed: 'sama', level: 'SD', studentsPerRombel: 30 };
    expect(plan(options)).toEqual(plan(options));
    const ids = (p: ReturnType<typeof plan>) => typePlan(p, 'peserta_didik')?.dipilih.map((c) => c.id);
    const other = plan({ ...options, identity: { sekolah_id: '0f9a2c3e-1111-4222-8333-444455556666' } });
    expect(ids(other)).not.toEqual(ids(plan(options)));
  });

  it('never chooses a student without an NISN (the PMP application does not copy them), and says so when that leaves too few', () => {
    const answers = answersOf({ seed: 'nisn', level: 'SD', rombelsPerGrade: 1, studentsPerRombel: 12, withoutNisn: { 5: 12 } });
    const withNisn = new Set(answers.getPesertaDidik.filter((s) => s.nisn !== null).map((s) => s.peserta_didik_id));
    const students = makePlan(answers, 'SD', defaultRuleset()).jenis.find((t) => t.jenis === 'peserta_didik');
    expect(students?.dipilih.length).toBeGreaterThan(0);
    for (const c of students?.dipilih ?? []) expect(withNisn.has(c.id), c.id).toBe(true);
    expect(students?.per_tingkat?.find((g) => g.tingkat === 5)?.tanpa_nisn).toBe(12);
    expect(students?.masalah.map((m) => m.kode)).toContain('NISN_KURANG');
  });

  it('no principal, or two: a problem, and no principal chosen', () => {
    const none = typePlan(plan({ seed: 'tanpa', principals: 0 }), 'kepala_sekolah');
    expect(none?.masalah.map((m) => m.kode)).toEqual(['KEPALA_SEKOLAH_TIDAK_ADA']);
    expect(none?.dipilih).toEqual([]);
    const two = typePlan(plan({ seed: 'dua', principals: 2 }), 'kepala_sekolah');
    expect(two?.masalah.map((m) => m.kode)).toEqual(['KEPALA_SEKOLAH_GANDA']);
    expect(two?.dipilih).toEqual([]);
  });

  it('every chosen person says why', () => {
    for (const t of plan({ seed: 'alasan', level: 'SMA' }).jenis) for (const c of t.dipilih) expect(c.alasan, `${t.jenis} ${c.id}`).toBeTruthy();
  });
});
