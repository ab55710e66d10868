// `pmp-offline pack` as an operator runs it: the built CLI in a child process.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, BUNDLED_WORKER, FIXTURES, hashFiles, runCli } from '../helpers/cli.js';
import type { PoolStats } from '../../src/core/pool.js';
import { craftZip, crcOfZeros, deflatedZeros } from '../helpers/zip-craft.js';

const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const NOT_READY = path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json');
const DISTRICT = path.join(FIXTURES, 'kabupaten-contoh');
const NOW = '2017-10-18 13:10';
const NAME = /^(\d{14})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_pmp_([0-9a-z]{13})\.pmp$/;

const inputs = [READY, NOT_READY, ...readdirSync(DISTRICT).map((f) => path.join(DISTRICT, f))];
let before: Record<string, string>;

beforeAll(() => {
  before = hashFiles(inputs);
});

afterAll(() => {
  // Every input keeps its SHA-256, whatever the tests above did.
  expect(hashFiles(inputs)).toEqual(before);
});

function tmp(label = 'pack'): string {
  return mkdtempSync(path.join(tmpdir(), `pmp-e2e-${label}-`));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function packOne(out: string, extra: string[] = [], env: Record<string, string> = {}) {
  const result = await runCli(['pack', READY, '--out', out, '--now', NOW, '--json', ...extra], { env });
  return { ...result, json: JSON.parse(result.stdout) as { format: string; hasil: Array<Record<string, unknown>> } };
}

function entries(file: string): Promise<Array<{ name: string; bytes: Buffer }>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const out: Array<{ name: string; bytes: Buffer }> = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (error, stream) => {
          if (error) return reject(error);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({ name: entry.fileName, bytes: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function checkJson(file: string) {
  const result = await runCli(['check', file, '--json']);
  const doc = JSON.parse(result.stdout) as { siap: boolean; hasil: Array<{ siap: boolean; galat: { kode: string; pesan: string } | null }> };
  return { code: result.code, doc, item: doc.hasil[0] };
}

describe('pack a ready school', () => {
  let out: string;
  let file: string;

  beforeAll(async () => {
    out = tmp();
    const { code, json, stderr } = await packOne(out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    file = path.join(out, readdirSync(out)[0] as string);
    expect(json.hasil[0]?.berkas).toBe(file);
  });

  it('names the file by the convention: WIB time, sekolah_id, 13-character kode', () => {
    expect(readdirSync(out)).toHaveLength(1);
    const match = NAME.exec(path.basename(file));
    expect(match?.[1]).toBe('20171018131000');
    expect(match?.[2]).toBe('1ed54ac4-30d0-45dc-99c1-f95cef07f606');
  });

  it('prints the pack@1 JSON contract', async () => {
    const { json } = await packOne(tmp());
    expect(json.format).toBe('pmp-offline/pack@1');
    const item = json.hasil[0] as Record<string, unknown>;
    expect(Object.keys(item)).toEqual(['sumber', 'siap', 'berkas', 'ukuran', 'sha256', 'dibuat', 'status', 'masalah', 'galat']);
    expect(item).toMatchObject({ sumber: READY, siap: true, status: 'dibuat', masalah: [], galat: null, dibuat: '2017-10-18T13:10:00.000+07:00' });
    const bytes = readFileSync(item.berkas as string);
    expect(item.ukuran).toBe(bytes.length);
    expect(item.sha256).toBe(sha256(bytes));
  });

  it('is reproducible: same --now, another folder and machine zone → identical bytes', async () => {
    const other = tmp();
    const { code } = await packOne(other, [], { TZ: 'Asia/Tokyo' });
    expect(code).toBe(0);
    const again = path.join(other, path.basename(file));
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
  });

  it('holds exactly two entries whose sizes and checksums are in the manifest', async () => {
    const list = await entries(file);
    expect(list.map((e) => e.name)).toEqual(['manifest.json', 'data/sekolah.json']);
    const manifest = JSON.parse((list[0] as { bytes: Buffer }).bytes.toString('utf8'));
    const data = (list[1] as { bytes: Buffer }).bytes;
    expect(manifest.format).toBe('pmp-offline/kirim-offline@1');
    expect(manifest.isi).toEqual([{ nama: 'data/sekolah.json', ukuran: data.length, sha256: sha256(data) }]);
    expect(manifest.sekolah.sekolah_id).toBe('1ed54ac4-30d0-45dc-99c1-f95cef07f606');
    expect(JSON.stringify(manifest)).not.toMatch(/"responden"/);
  });

  it('check on the result says ready', async () => {
    const { code, item, doc } = await checkJson(file);
    expect(code).toBe(0);
    expect(doc.siap).toBe(true);
    expect(item?.galat).toBeNull();
  });

  it('packing again is "sudah_ada", exit 0, nothing rewritten', async () => {
    const mtime = statSync(file).mtimeMs;
    const { code, json } = await packOne(out);
    expect(code).toBe(0);
    expect(json.hasil[0]?.status).toBe('sudah_ada');
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('a different file under the same name is refused (exit 4) unless --force', async () => {
    const dir = tmp();
    await packOne(dir);
    const target = path.join(dir, path.basename(file));
    writeFileSync(target, "somebody else's file");
    const refused = await packOne(dir);
    expect(refused.code).toBe(4);
    expect(refused.json.hasil[0]).toMatchObject({ status: 'galat', berkas: null, galat: { kode: 'BERKAS_SUDAH_ADA_BERBEDA' } });
    expect(readFileSync(target, 'utf8')).toBe("somebody else's file");
    const forced = await packOne(dir, ['--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(target).equals(readFileSync(file))).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('tells the operator what to do next, in their language', async () => {
    const id = await runCli(['pack', READY, '--out', tmp(), '--now', NOW]);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('BERKAS KIRIM DIBUAT');
    expect(id.stdout).toContain('2x24 jam');
    expect(id.stdout).toMatch(/pmp-offline eta \S+\.pmp/);
    const en = await runCli(['pack', READY, '--out', tmp(), '--now', NOW, '--lang', 'en']);
    expect(en.stdout).toContain('SEND FILE CREATED');
    expect(en.stdout).toContain('upload page');
  });

  describe('check refuses a damaged or crafted container, each with its code', () => {
    async function refused(bytes: Buffer, name = path.basename(file)) {
      const dir = tmp('bad');
      const target = path.join(dir, name);
      writeFileSync(target, bytes);
      const result = await checkJson(target);
      expect(result.code).toBe(3);
      expect(result.item?.galat?.pesan).toContain(name);
      return result.item?.galat?.kode;
    }

    it('one byte of the data entry flipped', async () => {
      const original = readFileSync(file);
      // The data entry's compressed bytes start after its local header.
      const dataHeader = original.indexOf(Buffer.from('data/sekolah.json'));
      const flipped = Buffer.from(original);
      const at = dataHeader + 'data/sekolah.json'.length + 200;
      flipped[at] = (flipped[at] as number) ^ 0x01;
      expect(['WADAH_RUSAK', 'CHECKSUM_TIDAK_COCOK']).toContain(await refused(flipped));
    });

    it('one byte of the data changed and re-zipped with a fresh CRC', async () => {
      const [manifest, data] = await entries(file);
      const changed = Buffer.from((data as { bytes: Buffer }).bytes.toString('utf8').replace('"SD NEGERI 1 CONTOH"', '"SD NEGERI 7 CONTOH"'));
      const zip = craftZip([
        { name: 'manifest.json', data: (manifest as { bytes: Buffer }).bytes },
        { name: 'data/sekolah.json', data: changed },
      ]);
      expect(await refused(zip)).toBe('CHECKSUM_TIDAK_COCOK');
    });

    it('truncated', async () => {
      const original = readFileSync(file);
      expect(await refused(original.subarray(0, original.length - 40))).toBe('WADAH_RUSAK');
    });

    it('a ../ entry', async () => {
      const [manifest, data] = await entries(file);
      const zip = craftZip([
        { name: 'manifest.json', data: (manifest as { bytes: Buffer }).bytes },
        { name: 'data/sekolah.json', data: (data as { bytes: Buffer }).bytes },
        { name: '../../.bashrc', data: Buffer.from('echo pwned') },
      ]);
      expect(await refused(zip)).toBe('WADAH_TIDAK_AMAN');
    });

    it('a duplicate entry', async () => {
      const [manifest, data] = await entries(file);
      const entry = { name: 'data/sekolah.json', data: (data as { bytes: Buffer }).bytes };
      const zip = craftZip([{ name: 'manifest.json', data: (manifest as { bytes: Buffer }).bytes }, entry, entry]);
      expect(await refused(zip)).toBe('WADAH_TIDAK_AMAN');
    });

    it('a zip bomb (1 GiB of zeros), honest or lying header', async () => {
      const [manifest] = await entries(file);
      const raw = deflatedZeros(1024);
      const m = { name: 'manifest.json', data: (manifest as { bytes: Buffer }).bytes };
      const honest = craftZip([m, { name: 'data/sekolah.json', raw, uncompressedSize: 1024 ** 3, crc: 0 }]);
      expect(await refused(honest)).toBe('WADAH_TERLALU_BESAR');
      const lying = craftZip([m, { name: 'data/sekolah.json', raw, uncompressedSize: 1024 * 1024, crc: crcOfZeros(1) }]);
      expect(await refused(lying)).toBe('WADAH_TIDAK_AMAN');
    });

    it("a .pmp that is not a ZIP (like the real application's) says what its name tells", async () => {
      const real = '20171018131000_1ed54ac4-30d0-45dc-99c1-f95cef07f606_pmp_1arjl2o9vj000.pmp';
      expect(await refused(Buffer.from('opaque bytes from the PMP application'), real)).toBe('BUKAN_WADAH_PMP_OFFLINE');
      const dir = tmp('real');
      writeFileSync(path.join(dir, real), 'opaque');
      const human = await runCli(['check', path.join(dir, real)]);
      expect(human.stdout + human.stderr).toContain('18 Oktober 2017 13.10 WIB');
    });
  });
});

describe('what pack refuses to write', () => {
  it('a school that is not ready: exit 1, its problems shown, nothing written', async () => {
    const out = tmp();
    const human = await runCli(['pack', NOT_READY, '--out', out, '--now', NOW]);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('BELUM SIAP');
    expect(human.stdout).toContain('versi 2.1');
    const json = await runCli(['pack', NOT_READY, '--out', out, '--now', NOW, '--json']);
    expect(json.code).toBe(1);
    const item = JSON.parse(json.stdout).hasil[0];
    expect(item).toMatchObject({ siap: false, status: 'ditolak', berkas: null, galat: null });
    expect(item.masalah.map((m: { kode: string }) => m.kode)).toContain('VERSI_LAMA');
    expect(readdirSync(out)).toEqual([]);
  });

  it("a .pmp whose name does not follow the PMP application's pattern is refused by name (exit 3)", async () => {
    const file = path.join(tmp(), 'x.pmp');
    writeFileSync(file, 'PK');
    const result = await runCli(['pack', file, '--out', tmp()]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`${file}: nama berkas tidak mengikuti pola aplikasi PMP`);
  });

  it('a bad --now is a usage error (exit 2)', async () => {
    const result = await runCli(['pack', READY, '--out', tmp(), '--now', '31/02/2017 10.00']);
    expect(result.code).toBe(2);
  });

  it("an output folder that is missing is made, with its parents (the README's own `--out kirim/`)", async () => {
    const dir = tmp('out-new');
    const out = path.join(dir, 'kirim', 'kecamatan-1');
    const result = await runCli(['pack', READY, '--out', out, '--now', NOW]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).filter((f) => NAME.test(f))).toHaveLength(1);
  });

  it('an output folder that is a file, or under a file, or unwritable: exit 4, nothing written', async () => {
    const dir = tmp('out');
    const aFile = path.join(dir, 'berkas.txt');
    writeFileSync(aFile, 'x');
    const cases = [aFile, path.join(aFile, 'sub')];
    // Tests run as root, for whom permissions do not stop writes; /proc refuses new files even to root.
    if (process.platform === 'linux') cases.push('/proc');
    for (const out of cases) {
      const result = await runCli(['pack', READY, '--out', out, '--now', NOW, '--json']);
      expect(result.code, out).toBe(4);
      // A folder found unusable up front is one error document; a write refused later is the item's galat.
      const doc = JSON.parse(result.stdout);
      const kode = doc.galat?.kode ?? doc.hasil?.[0]?.galat?.kode;
      expect(kode, out).toMatch(/^FOLDER_TUJUAN_|^TIDAK_BISA_MENULIS$|^GAGAL_MENULIS$/);
    }
    expect(readdirSync(dir)).toEqual(['berkas.txt']);
  });
});

describe('a district batch', () => {
  it('packs the 9 ready schools of 12 and reports the 3 others (exit 1)', async () => {
    const out = tmp('kab');
    const result = await runCli(['pack', DISTRICT, '--out', out, '--now', NOW, '--json']);
    expect(result.code).toBe(1);
    const doc = JSON.parse(result.stdout) as { hasil: Array<{ status: string; berkas: string | null }> };
    expect(doc.hasil).toHaveLength(12);
    expect(doc.hasil.filter((h) => h.status === 'dibuat')).toHaveLength(9);
    expect(doc.hasil.filter((h) => h.status === 'ditolak')).toHaveLength(3);
    const files = readdirSync(out);
    expect(files).toHaveLength(9);
    expect(files.every((f) => NAME.test(f))).toBe(true);
    // check reads the whole output folder of containers back: all ready.
    const check = await runCli(['check', out, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).hasil).toHaveLength(9);
    // The output folder as an input too: its containers are already in place, and the
    // exports' containers are already there: nothing new is written.
    const again = await runCli(['pack', DISTRICT, out, '--out', out, '--now', NOW, '--json']);
    expect(JSON.parse(again.stdout).hasil.filter((h: { status: string }) => h.status === 'sudah_ada')).toHaveLength(18);
    expect(
      readdirSync(out)
        .filter((f) => NAME.test(f))
        .sort(),
    ).toEqual([...files].sort());
  });
});

describe('pack --jobs', () => {
  it('workers plan a big batch; names, bytes, output and exit code are those of one thread', async () => {
    // The 12-school district five times (same contents: "sudah_ada" must fall on the same
    // inputs) plus unreadable files between them: enough files for two workers.
    const batch = tmp('jobs');
    for (let copy = 0; copy < 5; copy++) {
      const dir = path.join(batch, `kecamatan-${copy}`);
      mkdirSync(dir);
      for (const name of readdirSync(DISTRICT)) writeFileSync(path.join(dir, name), readFileSync(path.join(DISTRICT, name)));
      writeFileSync(path.join(dir, '0006-rusak.json'), '{"format": ');
    }
    const told: PoolStats[] = [];
    const run = async (jobs: string) => {
      const out = tmp(`jobs-${jobs}`);
      // Worker threads run the bundle's worker entry, as the npm launcher names it.
      const result = await runCli(['pack', batch, '--out', out, '--now', NOW, '--jobs', jobs], {
        workers: BUNDLED_WORKER,
        onWorkersDone: (stats) => told.push(stats),
      });
      const files = Object.fromEntries(readdirSync(out).map((f) => [f, sha256(readFileSync(path.join(out, f)))]));
      return { ...result, stdout: result.stdout.split(out).join('OUT'), files };
    };
    const one = await run('1');
    expect(told).toEqual([]);
    const three = await run('3');
    expect(told.map((stats) => [stats.workers, stats.died, stats.takenOver])).toEqual([[2, 0, 0]]);
    expect(told[0]?.byWorkers).toBeGreaterThan(0);
    expect(one.code).toBe(3); // the broken files
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(Object.keys(one.files)).toHaveLength(9);
    expect(three.files).toEqual(one.files);
    expect(one.stdout.match(/sudah ada/gi)?.length ?? 0).toBeGreaterThan(0);
    // Workers that die mid-batch: test/unit/core/pool.test.ts, and test/e2e/check-jobs.test.ts for what the operator sees.
  }, 90_000);
});

describe('interrupted mid-batch', () => {
  let batch: string;

  beforeAll(() => {
    batch = tmp('batch');
    const school = JSON.parse(readFileSync(READY, 'utf8'));
    for (let i = 0; i < 400; i++) {
      school.sekolah.sekolah_id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      writeFileSync(path.join(batch, `sekolah-${String(i).padStart(3, '0')}.json`), JSON.stringify(school));
    }
  });

  for (const [signal, expected] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: exit ${expected}, no temporary file, every finished container intact`, async () => {
      const out = tmp('int');
      const child = spawn(process.execPath, [BIN, 'pack', batch, '--out', out, '--now', NOW], {
        env: { ...process.env, NO_COLOR: '1', CI: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.resume();
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      // Wait until a few containers exist, then interrupt.
      for (let i = 0; i < 400 && readdirSync(out).filter((f) => f.endsWith('.pmp')).length < 3; i++) {
        await new Promise((r) => setTimeout(r, 10));
      }
      child.kill(signal);
      const code = await exited;
      expect(code).toBe(expected);
      expect(stderr).toContain(signal);
      const left = readdirSync(out);
      expect(left.filter((f) => f.startsWith('.'))).toEqual([]);
      expect(left.length).toBeGreaterThanOrEqual(3);
      expect(left.length).toBeLessThan(400);
      expect(left.every((f) => NAME.test(f))).toBe(true);
      const check = await runCli(['check', out, '--json']);
      expect(check.code).toBe(0);
      expect(JSON.parse(check.stdout).hasil).toHaveLength(left.length);
    });
  }
});

describe('inputs are never modified', () => {
  it('a folder packed into itself keeps every input byte-identical', async () => {
    const dir = tmp('self');
    mkdirSync(path.join(dir, 'data'));
    const copy = path.join(dir, 'data', 'sdn.json');
    writeFileSync(copy, readFileSync(READY));
    const hash = hashFiles([copy]);
    const result = await runCli(['pack', path.join(dir, 'data'), '--out', path.join(dir, 'data'), '--now', NOW]);
    expect(result.code).toBe(0);
    expect(hashFiles([copy])).toEqual(hash);
  });
});
