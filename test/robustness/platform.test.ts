// Platforms and file systems as operators meet them: paths through symbolic links (to a
// file, to a folder, broken, looping), files and folders without read permission (the
// CLI run as an unprivileged user, since root ignores permissions), names with spaces
// and non-ASCII characters, and the Windows encodings packed into identical containers.
// Every command's inputs keep their SHA-256.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/cli.js';
import { InputGuard, NOBODY, RUNNING_AS_ROOT, STACK, runCliAs, tmp } from '../helpers/robustness.js';

const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const NOT_READY = path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json');
const NOW = '2017-10-18 13:10';
const guard = new InputGuard();

interface CheckDoc {
  ringkasan: { jumlah: number; siap: number; belum_siap: number; tidak_terbaca: number };
  hasil: Array<{ berkas: string; siap: boolean; galat: { kode: string; pesan: string } | null }>;
}

beforeAll(() => {
  guard.add(READY, NOT_READY);
});

afterAll(() => {
  guard.verify();
});

/** A folder everyone may enter (mkdtemp makes it private to root). */
function openDir(label: string): string {
  const dir = tmp(label);
  chmodSync(dir, 0o755);
  return dir;
}

async function packInto(out: string, input = READY): Promise<string> {
  const r = await runCli(['pack', input, '--out', out, '--now', NOW]);
  expect(r.code, r.stderr).toBe(0);
  const name = readdirSync(out).find((f) => f.endsWith('.pmp'));
  return path.join(out, name as string);
}

