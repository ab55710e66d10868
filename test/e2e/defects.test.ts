// Defects operators met on real terminals, files and batches, each pinned by a test that
// failed before its fix, grouped by what the operator saw.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTerminal } from '../../src/output/terminal.js';
import { startProgress } from '../../src/output/progress.js';
import { BIN, childEnv, FIXTURES, ROOT, runCli } from '../helpers/cli.js';

const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const NOT_READY = path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json');
const DISTRICT = path.join(FIXTURES, 'kabupaten-contoh');
const NOW = '18/10/2017 13.10';
const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);

const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-defect-${label}-`));

/* eslint-disable @typescript-eslint/no-explicit-any -- edits of a parsed export */
function exportWith(dir: string, name: string, edit: (school: any) => void): string {
  const school = JSON.parse(readFileSync(READY, 'utf8'));
  edit(school);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(school, null, 2));
  return file;
}

/** A school with its own ids: the demo SD under another sekolah_id and NPSN. */
function otherSchool(dir: string, n: number): string {
  return exportWith(dir, `sekolah-${n}.json`, (s) => {
    s.sekolah.sekolah_id = `0000000${n}-1111-4222-8333-444444444444`;
    s.sekolah.npsn = `2021234${n}`;
    s.sekolah.nama = `SD NEGERI ${n} CONTOH`;
  });
}

/** A stream that says it is a terminal of `columns` columns and records what is drawn. */
function ttyStream(columns: number | undefined) {
  const written: string[] = [];
  const stream = {
    isTTY: true,
    columns,
    write: (chunk: string) => {
      written.push(String(chunk));
      return true;
    },
    on: () => stream,
    once: () => stream,
    removeListener: () => stream,
    off: () => stream,
    cursorTo: () => true,
    moveCursor: () => true,
    clearLine: () => true,
  };
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

/**
 * Runs `work` (an in-process command) while `signal` is delivered to this process's
 * handlers every few milliseconds: the command's own handler turns it into a clean stop.
 */
async function whileSignalled<T>(signal: 'SIGINT' | 'SIGTERM', work: () => Promise<T>): Promise<T> {
  // Nothing else here may be listening: the emit would reach it too.
  expect(process.listenerCount(signal)).toBe(0);
  const timer = setInterval(() => {
    if (process.listenerCount(signal) > 0) process.emit(signal);
  }, 2);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

describe('a terminal that reports 0 columns', () => {
  for (const columns of [0, undefined]) {
    it(`draws no progress line at ${String(columns)} columns (ora divided by the width and spun forever)`, async () => {
      const { stream, written } = ttyStream(columns);
      const term = createTerminal({ env: { LANG: 'C.UTF-8' }, stdout: stream, stderr: stream });
      const progress = await startProgress(term, true, 'Memeriksa');
      progress.update('Memeriksa 1/2');
      progress.clear();
      progress.stop();
      expect(written.join('')).toBe('');
    });
  }

  it('draws one at 80 columns (the check above can fail)', async () => {
    const { stream, written } = ttyStream(80);
    const term = createTerminal({ env: { LANG: 'C.UTF-8' }, stdout: stream, stderr: stream });
    const progress = await startProgress(term, true, 'Memeriksa');
    progress.stop();
    expect(written.join('')).toContain('Memeriksa');
  });

  it('a real terminal of 0 columns: check and pack finish (script(1) gives them a tty)', () => {
    const out = tmp('cols0');
    for (const args of [`check ${DISTRICT} --summary`, `pack ${DISTRICT} --out ${out} --now "${NOW}"`]) {
      const r = spawnSync('script', ['-qec', `stty cols 0 rows 0; "${process.execPath}" "${BIN}" ${args}`, '/dev/null'], {
        env: { ...childEnv(), CI: undefined } as NodeJS.ProcessEnv,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.error, args).toBeUndefined();
      expect(r.status, args).toBe(1);
    }
  });

  it('an interrupt ends a batch with 130, and --json still prints one document of what was finished', async () => {
    const batch = tmp('sigint');
    for (let copy = 0; copy < 6; copy++) for (const name of readdirSync(DISTRICT)) copyFileSync(path.join(DISTRICT, name), path.join(batch, `${copy}-${name}`));
    // The signal arrives while the batch runs (the check loop yields between schools);
    // sent again and again until the command has set its handler.
    const r = await whileSignalled('SIGINT', () => runCli(['check', batch, '--json']));
    expect(r.code).toBe(130);
    const doc = JSON.parse(r.stdout);
    expect(doc.dihentikan).toBe(true);
    expect(doc.siap).toBe(false);
    // However many were finished when the signal landed, the document counts exactly those.
    expect(doc.hasil.length).toBeGreaterThan(0);
    expect(doc.hasil.length).toBeLessThanOrEqual(72);
    expect(doc.ringkasan.jumlah).toBe(doc.hasil.length);
    expect(r.stderr).toContain('dihentikan (SIGINT)');
  });

  it('pack: SIGTERM ends it with 143, one document, no temporary file, every container written is reported', async () => {
    const batch = tmp('sigterm');
    for (let n = 0; n < 9; n++) otherSchool(batch, n);
    const out = tmp('sigterm-out');
    const r = await whileSignalled('SIGTERM', () => runCli(['pack', batch, '--out', out, '--now', NOW, '--json']));
    expect(r.code).toBe(143);
    const doc = JSON.parse(r.stdout);
    expect(doc.dihentikan).toBe(true);
    const left = readdirSync(out);
    expect(left.filter((name) => !name.endsWith('.pmp'))).toEqual([]);
    expect(doc.hasil.map((h: { berkas: string }) => path.basename(h.berkas)).sort()).toEqual(left.sort());
  });
});

describe('calendar events of a batch', () => {
  it('each school and event has its own UID, the same on every run', async () => {
    const src = tmp('uid-src');
    const out = tmp('uid-out');
    for (let n = 1; n <= 3; n++) otherSchool(src, n);
    expect((await runCli(['pack', src, '--out', out, '--now', NOW])).code).toBe(0);
    const files = readdirSync(out).map((name) => path.join(out, name));
    expect(files).toHaveLength(3);
    const uids = async (ics: string) => {
      expect((await runCli(['eta', ...files, '--now', NOW, '--ics', ics])).code).toBe(0);
      return [...readFileSync(ics, 'utf8').matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
    };
    const first = await uids(path.join(out, 'a.ics'));
    // 3 schools x (visible, 2x24, 3x24) + the cut-off.
    expect(first).toHaveLength(10);
    expect(new Set(first).size).toBe(10);
    expect(first.filter((u) => u?.includes('00000001-1111-4222-8333-444444444444'))).toHaveLength(3);
    expect(await uids(path.join(out, 'b.ics'))).toEqual(first);
  });
});

describe('an interrupted batch, run again', () => {
  it('a container of identical data already there (any time stamp) is "sudah_ada"; one container per school', async () => {
    const out = tmp('resume');
    const first = await runCli(['pack', DISTRICT, '--out', out, '--now', NOW, '--json']);
    expect(first.code).toBe(1);
    const made = readdirSync(out).sort();
    expect(made).toHaveLength(9);
    const again = await runCli(['pack', DISTRICT, '--out', out, '--now', '19/10/2017 08.00', '--json']);
    expect(again.code).toBe(1);
    const doc = JSON.parse(again.stdout);
    expect(doc.hasil.filter((h: { status: string }) => h.status === 'sudah_ada')).toHaveLength(9);
    expect(doc.hasil.filter((h: { status: string }) => h.status === 'dibuat')).toHaveLength(0);
    expect(readdirSync(out).sort()).toEqual(made);
    // A damaged copy does not count: that school gets a fresh container.
    const victim = path.join(out, made[0] as string);
    writeFileSync(victim, readFileSync(victim).subarray(0, 100));
    const third = JSON.parse((await runCli(['pack', DISTRICT, '--out', out, '--now', '19/10/2017 09.00', '--json'])).stdout);
    expect(third.hasil.filter((h: { status: string }) => h.status === 'dibuat')).toHaveLength(1);
  });

  it('temporaries of a killed run are removed, saying so; one a live process owns is kept', async () => {
    const out = tmp('orphans');
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    const gone = spawnSync(process.execPath, ['-e', '0']).pid as number;
    const orphan = `.pmp-tmp-${host}-${gone}-0123456789ab-20171018131000_x_pmp_y.pmp.tmp`;
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    const owned = `.pmp-tmp-${host}-${live.pid}-0123456789ab-20171018131000_x_pmp_y.pmp.tmp`;
    const foreign = `.pmp-tmp-00000000-${gone}-0123456789ab-x.pmp.tmp`;
    for (const name of [orphan, owned, foreign]) writeFileSync(path.join(out, name), 'half');
    try {
      const r = await runCli(['pack', READY, '--out', out, '--now', NOW]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('menghapus 1 berkas sementara');
      expect(r.stderr).toContain(orphan);
      const left = readdirSync(out);
      expect(left).not.toContain(orphan);
      expect(left).toContain(owned);
      expect(left).toContain(foreign);
      const json = JSON.parse((await runCli(['pack', READY, '--out', out, '--now', NOW, '--json'])).stdout);
      expect(json.dibersihkan).toEqual([]);
    } finally {
      live.kill();
    }
  });
});

describe('advice after the cut-off', () => {
  it('now past the cut-off, nothing uploaded: contact the dinas / LPMP, never "upload before the cut-off"', async () => {
    for (const [lang, late, wrong] of [
      ['id', 'Hubungi dinas pendidikan / LPMP tentang pengiriman yang terlambat', 'sebelum batas waktu'],
      ['en', 'Contact the dinas / LPMP about the late submission', 'before the cut-off.'],
    ] as const) {
      const r = await runCli(['eta', '--now', '21/10/2017 10.00', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(late);
      expect(r.stdout).not.toContain(wrong);
    }
  });

  it('an upload after the cut-off is never "still normal"', async () => {
    const r = await runCli(['eta', '--sent', '21/10/2017 00.00', '--now', '21/10/2017 12.00']);
    expect(r.stdout).toContain('tentang pengiriman yang terlambat');
    expect(r.stdout).not.toContain('masih wajar');
    const json = JSON.parse((await runCli(['eta', '--sent', '21/10/2017 00.00', '--now', '21/10/2017 12.00', '--json'])).stdout);
    expect(json).toMatchObject({ tepat_waktu: false, tahap: 'menunggu_proses', langkah: 'terlambat' });
  });
});

describe('every input is counted once, and every skipped one is named', () => {
  it('a folder deeper than the walk and a link to a folder are named as skipped, in the summary and the JSON', async () => {
    const root = tmp('deep');
    let deep = root;
    for (let level = 0; level < 40; level++) deep = path.join(deep, `d${level}`);
    mkdirSync(deep, { recursive: true });
    copyFileSync(READY, path.join(deep, 'jauh.json'));
    copyFileSync(READY, path.join(root, 'dekat.json'));
    const elsewhere = tmp('linked');
    copyFileSync(NOT_READY, path.join(elsewhere, 'lain.json'));
    symlinkSync(elsewhere, path.join(root, 'tautan'));
    const r = await runCli(['check', root, '--summary']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Dilewati\s+2/);
    expect(r.stderr).toContain('Dilewati (2)');
    expect(r.stderr).toContain(path.join(root, 'tautan'));
    expect(r.stderr).toContain('d32');
    const doc = JSON.parse((await runCli(['check', root, '--json'])).stdout);
    expect(doc.ringkasan).toMatchObject({ jumlah: 1, dilewati: 2 });
    expect(doc.dilewati.map((s: { alasan: string }) => s.alasan).sort()).toEqual(['tautan_folder', 'terlalu_dalam']);
    // 32 levels are walked: a school 30 folders down is found.
    const shallow = tmp('shallow');
    let thirty = shallow;
    for (let level = 0; level < 30; level++) thirty = path.join(thirty, `d${level}`);
    mkdirSync(thirty, { recursive: true });
    copyFileSync(READY, path.join(thirty, 'x.json'));
    expect(JSON.parse((await runCli(['check', shallow, '--json'])).stdout).ringkasan).toMatchObject({ jumlah: 1, dilewati: 0 });
  });

  it('the same file given twice, or through a link, is checked once, and said so', async () => {
    const dir = tmp('twice');
    copyFileSync(READY, path.join(dir, 'sdn-1.json'));
    symlinkSync(path.join(dir, 'sdn-1.json'), path.join(dir, 'tautan.json'));
    const doc = JSON.parse((await runCli(['check', dir, path.join(dir, 'sdn-1.json'), '--json'])).stdout);
    expect(doc.ringkasan).toMatchObject({ jumlah: 1, siap: 1, dilewati: 2 });
    expect(doc.dilewati.every((s: { alasan: string; sama_dengan: string }) => s.alasan === 'ganda' && s.sama_dengan === path.join(dir, 'sdn-1.json'))).toBe(
      true,
    );
    const pack = JSON.parse((await runCli(['pack', dir, path.join(dir, 'sdn-1.json'), '--out', tmp('twice-out'), '--now', NOW, '--json'])).stdout);
    expect(pack.hasil).toHaveLength(1);
    expect(pack.dilewati).toHaveLength(2);
  });
});

describe('help, and one JSON document whatever happens', () => {
  it('help, help check, help eta exit 0 like --help', async () => {
    for (const args of [['help'], ['help', 'check'], ['help', 'eta'], ['help', 'pack'], ['--help']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toContain('pmp-offline');
    }
  });

  it('with --json: help, a usage error and an unknown command are each exactly one JSON document', async () => {
    const help = await runCli(['help', 'check', '--json']);
    expect(help.code).toBe(0);
    expect(JSON.parse(help.stdout)).toMatchObject({ format: 'pmp-offline/bantuan@1', bantuan: expect.stringContaining('--summary') });
    for (const args of [
      ['help', 'bogus', '--json'],
      ['check', '--json'],
      ['bogus', '--json'],
      ['check', 'x.json', '--jobs', '0', '--json'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(JSON.parse(r.stdout), args.join(' ')).toMatchObject({ format: 'pmp-offline/galat@1' });
    }
  });
});

describe('pack reports failures on stderr, apart from schools that are not ready', () => {
  it('stdout holds the containers made; the failure names its source and school', async () => {
    const src = tmp('fail-src');
    copyFileSync(READY, path.join(src, 'a.json'));
    copyFileSync(NOT_READY, path.join(src, 'b.json'));
    writeFileSync(path.join(src, 'c.json'), '{"format": ');
    const r = await runCli(['pack', src, '--out', tmp('fail-out'), '--now', NOW]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(path.join(src, 'c.json'));
    expect(r.stderr).toMatch(/JSON terpotong/);
    // Per school, stdout shows containers and reports; the failure is only in the summary.
    const summaryAt = r.stdout.indexOf('Ringkasan');
    expect(r.stdout.slice(0, summaryAt)).not.toMatch(/JSON terpotong/);
    const summary = r.stdout.slice(summaryAt);
    expect(summary).toContain('Belum siap (tidak dibungkus):');
    expect(summary).toContain('Gagal (tidak terbaca atau tidak tertulis):');
    expect(summary.indexOf(path.join(src, 'b.json'))).toBeLessThan(summary.indexOf('Gagal'));
    expect(summary.indexOf(path.join(src, 'c.json'))).toBeGreaterThan(summary.indexOf('Gagal'));
  });
});

describe('a student in a grade the level has but the survey leaves out', () => {
  it('is worded as the rule is, and is not counted as complete', async () => {
    const dir = tmp('grade');
    const file = exportWith(dir, 'kelas-3.json', (s) => {
      s.responden.find((r: any) => r.jenis === 'peserta_didik').tingkat = 3;
    });
    const r = await runCli(['check', file, '--json']);
    const item = JSON.parse(r.stdout).hasil[0];
    const problem = item.masalah.find((m: { kode: string }) => m.kode === 'TINGKAT_TIDAK_SESUAI');
    expect(problem.pesan).toContain('kelas 3 tidak disurvei di SD (hanya kelas 4, 5, 6)');
    expect(problem.pesan).not.toContain('tidak berlaku');
    const students = item.jenis.find((j: { jenis: string }) => j.jenis === 'peserta_didik');
    expect(students.lengkap).toBe(students.terdaftar - 1);
    const en = await runCli(['check', file, '--lang', 'en']);
    expect(en.stdout).toContain('grade 3 is not surveyed at SD (only grades 4, 5, 6)');
  });
});

describe('control characters from the data never reach the terminal', () => {
  it('a name with escape codes is shown with them made visible; a version with a newline is refused', async () => {
    const dir = tmp('ctrl');
    const evil = `Guru${ESC}]0;x${BEL}${ESC}[2J`;
    const file = exportWith(dir, 'nama.json', (s) => {
      const r = s.responden.find((x: any) => x.jenis === 'pendidik');
      r.nama = evil;
      r.jawaban = {};
      s.sekolah.nama = 'SD\nPALSU';
    });
    const r = await runCli(['check', file]);
    expect(r.stdout + r.stderr).not.toContain(ESC);
    expect(r.stdout + r.stderr).not.toContain(BEL);
    expect(r.stdout).toContain('Guru\\x1b]0;x\\x07\\x1b[2J');
    expect(r.stdout).toContain('SD\\nPALSU');
    const version = exportWith(dir, 'versi.json', (s) => (s.aplikasi.versi = '2.2\n'));
    const v = await runCli(['check', version]);
    expect(v.code).toBe(3);
    expect(v.stderr).toContain('aplikasi.versi');
    expect(v.stderr).toContain('karakter kendali');
    const id = exportWith(dir, 'id.json', (s) => (s.responden[0].id = `r-1${ESC}[2J`));
    const i = await runCli(['check', id, '--lang', 'en']);
    expect(i.code).toBe(3);
    expect(i.stderr).toContain('control characters');
    expect(i.stderr).not.toContain(ESC);
  });
});

describe('a language setting spelt slightly differently', () => {
  it('EN, en_US.UTF-8, en-US, id_ID are understood; an unknown value falls back to Indonesian with one warning', async () => {
    for (const value of ['EN', 'en_US.UTF-8', 'en-US', ' en ']) {
      const r = await runCli(['check', READY], { env: { PMP_OFFLINE_LANG: value } });
      expect(r.code, value).toBe(0);
      expect(r.stdout, value).toContain('READY TO SEND');
      expect(r.stderr, value).toBe('');
    }
    expect((await runCli(['check', READY], { env: { PMP_OFFLINE_LANG: 'id_ID' } })).stdout).toContain('SIAP KIRIM');
    const odd = await runCli(['check', READY], { env: { PMP_OFFLINE_LANG: 'klingon' } });
    expect(odd.code).toBe(0);
    expect(odd.stdout).toContain('SIAP KIRIM');
    expect(odd.stderr.trim().split('\n')).toHaveLength(1);
    expect(odd.stderr).toContain('PMP_OFFLINE_LANG="klingon"');
    expect((await runCli(['--version'], { env: { PMP_OFFLINE_LANG: 'EN' } })).code).toBe(0);
    expect((await runCli(['check', READY, '--lang', 'EN'])).stdout).toContain('READY TO SEND');
    expect((await runCli(['check', READY, '--lang', 'xx'])).code).toBe(2);
  });
});

describe('English output is English', () => {
  it("placeholders, commander's errors and grammar", async () => {
    const help = await runCli(['--help', '--lang', 'en']);
    for (const id of ['<jalur', '<berkas>', '<waktu>', '<zona>', '[perintah]', 'jalur']) expect(help.stdout).not.toContain(id);
    expect(help.stdout).toContain('help [command]');
    for (const command of ['check', 'pack', 'eta']) {
      const text = (await runCli([command, '--help', '--lang', 'en'])).stdout;
      for (const id of ['<jalur', '<berkas', '<waktu>', '<zona>', '<folder>'].slice(0, 4)) expect(text, command).not.toContain(id);
    }
    const missing = await runCli(['check', '--lang', 'en']);
    expect(missing.stderr).toContain('missing argument paths');
    const one = await runCli(['check', READY, '--summary', '--lang', 'en']);
    expect(one.stdout).toContain('Summary (1 file)');
    const short = await runCli(['check', NOT_READY, '--lang', 'en']);
    expect(short.stdout).not.toMatch(/Students "/);
    expect(short.stdout).toMatch(/Teacher "[^"]+" \(\S+\) has not finished/);
  });
});

describe('ASCII terminals', () => {
  it('the table lines up with [OK] and [X], and no Unicode punctuation is printed', async () => {
    const r = await runCli(['check', NOT_READY], { env: { LC_ALL: 'C', LANG: 'C' } });
    const rows = r.stdout.split('\n').filter((line) => /^\s+\[(OK|X)\]\s+(Kepala|Pendidik|Peserta|Komite|Pengawas)[a-z ]*\s+\d+\s+\d+\s+\d+$/.test(line));
    expect(rows.length).toBe(5);
    // Names start in one column and the right-aligned numbers end in one column.
    expect(new Set(rows.map((line) => line.search(/[A-Z][a-z]/))).size).toBe(1);
    expect(new Set(rows.map((line) => line.length)).size).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/[·…–—→•]/);
  });

  it('numbers read one way per language', async () => {
    const out = tmp('num');
    const id = await runCli(['pack', READY, '--out', out, '--now', NOW]);
    expect(id.stdout).toMatch(/\d+,\d KiB/);
    const en = await runCli(['pack', READY, '--out', tmp('num-en'), '--now', NOW, '--lang', 'en']);
    expect(en.stdout).toMatch(/\d+\.\d KiB/);
  });
});

describe('calendar lines are folded at 75 octets', () => {
  it('no line of a calendar with non-ASCII text is longer than 75 bytes, and unfolding gives the text back', async () => {
    const dir = tmp('fold');
    const name = path.join(dir, `${'Sekolah Dasar Ñusa Tenggara é ü '.repeat(3)}.pmp`);
    const src = tmp('fold-src');
    const made = await runCli(['pack', READY, '--out', src, '--now', NOW, '--json']);
    copyFileSync(JSON.parse(made.stdout).hasil[0].berkas, name);
    const ics = path.join(dir, 'x.ics');
    expect((await runCli(['eta', name, '--now', NOW, '--ics', ics])).code).toBe(0);
    const bytes = readFileSync(ics);
    const lines = bytes.toString('utf8').split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = bytes.toString('utf8').replace(/\r\n /g, '');
    expect(unfolded).toContain('Ñusa Tenggara é ü');
  });
});

describe('a container whose ZIP metadata was altered', () => {
  async function packed(now = NOW): Promise<Buffer> {
    const out = tmp('zipmeta');
    const r = await runCli(['pack', READY, '--out', out, '--now', now, '--json']);
    return readFileSync(JSON.parse(r.stdout).hasil[0].berkas);
  }
  async function checkBytes(bytes: Buffer, name: string) {
    const dir = tmp('zipmeta-check');
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return runCli(['check', file, '--json']);
  }

  it('a changed local-header time, central-directory time or end record is refused, naming the part', async () => {
    const good = await packed();
    const out = tmp('zipmeta-name');
    const name = JSON.parse((await runCli(['pack', READY, '--out', out, '--now', NOW, '--json'])).stdout).hasil[0].berkas;
    const base = path.basename(name);
    expect((await checkBytes(good, base)).code).toBe(0);
    const central = good.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const end = good.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    for (const [offset, part] of [
      [10, 'header lokal ZIP'],
      [central + 12, 'direktori pusat ZIP'],
      [end + 4, 'catatan akhir ZIP'],
    ] as const) {
      const bad = Buffer.from(good);
      bad[offset] = (bad[offset] as number) ^ 0x01;
      const r = await checkBytes(bad, base);
      expect(r.code, part).toBe(3);
      const galat = JSON.parse(r.stdout).hasil[0].galat;
      expect(galat.kode, part).toMatch(/^WADAH_(DIUBAH|RUSAK|TIDAK_AMAN)$/);
      if (galat.kode === 'WADAH_DIUBAH') expect(galat.pesan).toContain(part);
    }
    // The time fields in particular: the reader alone would not look at them.
    const time = Buffer.from(good);
    time.writeUInt16LE(time.readUInt16LE(10) + 2, 10);
    expect(JSON.parse((await checkBytes(time, base)).stdout).hasil[0].galat).toMatchObject({
      kode: 'WADAH_DIUBAH',
      pesan: expect.stringContaining('header lokal ZIP'),
    });
    const centralTime = Buffer.from(good);
    centralTime.writeUInt16LE(centralTime.readUInt16LE(central + 12) + 2, central + 12);
    expect(JSON.parse((await checkBytes(centralTime, base)).stdout).hasil[0].galat).toMatchObject({
      kode: 'WADAH_DIUBAH',
      pesan: expect.stringContaining('direktori pusat ZIP'),
    });
  });

  it('what pack writes at an odd second is accepted (the 2-second DOS clock agrees with the writer)', async () => {
    const out = tmp('odd');
    const r = await runCli(['pack', READY, '--out', out, '--now', '2017-10-18 13:10:01']);
    expect(r.code).toBe(0);
    expect((await runCli(['check', out])).code).toBe(0);
  });
});

describe('time input', () => {
  it("the tool's own style with a zone label, zones in any spelling labelled, and the accepted range", async () => {
    const wita = JSON.parse((await runCli(['eta', '--sent', '20/10/2017 14.30 WITA', '--now', NOW, '--json'])).stdout);
    expect(wita.dikirim).toBe('2017-10-20T13:30:00.000+07:00');
    const wib = JSON.parse((await runCli(['eta', '--sent', '20/10/2017 14.30 WIB', '--zone', 'WIT', '--now', NOW, '--json'])).stdout);
    expect(wib.dikirim).toBe('2017-10-20T14:30:00.000+07:00');
    const lower = await runCli(['eta', '--sent', '20/10/2017 14.30', '--zone', 'asia/makassar', '--now', NOW]);
    expect(lower.stdout).toContain('WITA');
    expect(lower.stdout).not.toContain('asia/makassar');
    const old = await runCli(['eta', '--sent', '1900-01-01 00:00']);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('2000 sampai 2100');
    expect(old.stdout).not.toContain('+07:07');
  });
});

describe('Windows checkouts', () => {
  it('.gitattributes keeps the fixtures byte-exact', () => {
    const attributes = readFileSync(path.join(ROOT, '.gitattributes'), 'utf8');
    expect(attributes).toMatch(/^fixtures\/\*\* -text$/m);
    expect(existsSync(path.join(FIXTURES, 'encoding', 'utf8-bom-crlf.json'))).toBe(true);
    expect(readFileSync(path.join(FIXTURES, 'encoding', 'utf8-bom-crlf.json')).includes(Buffer.from('\r\n'))).toBe(true);
  });
});
