// How a school's findings and next steps read (the catalogue's words, in the run's language).
import { describe, expect, it } from 'vitest';
import type { SchoolAssessment } from '../../../src/domain/readiness.js';
import { describeProblem, nextSteps, quoteArg } from '../../../src/school/describe.js';
import { inLang } from '../../helpers/lang.js';

const notReady = (kode: string): SchoolAssessment =>
  ({ siap: false, masalah: [{ kode, jenis: null, detail: {} }], peringatan: [], versi: { diwajibkan: '2.2' } }) as unknown as SchoolAssessment;

describe('describe', () => {
  it('quotes a path only when a shell needs it, and never lets it read as an option', () => {
    expect(quoteArg('sdn-1.json')).toBe('sdn-1.json');
    expect(quoteArg('D:\\Data PMP\\sdn 1.json')).toBe('"D:\\Data PMP\\sdn 1.json"');
    expect(quoteArg('-rf.json')).toBe('./-rf.json');
    expect(quoteArg('say "hi".json')).toBe('"say \\"hi\\".json"');
  });

  it('a ready export is packed, a ready container uploaded, a progress sheet sent with Kirim Offline', () => {
    const ready = { siap: true, masalah: [], peringatan: [] } as unknown as SchoolAssessment;
    const [pack] = nextSteps(ready, 'a b.json');
    const [upload] = nextSteps(ready, 'x.pmp', 'wadah');
    const [sheet] = nextSteps(ready, 'p.xlsx', 'lembar_progres');
    expect(pack).toContain('pmp-offline pack "a b.json"');
    expect(upload).toContain('x.pmp');
    expect(new Set([pack, upload, sheet]).size).toBe(3);
  });

  it('an old application version: update to the required one first, then check again', () => {
    const steps = inLang('en', () => nextSteps(notReady('VERSI_LAMA'), 'sdn.json'));
    expect(steps).toHaveLength(2);
    expect(steps[0]).toContain('2.2');
    expect(steps.at(-1)).toContain('check');
  });

  it('a problem is one sentence that starts with a capital, in either language', () => {
    for (const lang of ['id', 'en'] as const) {
      const text = inLang(lang, () => describeProblem({ kode: 'RESPONDEN_KURANG', jenis: 'pendidik', detail: { ada: 2, dibutuhkan: 5 } } as never));
      expect(text, lang).toMatch(/^[A-Z]/);
      expect(text, lang).toContain('3');
      expect(text, lang).not.toMatch(/\{\w+\}/);
    }
  });
});
