// The guided mode as an operator meets it: the program started with no arguments on a
// real terminal (a pseudo-terminal from script(1)), choices picked by typing their
// number and Enter, the command's own output, the same command as a line to type, and
// back to the menu. Without a terminal (or with CI set, or --json) it never prompts.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, runCliProcess } from '../helpers/cli.js';
import { openTerminal } from '../helpers/pty.js';
import { startFakeDapodik } from '../helpers/fake-dapodik.js';
import { makeRoster } from '../fixtures-gen/index.mjs';

/** A school's folder as an operator has it: two exports and saved Dapodik answers. */
function schoolFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pmp-guided-'));
  cpSync(path.join(FIXTURES, 'demo', 'sdn-1-contoh.json'), path.join(dir, 'sdn-1-contoh.json'));
  cpSync(path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json'), path.join(dir, 'smp-2-contoh-belum-siap.json'));
  cpSync(path.join(FIXTURES, 'dapodik', 'sdn-1-contoh'), path.join(dir, 'unduhan-dapodik'), { recursive: true });
  return dir;
}

const MENU = 'Apa yang ingin dikerjakan?';

// Each walk-through is its own process on its own terminal, in its own folder: side by side.
describe.concurrent('the guided mode on a terminal', () => {
  it('a numbered menu; check picked by number runs check, shows the same command, comes back; Keluar ends 0', async () => {
    const dir = schoolFolder();
    const term = openTerminal([process.execPath, BIN], { cwd: dir });
    await term.waitFor('mode terpandu');
    await term.waitFor(`1. Rencana responden dari Dapodik`);
    await term.waitFor('8. Keluar');
    term.type('3\r');
    await term.waitFor('Berkas atau folder yang diperiksa');
    await term.waitFor('1. Folder ini');
    await term.waitFor('2. sdn-1-contoh.json');
    await term.waitFor('3. smp-2-contoh-belum-siap.json');
    term.type('3\r');
    await term.waitFor('BELUM SIAP');
    await term.waitFor('Perintah yang sama: pmp-offline check smp-2-contoh-belum-siap.json');
    await term.waitFor(MENU);
    term.type('8\r');
    await term.waitFor('Sampai jumpa.');
    expect(await term.exited).toBe(0);
    // NO_COLOR (set here) holds for the menu too: no colour or bold codes at all.
    // eslint-disable-next-line no-control-regex -- terminal escape sequences
    expect(term.raw()).not.toMatch(/\x1b\[[0-9;]*m/);
  });

  it('colours the menu when the terminal wants colour', async () => {
    const term = openTerminal([process.execPath, BIN], { cwd: tmpdir(), env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
    await term.waitFor('8. Keluar');
    term.type('8\r');
    expect(await term.exited).toBe(0);
    // eslint-disable-next-line no-control-regex -- terminal escape sequences
    expect(term.raw()).toMatch(/\x1b\[[0-9;]*m/);
  });

  it('in English with --lang en: pack an export into a folder, then plan from saved answers with the workbook', async () => {
    const dir = schoolFolder();
    const term = openTerminal([process.execPath, BIN, '--lang', 'en'], { cwd: dir });
    await term.waitFor('guided mode');
    await term.waitFor('8. Exit');
    term.type('4\r');
    await term.waitFor('Export file, .pmp file, or folder/flash drive to collect');
    await term.waitFor('2. sdn-1-contoh.json');
    term.type('2\r');
    await term.waitFor('Folder for the files to upload');
    term.type('\r');
    await term.waitFor('The same command: pmp-offline --lang en pack sdn-1-contoh.json --out kirim');
    const made = readdirSync(path.join(dir, 'kirim'));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/^\d{14}_.*\.pmp$/);
    await term.waitFor('What do you want to do?');
    term.type('2\r');
    await term.waitFor('Folder of saved Dapodik answers');
    await term.waitFor('1. unduhan-dapodik');
    term.type('1\r');
    await term.waitFor('Save the respondent list to tick as an Excel file');
    term.type('\r');
    await term.waitFor('CAN BE MET');
    await term.waitFor('The same command: pmp-offline --lang en plan unduhan-dapodik --xlsx responden.xlsx');
    expect(readFileSync(path.join(dir, 'responden.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK');
    // Keys typed before the menu is drawn again would go to no prompt: wait for it.
    await term.waitFor('8. Exit');
    term.type('8\r');
    expect(await term.exited).toBe(0);
  });

  it('plan from Dapodik with a typed token: never echoed, never in the line shown; eta with a typed upload time', async () => {
    const dir = schoolFolder();
    const token = 'guided-token-7f3e9a1c55';
    const roster = makeRoster({ seed: 'guided' });
    const npsn = (roster.getSekolah.rows as { npsn: string }).npsn;
    const server = await startFakeDapodik({ roster, token });
    try {
      const term = openTerminal([process.execPath, BIN], { cwd: dir, env: { DAPODIK_TOKEN: undefined } });
      await term.waitFor(MENU);
      term.type('1\r');
      await term.waitFor('Alamat Dapodik');
      term.type(`${'\x7f'.repeat(12)}${server.origin}\r`);
      await term.waitFor('NPSN sekolah');
      term.type('123\r');
      await term.waitFor('NPSN terdiri atas 8 angka.');
      term.type(`${'\x7f'.repeat(3)}${npsn}\r`);
      await term.waitFor('Token WebService Dapodik');
      await term.waitFor('2. Ketik token');
      term.type('2\r');
      await term.waitFor('Token (tidak ditampilkan');
      term.type(`${token}\r`);
      await term.waitFor('Simpan daftar responden');
      // Backspace on the empty answer drops the offered name: no workbook.
      term.type('\x7f\r');
      await term.waitFor('DAPAT DIPENUHI');
      await term.waitFor(
        `token diberikan lewat DAPODIK_TOKEN atau --token-file, tidak pernah di baris perintah): pmp-offline plan --dapodik ${server.origin} --npsn ${npsn}`,
      );
      await term.waitFor(MENU);
      term.type('5\r');
      await term.waitFor('Waktu unggah');
      term.type('20/10/2017 14.30\r');
      await term.waitFor("Perintah yang sama: pmp-offline eta --sent '20/10/2017 14.30'");
      await term.waitFor('8. Keluar');
      term.type('8\r');
      expect(await term.exited).toBe(0);
      expect(term.screen()).not.toContain(token);
      expect(readdirSync(dir).filter((name) => name.endsWith('.xlsx'))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('a file whose name begins with "-" is passed as a path, not read as an option', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmp-guided-dash-'));
    cpSync(path.join(FIXTURES, 'demo', 'sdn-1-contoh.json'), path.join(dir, '-rf.json'));
    const term = openTerminal([process.execPath, BIN], { cwd: dir });
    await term.waitFor(MENU);
    term.type('3\r');
    await term.waitFor('2. -rf.json');
    term.type('2\r');
    await term.waitFor('SIAP KIRIM');
    await term.waitFor('Perintah yang sama: pmp-offline check ./-rf.json');
    await term.waitFor('8. Keluar');
    term.type('8\r');
    expect(await term.exited).toBe(0);
  });

  it('the district board from an upload list, with its page', async () => {
    const dir = schoolFolder();
    writeFileSync(
      path.join(dir, 'unggahan.csv'),
      'npsn,nama,waktu_unggah,status\r\n20212345,SD NEGERI 1 CONTOH,19/10/2017 08.00,\r\n20212346,SMP NEGERI 2 CONTOH,,\r\n',
    );
    const term = openTerminal([process.execPath, BIN], { cwd: dir });
    await term.waitFor(MENU);
    term.type('6\r');
    await term.waitFor('Daftar unggahan (.csv atau .xlsx)');
    await term.waitFor('1. unggahan.csv');
    term.type('1\r');
    await term.waitFor('Simpan papan sebagai halaman HTML');
    term.type('\r');
    await term.waitFor('Perintah yang sama: pmp-offline eta --log unggahan.csv --html papan-kabupaten.html');
    expect(readFileSync(path.join(dir, 'papan-kabupaten.html'), 'utf8')).toContain('SMP NEGERI 2 CONTOH');
    await term.waitFor(MENU);
    term.type('8\r');
    expect(await term.exited).toBe(0);
  });

  it('Ctrl-C while a command runs: the command stops by its own rules (130) and so does the menu', async () => {
    const dir = schoolFolder();
    const token = 'guided-token-stall-42';
    const roster = makeRoster({ seed: 'guided-stall' });
    const npsn = (roster.getSekolah.rows as { npsn: string }).npsn;
    // Dapodik answers getSekolah, then stalls in the middle of the next answer.
    const server = await startFakeDapodik({ roster, token, faults: { getGtk: 'stall' } });
    try {
      const term = openTerminal([process.execPath, BIN], { cwd: dir, env: { DAPODIK_TOKEN: token } });
      await term.waitFor(MENU);
      term.type('1\r');
      await term.waitFor('Alamat Dapodik');
      term.type(`${server.origin}\r`);
      await term.waitFor('NPSN sekolah');
      term.type(`${npsn}\r`);
      await term.waitFor('1. Pakai token di variabel DAPODIK_TOKEN');
      term.type('1\r');
      await term.waitFor('Simpan daftar responden');
      term.type('\r');
      // The request for the staff list is under way (stalled); Ctrl-C on the console.
      while (!server.requests.some((request) => request.endpoint === 'getGtk')) await new Promise((resolve) => setTimeout(resolve, 20));
      term.type('\x03');
      expect(await term.exited).toBe(130);
      expect(term.screen()).toContain('dihentikan (SIGINT)');
      expect(readdirSync(dir).filter((name) => name.endsWith('.xlsx'))).toEqual([]);
      expect(term.screen()).not.toContain(token);
    } finally {
      await server.close();
    }
  });

  it('Ctrl-C at a question leaves at once with 130, nothing written', async () => {
    const dir = schoolFolder();
    const before = readdirSync(dir).sort();
    const term = openTerminal([process.execPath, BIN], { cwd: dir });
    await term.waitFor(MENU);
    term.type('4\r');
    await term.waitFor('Berkas ekspor, berkas .pmp');
    term.type('\x03');
    expect(await term.exited).toBe(130);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(path.join(dir, 'kirim'))).toBe(false);
  });
});

describe('no command where nobody can answer: the help, exit 0, never a prompt', () => {
  it.each([
    ['with CI set, on a terminal', { CI: '1' }, []],
    ['with --json, on a terminal', {}, ['--json']],
  ])('%s', async (_label, env, args) => {
    const term = openTerminal([process.execPath, BIN, ...args], { cwd: tmpdir(), env });
    expect(await term.exited).toBe(0);
    expect(term.screen()).not.toContain(MENU);
    expect(term.screen()).toContain(args.length ? 'pmp-offline/bantuan@1' : 'Cara pakai');
  });

  it.each([[[]], [['--lang', 'en']], [['--no-color']]])('%j with stdin and stdout not a terminal', async (args) => {
    const r = await runCliProcess(args, { env: { CI: undefined } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(args[1] === 'en' ? /^Usage: pmp-offline/ : /^Cara pakai: pmp-offline/);
  });
});