describe('symbolic links', () => {
  let base: string;
  let data: string;
  let mixed: string;

  beforeAll(() => {
    base = openDir('links');
    data = path.join(base, 'data');
    mixed = path.join(base, 'campur');
    mkdirSync(data);
    mkdirSync(mixed);
    copyFileSync(READY, path.join(data, 'a.json'));
    copyFileSync(NOT_READY, path.join(data, 'b.json'));
    copyFileSync(READY, path.join(mixed, 'c.json'));
    symlinkSync(path.join(data, 'a.json'), path.join(base, 'tautan.json'));
    symlinkSync(data, path.join(base, 'tautan-folder'));
    symlinkSync('../data/a.json', path.join(mixed, 'd.json'));
    symlinkSync('tidak-ada.json', path.join(mixed, 'putus.json'));
    // A loop (a link to its own parent) and a link to another folder: never walked.
    symlinkSync('..', path.join(mixed, 'putaran'));
    symlinkSync('../data', path.join(mixed, 'data-lain'));
    guard.add(path.join(data, 'a.json'), path.join(data, 'b.json'), path.join(mixed, 'c.json'));
  });

  it('a link to a file, given directly, is checked as the file', async () => {
    const link = path.join(base, 'tautan.json');
    const r = await runCli(['check', link]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(link);
    expect(r.stdout).toContain('SIAP KIRIM');
    guard.verify();
  });

  it('a link to a folder, given directly, is walked; a path through it works', async () => {
    const viaLink = path.join(base, 'tautan-folder');
    const r = await runCli(['check', viaLink, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as CheckDoc;
    expect(doc.hasil.map((h) => h.berkas)).toEqual([path.join(viaLink, 'a.json'), path.join(viaLink, 'b.json')]);
    const through = await runCli(['check', path.join(viaLink, 'a.json')]);
    expect(through.code).toBe(0);
    guard.verify();
  });

  it('inside a walked folder: a link to a file is checked, a broken one reported, folder links and loops not followed', async () => {
    const r = await runCli(['check', mixed, '--json']);
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout) as CheckDoc;
    expect(doc.hasil.map((h) => [path.basename(h.berkas), h.siap, h.galat?.kode ?? null])).toEqual([
      ['c.json', true, null],
      ['d.json', true, null],
      ['putus.json', false, 'BERKAS_TIDAK_ADA'],
    ]);
    expect(doc.hasil[2]?.galat?.pesan).toContain(path.join(mixed, 'putus.json'));
    guard.verify();
  });

  it('pack reads through a folder link and writes through an output-folder link; the container checks ready', async () => {
    const realOut = openDir('links-out');
    const outLink = path.join(base, 'kirim');
    symlinkSync(realOut, outLink);
    const r = await runCli(['pack', path.join(base, 'tautan-folder', 'a.json'), '--out', outLink, '--now', NOW]);
    expect(r.code).toBe(0);
    const [name] = readdirSync(realOut);
    expect(name).toMatch(/\.pmp$/);
    // A link to the container under its own name, in another folder, is the container.
    const elsewhere = openDir('links-pmp');
    symlinkSync(path.join(realOut, name as string), path.join(elsewhere, name as string));
    guard.add(path.join(realOut, name as string));
    const check = await runCli(['check', path.join(elsewhere, name as string)]);
    expect(check.code).toBe(0);
    const eta = await runCli(['eta', path.join(elsewhere, name as string), '--now', NOW, '--json']);
    expect(eta.code).toBe(0);
    expect(JSON.parse(eta.stdout).sumber_waktu).toBe('manifest');
    guard.verify();
  });
});

describe('names with spaces and non-ASCII characters', () => {
  it('pack, check and eta on "SD Negeri 1 Ñusa é (salinan).json" into "kirim ke dinas ü"', async () => {
    const base = openDir('names');
    const input = path.join(base, 'Data Sekolah é', 'SD Negeri 1 Ñusa é (salinan).json');
    mkdirSync(path.dirname(input));
    copyFileSync(READY, input);
    guard.add(input);
    const out = path.join(base, 'kirim ke dinas ü');
    mkdirSync(out);
    const pack = await runCli(['pack', input, '--out', out, '--now', NOW, '--json']);
    expect(pack.code).toBe(0);
    const item = JSON.parse(pack.stdout).hasil[0];
    expect(item.sumber).toBe(input);
    expect(path.dirname(item.berkas)).toBe(out);
    guard.add(item.berkas);
    const check = await runCli(['check', out]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(item.berkas);
    const eta = await runCli(['eta', item.berkas, '--now', NOW]);
    expect(eta.code).toBe(0);
    expect(eta.stdout).toContain(path.basename(item.berkas));
    guard.verify();
  });
});

describe('Windows encodings', () => {
  it('UTF-8 with BOM and CRLF, UTF-16 LE and BE: the very same container as the plain UTF-8 export', async () => {
    const reference = readFileSync(await packInto(openDir('enc-ref')));
    for (const name of ['utf8-bom-crlf', 'utf16le-bom', 'utf16be-bom']) {
      const input = path.join(FIXTURES, 'encoding', `${name}.json`);
      guard.add(input);
      const packed = readFileSync(await packInto(openDir('enc'), input));
      expect(packed.equals(reference), name).toBe(true);
    }
    guard.verify();
  });
});

describe('files without read permission', () => {
  // Root reads everything; the CLI is run as an unprivileged user instead. Where that is
  // impossible, the test says so and checks what root does see.
  const dropTo = RUNNING_AS_ROOT ? NOBODY : undefined;
  const canDrop = dropTo === undefined || spawnSync(process.execPath, ['-e', '0'], { uid: NOBODY, gid: NOBODY, cwd: '/' }).status === 0;
  let base: string;
  let batch: string;

  beforeAll(() => {
    if (!canDrop) console.info('[permissions] cannot run as an unprivileged user here: checking root’s view only');
    base = openDir('perm');
    batch = path.join(base, 'kabupaten');
    mkdirSync(batch, { mode: 0o755 });
    copyFileSync(READY, path.join(batch, '1-terbaca.json'));
    copyFileSync(READY, path.join(batch, '2-rahasia.json'));
    mkdirSync(path.join(batch, '3-terkunci'));
    copyFileSync(READY, path.join(batch, '3-terkunci', 'x.json'));
    copyFileSync(READY, path.join(batch, '4-terbaca.json'));
    chmodSync(path.join(batch, '1-terbaca.json'), 0o644);
    chmodSync(path.join(batch, '4-terbaca.json'), 0o644);
    chmodSync(path.join(batch, '2-rahasia.json'), 0o000);
    chmodSync(path.join(batch, '3-terkunci'), 0o000);
    guard.add(path.join(batch, '1-terbaca.json'), path.join(batch, '2-rahasia.json'), path.join(batch, '3-terkunci', 'x.json'));
  });

  const run = (args: string[]) => runCliAs(args, { uid: canDrop ? dropTo : undefined, cwd: base });

  it('check on a folder: the unreadable file and folder are reported, the batch goes on (exit 3)', async () => {
    const r = await run(['check', batch, '--json']);
    const doc = JSON.parse(r.stdout) as CheckDoc;
    if (!canDrop) {
      expect(r.code).toBe(0);
      // Four copies of one school: counted once (one school is one school).
      expect(doc.ringkasan.siap).toBe(1);
      expect(doc.hasil).toHaveLength(4);
      return;
    }
    expect(r.code).toBe(3);
    expect(doc.hasil.map((h) => [path.relative(batch, h.berkas), h.galat?.kode ?? 'siap'])).toEqual([
      ['1-terbaca.json', 'siap'],
      ['2-rahasia.json', 'BERKAS_TIDAK_TERBACA'],
      ['3-terkunci', 'BERKAS_TIDAK_TERBACA'],
      ['4-terbaca.json', 'siap'],
    ]);
    expect(doc.hasil[1]?.galat?.pesan).toContain(path.join(batch, '2-rahasia.json'));
    expect(doc.hasil[1]?.galat?.pesan).toMatch(/izin/);
    guard.verify();
  });

  it('check on the unreadable file alone: one line naming it, exit 3, no stack trace', async () => {
    const file = path.join(batch, '2-rahasia.json');
    const r = await run(['check', file]);
    if (!canDrop) return expect(r.code).toBe(0);
    expect(r.code).toBe(3);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).not.toMatch(STACK);
    guard.verify();
  });

  it('an unreadable .pmp: exit 3 naming it (check and eta)', async () => {
    const out = openDir('perm-pmp');
    const file = await packInto(out);
    chmodSync(file, 0o000);
    guard.add(file);
    const check = await run(['check', file]);
    const eta = await run(['eta', file, '--now', NOW]);
    if (!canDrop) return expect([check.code, eta.code]).toEqual([0, 0]);
    expect(check.code).toBe(3);
    expect(check.stderr).toContain(file);
    expect(eta.code).toBe(3);
    expect(eta.stderr).toContain(file);
    expect(check.stderr + eta.stderr).not.toMatch(STACK);
    guard.verify();
  });

  it('pack: the readable schools are packed, the unreadable reported (exit 3); a read-only output folder is exit 4 with nothing written', async () => {
    const out = openDir('perm-out');
    chmodSync(out, 0o777);
    const r = await run(['pack', batch, '--out', out, '--now', NOW, '--json']);
    const doc = JSON.parse(r.stdout) as { hasil: Array<{ status: string; galat: { kode: string } | null }> };
    if (!canDrop) {
      expect(r.code).toBe(0);
      return;
    }
    expect(r.code).toBe(3);
    expect(doc.hasil.map((h) => h.galat?.kode ?? h.status)).toEqual(['dibuat', 'BERKAS_TIDAK_TERBACA', 'BERKAS_TIDAK_TERBACA', 'sudah_ada']);
    expect(readdirSync(out).filter((f) => f.endsWith('.pmp'))).toHaveLength(1);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);

    const readOnly = openDir('perm-ro');
    chmodSync(readOnly, 0o555);
    const refused = await run(['pack', path.join(batch, '1-terbaca.json'), '--out', readOnly, '--now', NOW, '--json']);
    expect(refused.code).toBe(4);
    expect(JSON.parse(refused.stdout).galat.kode).toBe('FOLDER_TUJUAN_TIDAK_BISA_DITULIS');
    expect(readdirSync(readOnly)).toEqual([]);
    guard.verify();
  });

  it('eta --ics into a read-only folder: exit 4, one line, nothing left there', async () => {
    const readOnly = openDir('perm-ics');
    chmodSync(readOnly, 0o555);
    const file = path.join(readOnly, 'pengingat.ics');
    const r = await run(['eta', '--sent', '2017-10-19 08:00', '--now', '2017-10-19 09:00', '--ics', file]);
    if (!canDrop) return expect(r.code).toBe(0);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(readdirSync(readOnly)).toEqual([]);
  });
});

describe('times far from any PMP round (regression: --ics once failed with exit 3 "2 errors occurred", or wrote a year-10000 date)', () => {
  it.each([
    ['--sent', '1800-01-01 00:00'],
    ['--now', '1969-12-31 23:00'],
    ['--sent', '9999-12-31 23:00'],
  ])('eta %s %s: exit 2 naming the accepted range, with or without --ics; no file written', async (option, value) => {
    const dir = openDir('ics-range');
    const file = path.join(dir, 'x.ics');
    const args = ['eta', '--sent', '2017-10-19 08:00', '--now', '2017-10-19 09:00', '--ics', file];
    args[args.indexOf(option) + 1] = value;
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2000 sampai 2100/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
    const plain = await runCli(args.slice(0, -2));
    expect(plain.code).toBe(2);
  });
});

describe('a folder holding other things', () => {
  it('empty, huge-named and dot files beside exports do not disturb a batch', async () => {
    const dir = openDir('odd');
    copyFileSync(READY, path.join(dir, 'a.json'));
    writeFileSync(path.join(dir, '.tersembunyi.json'), 'not read');
    writeFileSync(path.join(dir, `${'n'.repeat(240)}.json`), '');
    writeFileSync(path.join(dir, 'catatan.txt'), 'not an export');
    guard.addTree(dir);
    const r = await runCli(['check', dir, '--json']);
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout) as CheckDoc;
    expect(doc.hasil.map((h) => h.galat?.kode ?? 'siap')).toEqual(['siap', 'BERKAS_KOSONG']);
    guard.verify();
  });
});
