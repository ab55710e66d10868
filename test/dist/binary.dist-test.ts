// The standalone executables as operators run them: no `node` on PATH, nothing but the
// binary (`npm run test:dist`; `npm run test:dist:wine` runs the Windows one under
// wine64). The same answers, exit codes and container bytes as the npm build.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT } from '../helpers/cli.js';
import { workersFor } from '../../src/core/jobs.js';
import { startFakeDapodik } from '../helpers/fake-dapodik.js';
import { openTerminal as openPty } from '../helpers/pty.js';
import { makeRoster } from '../fixtures-gen/index.mjs';

const WINE = process.env.PMP_DIST_WINE === '1';
/** Under wine the tests' own build (Node 22 LTS runtime, `npm run dist -- --wine`). */
const OUT = path.join(ROOT, 'dist-bin', ...(WINE ? ['wine'] : []));
const BINARY = path.join(OUT, WINE ? 'pmp-offline-win-x64.exe' : 'pmp-offline-linux-x64');
const EXE = path.join(OUT, 'pmp-offline-win-x64.exe');
const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const NOT_READY = path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json');
const INVALID = path.join(FIXTURES, 'tidak-sah', 'npsn-7-digit.json');
const DISTRICT = path.join(FIXTURES, 'kabupaten-contoh');
const NOW = '18/10/2017 13.10';

