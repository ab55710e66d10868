// `eta` has a fast path that runs without commander (src/eta/fast.ts). It must answer
// every command line exactly as the full program does: the same exit code, stdout and
// stderr, taken or not. PMP_OFFLINE_DEBUG=no-fast-path turns it off for the comparison;
// PMP_OFFLINE_DEBUG=fast-path says when it was taken, so these tests also prove that the
// plain command lines really use it (or the comparison would prove nothing).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePlainEta } from '../../src/eta/fast.js';
import { runCli } from '../helpers/cli.js';

const NAME = '20171018131000_1ed54ac4-30d0-45dc-99c1-f95cef07f606_pmp_1arjl2o9vj000.pmp';
let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pmp-eta-fast-'));
  file = path.join(dir, NAME);
  writeFileSync(file, 'PMP-APP-BINARY\u0000\u0001data');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SENT = ['--sent', '20/10/2017 14.30'];
const NOW = ['--now', '20/10/2017 15.10'];

/** Command lines the fast path answers. */
const plain = (): string[][] => [
  [...SENT, ...NOW],
  ['--sent=20/10/2017 14.30', '--now=21/10/2017 16.00'],
  [...SENT, ...NOW, '--json'],
  [...SENT, ...NOW, '--lang', 'en'],
  ['--lang=en', ...SENT, ...NOW, '--no-color'],
  [...SENT, ...NOW, '--zone', 'WITA'],
  [...SENT, ...NOW, '--zone', 'America/Los_Angeles', '--lang', 'en'],
  [...SENT, '--now', '22/10/2017 08.00', '--cutoff', '21/10/2017'],
  [file, ...NOW],
  [file, '--now', '2017-10-25T10:00:00+07:00', '--json'],
  // One of two files unreadable is part of the answer (a row, a line on stderr, exit 3).
  [file, path.join(dir, 'tidak-ada.pmp'), ...NOW],
  [...NOW],
];

/** Command lines it leaves to the full program (or that fail, which the full program words). */
const other = (): string[][] => [
  ['--help'],
  ['-h'],
  [...SENT, '--sent', '21/10/2017 10.00', ...NOW],
  ['--sent', '31/02/2017 10.00', ...NOW],
  ['--sent', ...NOW],
  ['--sent='],
  [...SENT, '--zone', 'Mars/Olympus', ...NOW],
  [...SENT, ...NOW, '--lang', 'xx'],
  [...SENT, ...NOW, '--bogus'],
  [...SENT, ...NOW, '-x'],
  [...SENT, ...NOW, '--'],
  [...SENT, ...NOW, '--json=yes'],
  [path.join(dir, 'tidak-ada.pmp'), ...NOW],
  [...SENT, ...NOW, '--ics', path.join(dir, 'pengingat.ics')],
];

async function both(args: string[], env: Record<string, string> = {}) {
  const [fast, full] = await Promise.all([
    runCli(['eta', ...args], { env: { ...env, PMP_OFFLINE_DEBUG: 'fast-path' } }),
    runCli(['eta', ...args], { env: { ...env, PMP_OFFLINE_DEBUG: 'no-fast-path' } }),
  ]);
  const marker = 'pmp-offline debug: eta fast path\n';
  const taken = fast.stderr.endsWith(marker);
  return { taken, fast: { ...fast, stderr: taken ? fast.stderr.slice(0, -marker.length) : fast.stderr }, full };
}

describe('eta without commander', () => {
  it('answers plain command lines itself, exactly as the full program', async () => {
    for (const args of plain()) {
      const { taken, fast, full } = await both(args);
      expect(taken, args.join(' ')).toBe(true);
      expect(fast.code, args.join(' ')).toBe(full.code);
      expect(fast.stdout, args.join(' ')).toBe(full.stdout);
      expect(fast.stderr, args.join(' ')).toBe(full.stderr);
    }
  }, 60_000);

  it('leaves everything else to the full program, with the same result', async () => {
    for (const args of other()) {
      const { taken, fast, full } = await both(args);
      expect(taken, args.join(' ')).toBe(false);
      expect(fast.code, args.join(' ')).toBe(full.code);
      expect(fast.stdout, args.join(' ')).toBe(full.stdout);
      expect(fast.stderr, args.join(' ')).toBe(full.stderr);
    }
  }, 60_000);

  it('follows PMP_OFFLINE_LANG and colour settings like the full program', async () => {
    const envs: Array<Record<string, string>> = [{ PMP_OFFLINE_LANG: 'en' }, { PMP_OFFLINE_LANG: ' en ' }, { PMP_OFFLINE_LANG: 'xx' }, { FORCE_COLOR: '1', NO_COLOR: '' }];
    for (const env of envs) {
      const { fast, full } = await both([...SENT, ...NOW], env);
      expect(fast.code).toBe(full.code);
      expect(fast.stdout).toBe(full.stdout);
      expect(fast.stderr).toBe(full.stderr);
    }
  }, 60_000);

  it('reads a command line only when commander would read it the same single way', () => {
    expect(parsePlainEta([...SENT, 'a.pmp', '--json'])).toEqual({ files: ['a.pmp'], options: { sent: '20/10/2017 14.30', json: true, color: true } });
    expect(parsePlainEta(['--no-color', '--lang=en'])).toEqual({ files: [], options: { color: false, lang: 'en' } });
    for (const args of [['--sent'], ['--sent', '-1'], ['--json', '--json'], ['-'], [''], ['--no-color=1'], ['--ics', 'x.ics'], ['--version']]) {
      expect(parsePlainEta(args), args.join(' ')).toBeUndefined();
    }
  });
});
