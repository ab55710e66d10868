// pack's results in words and in JSON.
import { describe, expect, it } from 'vitest';
import { silentTerminal } from '../../../helpers/robustness.js';
import type { PackItem } from '../../../../src/commands/pack/run.js';
import { failureLine, packItemToJson, packResultToJson, renderNextSteps, renderPackSummary } from '../../../../src/commands/pack/render.js';

const school = { sekolah_id: '1ed54ac4-30d0-45dc-99c1-f95cef07f606', npsn: '20100001', nama: 'SD Satu', bentuk_pendidikan: 'SD' as const };
const base: PackItem = {
  sumber: 'sd-1.json',
  status: 'dibuat',
  siap: true,
  sekolah: school,
  berkas: 'kirim/x.pmp',
  ukuran: 2048,
  sha256: 'ab',
  dibuat: '2017-10-18T13:10:00+07:00',
  assessment: null,
  galat: null,
};
const failed: PackItem = {
  ...base,
  sumber: 'sd-2.json',
  status: 'galat',
  berkas: null,
  galat: { kode: 'WADAH_GAGAL_DITULIS', pesan: 'disk penuh', exitCode: 4 },
};
const term = silentTerminal(false);

describe('pack/render', () => {
  it('JSON keeps each result and its error', () => {
    const doc = packResultToJson([base, failed], [], ['.pmp-tmp-1'], true);
    expect(doc).toMatchObject({ format: 'pmp-offline/pack@1', dihentikan: true, dibersihkan: ['.pmp-tmp-1'] });
    expect(doc.hasil.map((h) => [h.status, h.galat?.kode ?? null])).toEqual([
      ['dibuat', null],
      ['galat', 'WADAH_GAGAL_DITULIS'],
    ]);
    expect(packItemToJson(base).masalah).toEqual([]);
  });

  it('a failure names its source and school; the summary counts by status; the next step names the one file made', () => {
    expect(failureLine(failed)).toContain('sd-2.json');
    expect(failureLine(failed)).toContain('NPSN 20100001');
    expect(failureLine({ ...failed, sekolah: null })).toBe('disk penuh');
    const summary = renderPackSummary([base, failed], [], term);
    expect(summary).toMatch(/\s1\n/);
    expect(summary).toContain('disk penuh');
    expect(renderNextSteps([base, failed])).toContain('pmp-offline eta kirim/x.pmp');
    expect(renderNextSteps([failed])).toBe('');
  });
});