const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-dist-${label}-`));

/**
 * Under wine: Debian 12's wine 8 (`wine64`), a prefix of the tests' own that reports
 * Windows 10 (Node refuses wine's default, Windows 7, with exit 216), and drive D: for
 * the folder where the tests put files "as a Windows user has them".
 */
const WINE64 = '/usr/lib/wine/wine64';
const WINEPREFIX = process.env.WINEPREFIX ?? path.join(tmpdir(), 'pmp-dist-wine-prefix');
const DRIVE_D = path.join(tmpdir(), 'pmp-dist-drive-d');
const wineEnv = { WINEDEBUG: '-all', WINEPREFIX, LANG: 'C.UTF-8', WINEDLLOVERRIDES: 'mscoree,mshtml=' };

/** A path as the binary sees it: wine maps the Linux root to drive Z:. */
const p = (file: string) => (WINE ? `Z:${file.replaceAll('/', '\\')}` : file);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The binary as spawned: its own command line, or wine64's. */
function command(args: string[], env: Record<string, string>): [string, string[], NodeJS.ProcessEnv] {
  const base = { PATH: tmp('empty-path'), HOME: tmpdir(), NO_COLOR: '1', CI: '1', TZ: 'America/Los_Angeles', ...env };
  return WINE ? [WINE64, [BINARY, ...args], { ...base, ...wineEnv, PATH: `${tmp('empty-path')}:/usr/bin:/bin` }] : [BINARY, args, base];
}

/**
 * Runs the binary with a PATH that holds no node. Under wine 8, Node cannot write to a
 * pipe (`open EBADF` in createWritableStdioStream): its stdout and stderr are files, as
 * when a user redirects them with `>`.
 */
function run(args: string[], env: Record<string, string> = {}): Run {
  const [cmd, argv, childEnv] = command(args, env);
  if (!WINE) {
    const r = spawnSync(cmd, argv, { env: childEnv, encoding: 'utf8', timeout: 120_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }
  const dir = tmp('out');
  const [out, err] = [path.join(dir, 'stdout'), path.join(dir, 'stderr')];
  const fds = [openSync(out, 'w'), openSync(err, 'w')];
  try {
    const r = spawnSync(cmd, argv, { env: childEnv, stdio: ['ignore', fds[0], fds[1]], timeout: 120_000 });
    const text = (file: string) => readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
    return { code: r.status, stdout: text(out), stderr: text(err) };
  } finally {
    for (const fd of fds) closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** As run(), without blocking this process (a fake server here must answer meanwhile); Linux only. */
function runAsync(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const [cmd, argv, childEnv] = command(args, env);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  if (!WINE) return;
  // Made once per machine (about 6 s), then only set to Windows 10 again.
  const r = spawnSync('wine', ['winecfg', '/v', 'win10'], { env: { ...process.env, ...wineEnv }, stdio: 'ignore', timeout: 300_000 });
  expect(r.status).toBe(0);
  rmSync(DRIVE_D, { recursive: true, force: true });
  mkdirSync(DRIVE_D);
  rmSync(path.join(WINEPREFIX, 'dosdevices', 'd:'), { force: true });
  symlinkSync(DRIVE_D, path.join(WINEPREFIX, 'dosdevices', 'd:'));
}, 300_000);

describe(`the standalone executable (${path.basename(BINARY)})`, () => {
  it('exists, with its checksum and version beside it', () => {
    expect(existsSync(BINARY)).toBe(true);
    const sums = readFileSync(path.join(OUT, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(new RegExp(`^[0-9a-f]{64}  ${path.basename(BINARY).replace('.', '\\.')}$`, 'm'));
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(readFileSync(path.join(OUT, 'VERSION'), 'utf8')).toContain(`pmp-offline ${pkg.version}`);
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
    // 48 files start one worker (workersFor, test/e2e/check-jobs.test.ts). One whose
    // embedded code failed would be taken over and said on stderr: nothing is.
    expect(workersFor(2, 48)).toBe(1);
    const two = run(['check', p(batch), '--json', '--jobs', '2']);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe('');
    const big = run(['pack', p(batch), '--out', p(tmp('district-out')), '--now', NOW, '--jobs', '2', '--json']);
    expect(big.stderr).toBe('');
    expect(JSON.parse(big.stdout).hasil).toHaveLength(48);
  });

  it("pack writes and verifies containers byte-identical to the npm build's", () => {
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
  it('from saved Dapodik answers, with the workbook', () => {
    const out = tmp('plan');
    const saved = run(['plan', p(path.join(FIXTURES, 'dapodik', 'sdn-1-contoh')), '--xlsx', p(path.join(out, 'responden.xlsx')), '--json']);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({ format: 'pmp-offline/rencana@1', dapat_dipenuhi: true });
    expect(readFileSync(path.join(out, 'responden.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(run(['plan', p(path.join(FIXTURES, 'dapodik', 'smp-2-contoh-kurang'))]).code).toBe(1);
  });

  const token = 'dist-token-0a1b2c3d';
  const roster = makeRoster({ seed: 'dist' });
  const npsn = (roster.getSekolah.rows as { npsn: string }).npsn;
  if (!WINE) {
    it('from a Dapodik WebService', async () => {
      const server = await startFakeDapodik({ roster, token });
      try {
        const r = await runAsync(['plan', '--dapodik', server.origin, '--npsn', npsn, '--lang', 'en'], { DAPODIK_TOKEN: token });
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('CAN BE MET from Dapodik');
        expect(r.stdout + r.stderr).not.toContain(token);
      } finally {
        await server.close();
      }
    });
  } else {
    // wine 8's sockets fail Node's fetch on every connect (setKeepAlive on a connecting
    // socket gives UNKNOWN): the WebService itself is tested on Linux. Here, that such a
    // failure reaches the operator as one clear line, never a stack trace or the token.
    it('from a Dapodik WebService: not possible under wine 8 (its sockets fail every fetch); the failure is one clear line', () => {
      const r = run(['plan', '--dapodik', '127.0.0.1', '--npsn', npsn, '--lang', 'en', '--json'], { DAPODIK_TOKEN: token });
      expect(r.code).toBe(3);
      expect(JSON.parse(r.stdout)).toMatchObject({ galat: { kode: 'DAPODIK_TIDAK_TERHUBUNG' } });
      expect(r.stdout + r.stderr).not.toContain(token);
      expect(r.stderr).toBe('');
    });
  }
});

describe(`paths as operators write them (${path.basename(BINARY)})`, () => {
  /** A folder with spaces and letters outside ASCII; under wine on drive D:, written with backslashes. */
  function operatorFolder(): { linux: string; given: string } {
    const relative = path.join('Data PMP 2017', 'SD Ñusantara Kelas Ünggul');
    const base = WINE ? DRIVE_D : tmp('operator');
    const linux = path.join(base, relative);
    rmSync(linux, { recursive: true, force: true });
    mkdirSync(linux, { recursive: true });
    return { linux, given: WINE ? `D:\\${relative.replaceAll('/', '\\')}` : linux };
  }

  it('check, pack and eta --ics with files in a folder with spaces and non-ASCII letters', () => {
    const folder = operatorFolder();
    copyFileSync(READY, path.join(folder.linux, 'sdn 1 contoh.json'));
    const join = (name: string) => (WINE ? `${folder.given}\\${name}` : path.join(folder.given, name));
    const check = run(['check', join('sdn 1 contoh.json'), '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ringkasan: { siap: 1 } });
    const pack = run(['pack', join('sdn 1 contoh.json'), '--out', join('kirim'), '--now', NOW]);
    expect(pack.code).toBe(0);
    const made = readdirSync(path.join(folder.linux, 'kirim'));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/\.pmp$/);
    expect(pack.stdout).toContain(made[0]);
    expect(run(['check', join(`kirim${WINE ? '\\' : '/'}${made[0]}`)]).code).toBe(0);
    const eta = run(['eta', '--sent', '20/10/2017 14.30', '--ics', join('pengingat.ics')]);
    expect(eta.code).toBe(0);
    expect(readFileSync(path.join(folder.linux, 'pengingat.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('a file that is not there is named as the operator wrote it', () => {
    const folder = operatorFolder();
    const missing = WINE ? `${folder.given}\\tidak ada.json` : path.join(folder.given, 'tidak ada.json');
    const r = run(['check', missing]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(missing);
  });
});

if (!WINE) {
  // wine 8 gives a Windows program no console a test can type into: the guided mode is
  // tested here in the Linux binary and on the sources (test/e2e/guided.test.ts).
  describe(`the guided mode in the standalone executable (${path.basename(BINARY)})`, () => {
    it('started with no arguments on a terminal: pick check by number, see its result and the command to type', async () => {
      const dir = tmp('guided');
      copyFileSync(READY, path.join(dir, 'sdn-1-contoh.json'));
      const term = openPty([BINARY], { cwd: dir });
      await term.waitFor('mode terpandu');
      // Typed once the menu is drawn: the prompt listens from then on.
      await term.waitFor('8. Keluar');
      term.type('3\r');
      await term.waitFor('2. sdn-1-contoh.json');
      term.type('2\r');
      await term.waitFor('SIAP KIRIM');
      await term.waitFor(`Perintah yang sama: ${path.basename(BINARY)} check sdn-1-contoh.json`);
      await term.waitFor('Apa yang ingin dikerjakan?');
      term.type('8\r');
      expect(await term.exited).toBe(0);
    });
  });
}

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
