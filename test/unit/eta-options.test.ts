// eta checks commander's options by hand (zod is no longer loaded at eta's start-up):
// well-typed options pass, a value of the wrong type is still a usage error (exit 2).
import { describe, expect, it } from 'vitest';
import { ExitCode, UsageError } from '../../src/core/errors.js';
import { parseEtaOptions } from '../../src/eta/action.js';

describe('parseEtaOptions', () => {
  it('takes the options commander gives', () => {
    const parsed = parseEtaOptions([], { sent: '20/10/2017 14.30', now: '20/10/2017 15.10', json: true, color: false, zone: 'WITA' });
    expect(parsed.sent?.toUTC().toISO()).toBe('2017-10-20T06:30:00.000Z');
    expect(parsed.json).toBe(true);
    expect(parsed.noColor).toBe(true);
    expect(parsed.zone).toBe('Asia/Makassar');
  });

  for (const raw of [{ sent: 5 }, { json: 'yes' }, { color: 1 }, { ics: [] }, null, 'x']) {
    it(`refuses ${JSON.stringify(raw)} as a usage error`, () => {
      let caught: unknown;
      try {
        parseEtaOptions([], raw);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(UsageError);
      expect((caught as UsageError).kode).toBe('OPSI_TIDAK_SAH');
      expect((caught as UsageError).exitCode).toBe(ExitCode.Usage);
    });
  }
});
