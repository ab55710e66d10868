// Regression: a school `check` calls ready but no container may hold (a field longer
// than the manifest allows, or data whose canonical form passes the data cap) used to
// be written, fail its own verification and end as exit 4 "verification failed" naming
// a temporary file. pack now refuses it before writing: exit 3, naming the field.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOne } from '../../src/check/run.js';
import { CAPS } from '../../src/container/format.js';
import { defaultRuleset } from '../../src/domain/ruleset.js';
import { setLang } from '../../src/i18n/index.js';
import { runPack } from '../../src/pack/run.js';
import { FIXTURES, runCli } from '../helpers/cli.js';
import { InputGuard, tmp } from './support.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- edits of a parsed export */

const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const CREATED = DateTime.fromISO('2017-10-18T13:10:00+07:00');
const guard = new InputGuard();

beforeAll(() => setLang('id'));

function exportWith(label: string, edit: (school: any) => void, minified = false): string {
  const school = JSON.parse(readFileSync(READY, 'utf8'));
  edit(school);
  const file = path.join(tmp('limits'), `${label}.json`);
  writeFileSync(file, minified ? JSON.stringify(school) : JSON.stringify(school, null, 2));
  guard.add(file);
  return file;
}

describe('ready by check, but beyond what a container holds', () => {
  it.each([
    ['a 600-character school name', (s: any) => (s.sekolah.nama = `SD ${'X'.repeat(600)}`), 'sekolah.nama'],
    ['a 1000-character kabupaten', (s: any) => (s.sekolah.kabupaten_kota = 'K'.repeat(1000)), 'sekolah.kabupaten_kota'],
    ['a 300 000-character province (manifest past its 256 KiB cap)', (s: any) => (s.sekolah.provinsi = 'P'.repeat(300_000)), 'sekolah.provinsi'],
  ])('%s → exit 3 naming the field, nothing written', async (label, edit, field) => {
    const file = exportWith(label.replace(/\W+/g, '-'), edit);
    // Today the export format has no such limits, so check says ready; should the format
    // gain them, check refuses the file naming the field, and pack follows check.
    const check = await checkOne(file, defaultRuleset());
    if (check.ok) expect(check.assessment.siap).toBe(true);
    else expect(check.galat.pesan).toContain(field);
    const out = tmp('limits-out');
    const result = await runPack({ paths: [file], outDir: out, created: CREATED, force: false, ruleset: defaultRuleset() });
    expect(result.exitCode).toBe(3);
    expect(result.hasil[0]).toMatchObject({ status: 'galat', berkas: null, galat: { kode: check.ok ? 'TIDAK_MUAT_DI_WADAH' : check.galat.kode, exitCode: 3 } });
    expect(result.hasil[0]?.galat?.pesan).toContain(file);
    expect(result.hasil[0]?.galat?.pesan).toContain(field);
    expect(readdirSync(out)).toEqual([]);
    guard.verify();
  });

  it('a minified export under the 16 MiB input cap whose canonical (indented) form passes the 32 MiB data cap → exit 3', async () => {
    const file = exportWith(
      'pilihan-raksasa',
      (s) => {
        // 3.5 million one-character choices: about 14 MiB minified, over 50 MiB indented.
        const q = s.instrumen.pengawas.pertanyaan;
        q.push({ id: 'PW-999', wajib: false, pilihan: Array.from({ length: 3_500_000 }, () => '1') });
      },
      true,
    );
    const out = tmp('limits-big');
    const result = await runPack({ paths: [file], outDir: out, created: CREATED, force: false, ruleset: defaultRuleset() });
    expect(result.hasil[0]?.galat).toMatchObject({ kode: 'TERLALU_BESAR_UNTUK_WADAH', exitCode: 3 });
    expect(result.hasil[0]?.galat?.pesan).toContain(`${(CAPS.dataBytes / 2 ** 20).toFixed(1)} MiB`);
    expect(readdirSync(out)).toEqual([]);
    guard.release(file);
    rmSync(path.dirname(file), { recursive: true, force: true });
  }, 30_000);

  it('through the CLI: exit 3, one clear line on stderr, no temporary file named', async () => {
    const file = exportWith('nama-panjang', (s) => (s.sekolah.nama = `SD ${'Y'.repeat(600)}`));
    const out = tmp('limits-cli');
    const r = await runCli(['pack', file, '--out', out, '--now', '2017-10-18 13:10']);
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toContain('sekolah.nama');
    expect(r.stdout + r.stderr).not.toContain('.pmp-tmp-');
    expect(readdirSync(out)).toEqual([]);
    guard.verify();
  });
});
