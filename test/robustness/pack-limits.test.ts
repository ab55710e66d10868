// Regression: a school `check` calls ready but no container may hold (a field longer
// than the manifest allows, or data whose canonical form passes the data cap) used to
// be written, fail its own verification and end as exit 4 "verification failed" naming
// a temporary file. pack now refuses it before writing: exit 3, naming the field.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOne } from '../../src/school/check.js';
import { canonicalJsonBytes } from '../../src/container/canonical.js';
import { CAPS } from '../../src/container/format.js';
import { loadExportFile } from '../../src/io/load-input.js';
import { MAX_EXPORT_BYTES } from '../../src/io/read-text.js';
import { defaultRuleset } from '../../src/domain/builtin-ruleset.js';
import { setLang } from '../../src/i18n/index.js';
import { runPack } from '../../src/commands/pack/run.js';
import { FIXTURES, runCli } from '../helpers/cli.js';
import { InputGuard, tmp } from '../helpers/robustness.js';

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
    const check = await checkOne(file, { ruleset: defaultRuleset() });
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

  it('ready means packable: the most a valid export grows when made canonical stays within the data cap, at the input cap', async () => {
    // The one growth the format allows: a question written `{"id":"a"}` gains
    // `,"wajib":true`. Minified, many of them, as short as unique ids allow.
    const file = exportWith(
      'pertanyaan-minimal',
      (s) => {
        for (let i = 0; i < 40_000; i++) s.instrumen.pengawas.pertanyaan.push({ id: i.toString(36) });
      },
      true,
    );
    const loaded = await loadExportFile(file);
    const ratio = canonicalJsonBytes(loaded.data).length / statSync(file).size;
    expect(ratio).toBeGreaterThan(1.5);
    expect(ratio).toBeLessThanOrEqual(2.2);
    // So every export check accepts (at most MAX_EXPORT_BYTES) fits the container's data cap.
    expect(CAPS.dataBytes).toBeGreaterThanOrEqual(2.2 * MAX_EXPORT_BYTES);
    guard.verify();
  });

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
