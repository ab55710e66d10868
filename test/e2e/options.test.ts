// Options are declared once, on the commander command, with their parsers
// (src/commands/options.ts); the action turns the strings into instants and a zone.
// (Earlier tests fed parseEtaOptions values of the wrong type, which commander never
// hands over: they went with the hand-written type checks they tested.)
import { describe, expect, it } from 'vitest';
import { ExitCode, UsageError } from '../../src/core/errors.js';
import { jobs, text } from '../../src/commands/options.js';
import { parseEtaOptions } from '../../src/commands/eta/action.js';
import { runCli } from '../helpers/cli.js';

describe('parseEtaOptions', () => {
  it('takes the options commander gives', () => {
    const parsed = parseEtaOptions([], { sent: '20/10/2017 14.30', now: '20/10/2017 15.10', json: true, zone: 'WITA' });
    expect(parsed.sent?.toUTC().toISO()).toBe('2017-10-20T06:30:00.000Z');
    expect(parsed.json).toBe(true);
    expect(parsed.zone).toBe('Asia/Makassar');
  });
});

describe('option parsers', () => {
  it('an empty value names the option, in the chosen language', () => {
    for (const value of ['', '   ']) {
      let caught: unknown;
      try {
        text('--rules')(value);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(UsageError);
      expect((caught as UsageError).exitCode).toBe(ExitCode.Usage);
      expect((caught as UsageError).message).toContain('--rules');
    }
  });

  it('--jobs takes a whole number from 1 to 64', () => {
    expect(jobs(' 3 ')).toBe(3);
    for (const bad of ['0', '65', '1.5', 'dua', '']) expect(() => jobs(bad)).toThrow(UsageError);
  });

  for (const [args, option] of [
    [['check', 'x.json', '--rules', ''], '--rules'],
    [['pack', 'x.json', '--out', ''], '--out'],
    [['eta', '--sent', ''], '--sent'],
    [['eta', '--sent', '20/10/2017 14.30', '--ics', ' '], '--ics'],
  ] as const) {
    it(`${args.join(' ')}: one line naming ${option}, exit 2, Indonesian and English`, async () => {
      const id = await runCli([...args]);
      expect(id.code).toBe(2);
      expect(id.stderr.trim().split('\n')).toHaveLength(1);
      expect(id.stderr).toContain(`opsi ${option} memerlukan nilai`);
      const en = await runCli([...args, '--lang', 'en']);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(`option ${option} needs a value`);
      expect(en.stderr).not.toMatch(/Too small|diharapkan/);
    });
  }
});
