// The Dapodik client against a hostile WebService and hostile local files: the token
// reaches no output, whatever the server sends back or the user mistypes, and token
// files and saved answers go through the one bounded reader. (A server that stalls,
// drips, never ends or inflates a bomb: test/robustness/dapodik-server-faults.test.ts,
// in npm run test:slow.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRoster } from '../fixtures-gen/index.mjs';
import { runCli } from '../helpers/cli.js';
import { fakeDapodikPerTest } from '../helpers/fake-dapodik.js';

const TOKEN = 'tok3n-Rahasia-hostile-5a4b';
const env = { DAPODIK_TOKEN: TOKEN };
const roster = makeRoster({ seed: 'hostile', level: 'SD' });
const npsn = (roster.getSekolah.rows as { npsn: string }).npsn;
const serve = fakeDapodikPerTest(roster, TOKEN);

const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-hostile-${label}-`));
const galat = (stdout: string) => (JSON.parse(stdout) as { galat: { kode: string; pesan: string } }).galat;

describe('the token reaches no output, whatever the server sends back', () => {
  it('a server that echoes the Authorization header: not in the plan, the JSON, the saved answers or the workbook', async () => {
    const server = await serve({ getSekolah: 'echoToken', getGtk: 'echoToken', getPesertaDidik: 'echoToken' });
    const dir = tmp('echo');
    const save = path.join(dir, 'jawaban');
    const xlsx = path.join(dir, 'rencana.xlsx');
    const text = await runCli(['plan', '--dapodik', server.origin, '--npsn', npsn, '--save', save, '--xlsx', xlsx], { env });
    const json = await runCli(['plan', '--dapodik', server.origin, '--npsn', npsn, '--json'], { env });
    expect(text.code === 0 || text.code === 1).toBe(true);
    expect(server.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    // The server did send it back: the plan shows where it was taken out.
    expect(text.stdout + json.stdout).toContain('[token]');
    const saved = readdirSync(save).map((name) => readFileSync(path.join(save, name), 'utf8'));
    expect(saved.join('')).toContain('[token]');
    const workbook = execFileSync('unzip', ['-p', xlsx], { encoding: 'latin1' });
    for (const output of [text.stdout, text.stderr, json.stdout, json.stderr, ...saved, workbook]) expect(output).not.toContain(TOKEN);
  });

  it.each([['--tokn=secret123'], ['--to=secret123'], ['--token=secret123']])('a mistyped or refused option %s: never echoed', async (arg) => {
    const result = await runCli(['plan', '--dapodik', '--npsn', npsn, arg], { env });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toContain('secret123');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('token files and saved answers are read like every other file: regular, bounded', () => {
  const fifo = (dir: string, name: string) => {
    const file = path.join(dir, name);
    execFileSync('mkfifo', [file]);
    return file;
  };

  it.each([['/dev/zero'], ['a FIFO']])('--token-file %s: exit 3 at once, one line', async (what) => {
    const file = what === '/dev/zero' ? '/dev/zero' : fifo(tmp('fifo'), 'token');
    const result = await runCli(['plan', '--dapodik', '127.0.0.1:9', '--npsn', npsn, '--token-file', file, '--json']);
    expect(result.code).toBe(3);
    expect(galat(result.stdout).pesan).toContain(file);
  });

  it.each([['/dev/zero'], ['a FIFO']])('a saved getGtk.json that is %s: exit 3 at once, naming it', async (what) => {
    const dir = tmp('saved');
    for (const [name, answer] of Object.entries(roster)) if (name !== 'getGtk') writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(answer));
    if (what === '/dev/zero') symlinkSync('/dev/zero', path.join(dir, 'getGtk.json'));
    else fifo(dir, 'getGtk.json');
    const result = await runCli(['plan', dir, '--json']);
    expect(result.code).toBe(3);
    expect(galat(result.stdout).pesan).toContain('getGtk.json');
  });
});
