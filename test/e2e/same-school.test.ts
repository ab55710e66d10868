// One school is one school: an old export and a re-export, or an export and the
// container made from it, are counted once by check and its district views, and pack
// keeps one container per school in --out (the newer data; the older file moves to
// lama/, never deleted).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, hashFiles, runCli } from '../helpers/cli.js';

const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const NOT_READY = path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json');
const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-same-${label}-`));

/* eslint-disable @typescript-eslint/no-explicit-any -- edits of a parsed export */
function exportOf(dir: string, name: string, edit: (school: any) => void, from = READY): string {
  const school = JSON.parse(readFileSync(from, 'utf8'));
  edit(school);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(school, null, 2));
  return file;
}

/** The demo SD exported at `when`, its name changed so the two files differ. */
const sdAt = (dir: string, name: string, when: string) =>
  exportOf(dir, name, (s) => {
    s.diekspor = when;
    s.sekolah.nama = `SD NEGERI 1 CONTOH (${name})`;
  });

interface CheckDoc {
  ringkasan: { jumlah: number; siap: number; belum_siap: number };
  hasil: Array<{ berkas: string; peringatan?: Array<{ kode: string; pesan: string }> }>;
}

async function checkJson(...args: string[]): Promise<{ code: number | null; doc: CheckDoc }> {
  const r = await runCli(['check', ...args, '--json']);
  return { code: r.code, doc: JSON.parse(r.stdout) as CheckDoc };
}

describe('check: a school is counted once', () => {
  it('an old export and a re-export: counted once, by the newer; the other named', async () => {
    const dir = tmp('check');
    const old = sdAt(dir, 'a-lama.json', '2017-10-10T08:00:00+07:00');
    const fresh = sdAt(dir, 'b-baru.json', '2017-10-18T08:00:00+07:00');
    const { code, doc } = await checkJson(dir);
    expect(code).toBe(0);
    expect(doc.ringkasan).toMatchObject({ siap: 1, belum_siap: 0 });
    const later = doc.hasil.find((h) => h.berkas === fresh);
    expect(later?.peringatan?.map((w) => w.kode)).toContain('SEKOLAH_GANDA_DIPAKAI');
    expect(later?.peringatan?.find((w) => w.kode === 'SEKOLAH_GANDA_DIPAKAI')?.pesan).toContain(old);
  });

  it('the later file with older data is passed over: a not-ready old export does not make the school not ready', async () => {
    const dir = tmp('check-old-last');
    sdAt(dir, 'a-baru.json', '2017-10-18T08:00:00+07:00');
    const stale = exportOf(dir, 'b-lama.json', (s) => {
      s.diekspor = '2017-10-01T08:00:00+07:00';
      s.aplikasi.versi = '2.1';
    });
    const { code, doc } = await checkJson(dir);
    expect(code).toBe(0);
    expect(doc.ringkasan).toMatchObject({ siap: 1, belum_siap: 0 });
    expect(doc.hasil.find((h) => h.berkas === stale)?.peringatan?.map((w) => w.kode)).toContain('SEKOLAH_GANDA_DILEWATI');
    // The text summary lists no school as not ready either.
    const text = await runCli(['check', dir, '--summary']);
    expect(text.stdout).toMatch(/Siap kirim\s+1/);
    expect(text.stdout).toMatch(/Belum siap\s+0/);
  });

  it('check DISTRICT after pack --out DISTRICT/kirim: every school counted once, recap and report too', async () => {
    const dir = tmp('district');
    exportOf(dir, 'sd.json', () => {});
    exportOf(dir, 'smp.json', () => {}, NOT_READY);
    expect((await runCli(['pack', dir, '--out', path.join(dir, 'kirim'), '--now', '18/10/2017 13.10'])).code).toBe(1);
    const { doc } = await checkJson(dir);
    expect(doc.hasil).toHaveLength(3);
    expect(doc.ringkasan).toMatchObject({ siap: 1, belum_siap: 1 });
    const out = tmp('district-views');
    const html = path.join(out, 'laporan.html');
    expect((await runCli(['check', dir, '--html', html, '--xlsx', path.join(out, 'rekap.xlsx')])).code).toBe(1);
    // The page's tiles: 1 ready, 1 not ready (of 2 schools, not 3 files).
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<div class="tile ok"><b>1</b>');
    expect(page).toContain('<div class="tile bad"><b>1</b>');
    expect(page).toMatch(/50\s?%/);
  });
});

describe('pack: one container per school in --out', () => {
  it('two exports of one school in a batch: the newer is packed, the older named as left out', async () => {
    const dir = tmp('pack');
    const out = tmp('pack-out');
    const fresh = sdAt(dir, 'a-baru.json', '2017-10-18T08:00:00+07:00');
    const old = sdAt(dir, 'b-lama.json', '2017-10-10T08:00:00+07:00');
    const r = await runCli(['pack', dir, '--out', out, '--now', '18/10/2017 13.10', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { hasil: Array<{ sumber: string; status: string; berkas: string | null; lebih_baru?: string }> };
    expect(doc.hasil.find((h) => h.sumber === fresh)?.status).toBe('dibuat');
    const left = doc.hasil.find((h) => h.sumber === old);
    expect(left).toMatchObject({ status: 'dilewati' });
    expect(left?.lebih_baru).toBe(doc.hasil.find((h) => h.sumber === fresh)?.berkas);
    expect(readdirSync(out).filter((n) => n.endsWith('.pmp'))).toHaveLength(1);
    const text = await runCli(['pack', old, '--out', tmp('pack-text'), '--now', '18/10/2017 13.10']);
    expect(text.code).toBe(0);
  });

  it('a re-export packed into a kirim/ that holds the older container: one container, the old one moved to lama/', async () => {
    const dir = tmp('repack');
    const out = path.join(tmp('repack-out'), 'kirim');
    const old = sdAt(dir, 'lama.json', '2017-10-10T08:00:00+07:00');
    expect((await runCli(['pack', old, '--out', out, '--now', '10/10/2017 09.00'])).code).toBe(0);
    const [first] = readdirSync(out);
    const before = hashFiles([path.join(out, first as string)]);
    const fresh = sdAt(dir, 'baru.json', '2017-10-18T08:00:00+07:00');
    const r = await runCli(['pack', fresh, '--out', out, '--now', '18/10/2017 13.10', '--json']);
    expect(r.code).toBe(0);
    const [item] = (JSON.parse(r.stdout) as { hasil: Array<{ status: string; dipindah?: Array<{ dari: string; ke: string }> }> }).hasil;
    expect(item?.status).toBe('dibuat');
    expect(item?.dipindah).toEqual([{ dari: path.join(out, first as string), ke: path.join(out, 'lama', first as string) }]);
    expect(readdirSync(out).filter((n) => n.endsWith('.pmp'))).toHaveLength(1);
    expect(hashFiles([path.join(out, 'lama', first as string)])[path.join(out, 'lama', first as string)]).toBe(before[path.join(out, first as string)]);
    // Packing the old export again changes nothing: the newer container stays.
    const again = await runCli(['pack', old, '--out', out, '--now', '18/10/2017 14.00', '--json']);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { hasil: Array<{ status: string }> }).hasil[0]?.status).toBe('dilewati');
    expect(readdirSync(out).sort()).toEqual([...readdirSync(out).filter((n) => n.endsWith('.pmp')), 'lama'].sort());
    expect(readdirSync(path.join(out, 'lama'))).toEqual([first]);
  });

  it('a rerun of the same export is still "already there", with no lama/', async () => {
    const out = tmp('rerun');
    mkdirSync(out, { recursive: true });
    expect((await runCli(['pack', READY, '--out', out, '--now', '18/10/2017 13.10'])).code).toBe(0);
    const r = await runCli(['pack', READY, '--out', out, '--now', '18/10/2017 15.00', '--json']);
    expect((JSON.parse(r.stdout) as { hasil: Array<{ status: string }> }).hasil[0]?.status).toBe('sudah_ada');
    expect(readdirSync(out)).toHaveLength(1);
  });
});
