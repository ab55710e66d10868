// `check --roster SOURCE`: the export's respondents against Dapodik's roster, the
// operator's path from `plan` to PMP and back: the export below is made of the people a
// plan chose, as the PMP application (which takes them from Dapodik) would hold them.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRoster, makeSchool, toJson, type Roster, type School } from '../fixtures-gen/index.mjs';
import { runCli } from '../helpers/cli.js';
import { startFakeDapodik, type FakeDapodik } from '../helpers/fake-dapodik.js';

const TOKEN = 'roster-token-5e6f7a8b';
const servers: FakeDapodik[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const tmp = () => mkdtempSync(path.join(tmpdir(), 'pmp-roster-check-'));

function saveRoster(roster: Roster): string {
  const dir = tmp();
  for (const [name, answer] of Object.entries(roster)) writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(answer));
  return dir;
}

interface Chosen {
  id: string;
  nama: string;
  tingkat?: number;
}

/** A ready SD export whose principal, teachers and students are the ones `plan` chose. */
async function exportFromPlan(roster: Roster, rosterDir: string): Promise<{ school: School; file: string }> {
  const plan = JSON.parse((await runCli(['plan', rosterDir, '--json'])).stdout) as { jenis: Array<{ jenis: string; dipilih: Chosen[] }> };
  const chosen = (jenis: string) => plan.jenis.find((j) => j.jenis === jenis)?.dipilih ?? [];
  const sekolah = roster.getSekolah.rows as { sekolah_id: string; npsn: string };
  const school = makeSchool({ seed: 'roster-check', level: 'SD', sizes: { teachers: 10, students: 15 } });
  school.sekolah.sekolah_id = sekolah.sekolah_id;
  school.sekolah.npsn = sekolah.npsn;
  const queues: Record<string, Chosen[]> = { kepala_sekolah: [...chosen('kepala_sekolah')], pendidik: [...chosen('pendidik')] };
  const students = [...chosen('peserta_didik')];
  for (const r of school.responden) {
    if (r.jenis === 'peserta_didik') {
      // The export's students are grades 4–6, five each, as the plan's are.
      const index = students.findIndex((s) => s.tingkat === r.tingkat);
      const [s] = students.splice(index, 1);
      if (s) Object.assign(r, { id: s.id, nama: s.nama });
    } else {
      const next = queues[r.jenis]?.shift();
      if (next) Object.assign(r, { id: next.id, nama: next.nama });
    }
  }
  const file = path.join(tmp(), 'sdn.json');
  writeFileSync(file, toJson(school));
  return { school, file };
}

describe('check --roster', () => {
  it('an export of the planned people agrees with Dapodik: no roster warnings', async () => {
    const roster = makeRoster({ seed: 'agree' });
    const dir = saveRoster(roster);
    const { file } = await exportFromPlan(roster, dir);
    const r = await runCli(['check', file, '--roster', dir, '--json']);
    expect(r.code).toBe(0);
    const item = JSON.parse(r.stdout).hasil[0];
    expect(item.siap).toBe(true);
    expect(item.peringatan.filter((w: { kode: string }) => w.kode.includes('DAPODIK'))).toEqual([]);
  });

  it('a respondent not in Dapodik, and a student in another grade: warnings with names, readiness unchanged', async () => {
    const roster = makeRoster({ seed: 'differ' });
    const dir = saveRoster(roster);
    const { school } = await exportFromPlan(roster, dir);
    const teacher = school.responden.find((r) => r.jenis === 'pendidik');
    if (teacher) Object.assign(teacher, { id: 'ptk-tidak-ada', nama: 'Guru Titipan' });
    const student = school.responden.find((r) => r.jenis === 'peserta_didik' && r.tingkat === 5);
    const dapodikGrade = 5;
    // Still grade 5 in the export's counts: swap with a grade-4 student of Dapodik.
    const grade4 = (roster.getPesertaDidik.rows as Array<{ peserta_didik_id: string; tingkat_pendidikan_id: string; nama: string }>).find(
      (s) => s.tingkat_pendidikan_id === '4' && !school.responden.some((r) => r.id === s.peserta_didik_id),
    );
    if (student && grade4) Object.assign(student, { id: grade4.peserta_didik_id, nama: grade4.nama });
    const file = path.join(tmp(), 'sdn.json');
    writeFileSync(file, toJson(school));
    const r = await runCli(['check', file, '--roster', dir, '--json']);
    expect(r.code).toBe(0);
    const warnings = JSON.parse(r.stdout).hasil[0].peringatan as Array<{ kode: string; responden?: { id: string; nama?: string }; pesan: string }>;
    expect(warnings).toContainEqual(expect.objectContaining({ kode: 'TIDAK_ADA_DI_DAPODIK', responden: { id: 'ptk-tidak-ada', nama: 'Guru Titipan' } }));
    const moved = warnings.find((w) => w.kode === 'TINGKAT_BEDA_DAPODIK');
    expect(moved?.responden?.nama).toBe(grade4?.nama);
    expect(moved?.pesan).toContain(`kelas ${dapodikGrade} di ekspor, kelas 4 di Dapodik`);
    const text = await runCli(['check', file, '--roster', dir]);
    expect(text.stdout).toContain('"Guru Titipan" (ptk-tidak-ada): tidak ada di Dapodik');
  });

  it('from the WebService: asked once per NPSN, token from DAPODIK_TOKEN', async () => {
    const roster = makeRoster({ seed: 'server' });
    const dir = saveRoster(roster);
    const { file } = await exportFromPlan(roster, dir);
    const server = await startFakeDapodik({ roster, token: TOKEN });
    servers.push(server);
    const copy = path.join(tmp(), 'salinan.json');
    copyFileSync(file, copy);
    const r = await runCli(['check', file, copy, '--roster', server.origin, '--json'], { env: { DAPODIK_TOKEN: TOKEN } });
    expect(r.code).toBe(0);
    expect(server.requests.filter((q) => q.endpoint === 'getSekolah')).toHaveLength(1);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
    const noToken = await runCli(['check', file, '--roster', server.origin], { env: {} });
    expect(noToken.code).toBe(2);
  });

  it("another school's roster: one warning, not compared", async () => {
    const roster = makeRoster({ seed: 'mine' });
    const { file } = await exportFromPlan(roster, saveRoster(roster));
    const other = saveRoster(makeRoster({ seed: 'theirs' }));
    const r = await runCli(['check', file, '--roster', other, '--json']);
    const warnings = JSON.parse(r.stdout).hasil[0].peringatan as Array<{ kode: string }>;
    expect(warnings.filter((w) => w.kode === 'DAPODIK_SEKOLAH_LAIN')).toHaveLength(1);
    expect(warnings.filter((w) => w.kode === 'TIDAK_ADA_DI_DAPODIK')).toHaveLength(0);
  });
});
