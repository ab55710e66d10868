// The standalone executables as operators run them: no `node` on PATH, nothing but the
// binary (`npm run test:dist`; `npm run test:dist:wine` runs the Windows one under
// wine64). The same answers, exit codes and container bytes as the npm build.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT } from '../helpers/cli.js';
import { startFakeDapodik } from '../helpers/fake-dapodik.js';
import { makeRoster } from '../fixtures-gen/index.mjs';

const WINE = process.env.PMP_DIST_WINE === '1';
const BINARY = path.join(ROOT, 'dist-bin', WINE ? 'pmp-offline-win-x64.exe' : 'pmp-offline-linux-x64');
const EXE = path.join(ROOT, 'dist-bin', 'pmp-offline-win-x64.exe');
const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const NOT_READY = path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json');
const INVALID = path.join(FIXTURES, 'tidak-sah', 'npsn-7-digit.json');
const DISTRICT = path.join(FIXTURES, 'kabupaten-contoh');
const NOW = '18/10/2017 13.10';

const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-dist-${label}-`));
/** A path as the binary sees it (wine maps the Linux root to drive Z:). */
const p = (file: string) => (WINE ? `Z:${file.replaceAll('/', '\\')}` : file);

/** Runs the binary with a PATH that holds no node (and, under wine, through wine64). */
function run(args: string[], env: Record<string, string> = {}) {
  const base = { PATH: tmp('empty-path'), HOME: tmpdir(), NO_COLOR: '1', CI: '1', TZ: 'America/Los_Angeles', ...env };
  const [command, argv] = WINE ? ['/usr/lib/wine/wine64', [BINARY, ...args]] : [BINARY, args];
  const r = spawnSync(command, argv, {
    env: WINE ? { ...base, WINEDEBUG: '-all', WINEPREFIX: process.env.WINEPREFIX ?? path.join(tmpdir(), 'pmp-wine') } : base,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout.replace(/\r\n/g, '\n'), stderr: r.stderr.replace(/\r\n/g, '\n') };
}

/** As run(), without blocking this process (a fake server here must answer meanwhile). */
function runAsync(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = { PATH: tmp('empty-path'), HOME: tmpdir(), NO_COLOR: '1', CI: '1', TZ: 'America/Los_Angeles', ...env };
  const [command, argv] = WINE ? ['/usr/lib/wine/wine64', [BINARY, ...args]] : [BINARY, args];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env: WINE ? { ...base, WINEDEBUG: '-all', WINEPREFIX: process.env.WINEPREFIX ?? path.join(tmpdir(), 'pmp-wine') } : base });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe(`the standalone executable (${path.basename(BINARY)})`, () => {
  it('exists, with its checksum and version beside it', () => {
    expect(existsSync(BINARY)).toBe(true);
    const sums = readFileSync(path.join(ROOT, 'dist-bin', 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(new RegExp(`^[0-9a-f]{64}  ${path.basename(BINARY).replace('.', '\\.')}$`, 'm'));
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(readFileSync(path.join(ROOT, 'dist-bin', 'VERSION'), 'utf8')).toContain(`pmp-offline ${pkg.version}`);
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('runs without node on PATH', () => {
    expect(spawnSync('node', ['-e', '0'], { env: { PATH: tmp('no-node') } }).error).toBeDefined();
    expect(run(['check', p(READY)]).code).toBe(0);
  });

  it('check: ready 0, not ready 1, invalid 3, with messages in both languages', () => {
    const ready = run(['check', p(READY)]);
    expect(ready.code).toBe(0);
    expect(ready.stdout).toContain('SIAP KIRIM');
    const notReady = run(['check', p(NOT_READY), '--lang', 'en']);
    expect(notReady.code).toBe(1);
    expect(notReady.stdout).toContain('NOT READY');
    const invalid = run(['check', p(INVALID)]);
    expect(invalid.code).toBe(3);
    expect(invalid.stderr.trim().split('\n')).toHaveLength(1);
    expect(invalid.stderr).toContain('NPSN');
    expect(run(['check', '--bogus']).code).toBe(2);
  });

  it('a district with --jobs 2: real worker threads, the same JSON as one thread', () => {
    const batch = tmp('district');
    for (let copy = 0; copy < 4; copy++) for (const name of readdirSync(DISTRICT)) copyFileSync(path.join(DISTRICT, name), path.join(batch, `${copy}-${name}`));
    const one = run(['check', p(batch), '--json', '--jobs', '1']);
    const two = run(['check', p(batch), '--json', '--jobs', '2'], { PMP_OFFLINE_DEBUG: 'jobs' });
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(/pmp-offline debug: 1 workers, \d+ of 48 files checked by workers, 0 taken over/);
    const big = run(['pack', p(batch), '--out', p(tmp('district-out')), '--now', NOW, '--jobs', '2', '--json'], { PMP_OFFLINE_DEBUG: 'jobs' });
    expect(big.stderr).toMatch(/pmp-offline debug: 1 workers, [1-9]\d* of 48 files planned by workers, 0 taken over/);
  });

  it('pack writes and verifies containers byte-identical to the npm build\'s', () => {
    const fromBinary = tmp('pack-bin');
    const fromNpm = tmp('pack-npm');
    const r = run(['pack', p(DISTRICT), '--out', p(fromBinary), '--now', NOW]);
    expect(r.code).toBe(1);
    const npmBuild = spawnSync(process.execPath, [BIN, 'pack', DISTRICT, '--out', fromNpm, '--now', NOW], { env: { ...process.env, NODE_EXTRA_CA_CERTS: '' } });
    expect(npmBuild.status).toBe(1);
    const names = readdirSync(fromNpm).sort();
    expect(names).toHaveLength(9);
    expect(readdirSync(fromBinary).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(path.join(fromBinary, name)).equals(readFileSync(path.join(fromNpm, name))), name).toBe(true);
    expect(run(['check', p(fromBinary)]).code).toBe(0);
  });

  it('eta with --ics and --json, in English', () => {
    const dir = tmp('eta');
    const ics = path.join(dir, 'pengingat.ics');
    const r = run(['eta', '--sent', '20/10/2017 14.30 WITA', '--now', '21/10/2017 08.00', '--json', '--ics', p(ics), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dikirim: '2017-10-20T13:30:00.000+07:00', tahap: 'menunggu_proses', langkah: 'tunggu_proses' });
    expect(readFileSync(ics, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const text = run(['eta', '--sent', '20/10/2017 14.30', '--now', '21/10/2017 08.00', '--lang', 'en']);
    expect(text.stdout).toContain('Processed by the server');
    // An existing file that is not its calendar is never replaced.
    writeFileSync(path.join(dir, 'data.json'), '{}');
    expect(run(['eta', '--sent', '20/10/2017 14.30', '--ics', p(path.join(dir, 'data.json'))]).code).toBe(4);
    expect(readFileSync(path.join(dir, 'data.json'), 'utf8')).toBe('{}');
  });
});

describe(`plan in the standalone executable (${path.basename(BINARY)})`, () => {
  it('from saved Dapodik answers, with the workbook; and from a Dapodik WebService', async () => {
    const out = tmp('plan');
    const saved = run(['plan', p(path.join(FIXTURES, 'dapodik', 'sdn-1-contoh')), '--xlsx', p(path.join(out, 'responden.xlsx')), '--json']);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({ format: 'pmp-offline/rencana@1', dapat_dipenuhi: true });
    expect(readFileSync(path.join(out, 'responden.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(run(['plan', p(path.join(FIXTURES, 'dapodik', 'smp-2-contoh-kurang'))]).code).toBe(1);
    const token = 'dist-token-0a1b2c3d';
    const roster = makeRoster({ seed: 'dist' });
    const server = await startFakeDapodik({ roster, token });
    try {
      const r = await runAsync(['plan', '--dapodik', server.origin, '--npsn', (roster.getSekolah.rows as { npsn: string }).npsn, '--lang', 'en'], { DAPODIK_TOKEN: token });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('CAN BE MET from Dapodik');
      expect(r.stdout + r.stderr).not.toContain(token);
    } finally {
      await server.close();
    }
  });
});

describe('the Windows executable', () => {
  it('is a PE executable for x64 with the SEA blob injected and no stale signature', () => {
    const bytes = readFileSync(EXE);
    expect(bytes.readUInt16LE(0)).toBe(0x5a4d);
    const pe = bytes.readUInt32LE(0x3c);
    expect(bytes.readUInt32LE(pe)).toBe(0x00004550);
    expect(bytes.readUInt16LE(pe + 4)).toBe(0x8664);
    const optional = pe + 24;
    expect(bytes.readUInt16LE(optional)).toBe(0x20b);
    // Subsystem 3: a console program.
    expect(bytes.readUInt16LE(optional + 68)).toBe(3);
    // The Authenticode certificate table (data directory 4) is gone.
    expect(bytes.readUInt32LE(optional + 112 + 32)).toBe(0);
    expect(bytes.readUInt32LE(optional + 112 + 36)).toBe(0);
    // postject flipped the fuse and the blob holds the CLI and its worker.
    expect(bytes.includes(Buffer.from('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1'))).toBe(true);
    expect(bytes.includes(Buffer.from('pmp-offline/cek@1'))).toBe(true);
    expect(bytes.includes(Buffer.from('worker.cjs'))).toBe(true);
  });
});
