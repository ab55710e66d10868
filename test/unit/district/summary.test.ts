// What the district views know of a batch: one row per input, the counts every view shows.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DistrictSummary } from '../../../src/district/summary.js';
import { defaultRuleset } from '../../../src/domain/builtin-ruleset.js';
import { runCheck, type CheckItem } from '../../../src/school/check.js';
import { FIXTURES } from '../../helpers/cli.js';

async function itemsOf(paths: string[]): Promise<CheckItem[]> {
  const items: CheckItem[] = [];
  await runCheck({ paths, settings: { ruleset: defaultRuleset() }, onItem: (item) => void items.push(item) });
  return items;
}

describe('DistrictSummary', () => {
  it('counts ready, not ready and unreadable schools, and groups them by level and kabupaten', async () => {
    const items = await itemsOf([path.join(FIXTURES, 'kabupaten-contoh'), path.join(FIXTURES, 'tidak-sah')]);
    const summary = new DistrictSummary();
    for (const item of items) summary.add(item);
    const ready = items.filter((i) => i.ok && i.assessment.siap).length;
    const unreadable = items.filter((i) => !i.ok).length;
    expect(ready).toBeGreaterThan(0);
    expect(unreadable).toBeGreaterThan(0);
    expect(summary.count('siap')).toBe(ready);
    expect(summary.count('tidak_terbaca')).toBe(unreadable);
    expect(summary.count('siap') + summary.count('belum_siap') + summary.count('tidak_terbaca')).toBe(summary.countedSchools().length);
    const byLevel = summary.by('bentuk');
    expect(byLevel.reduce((n, g) => n + g.total, 0)).toBe(summary.count('siap') + summary.count('belum_siap'));
    expect(byLevel.map((g) => g.nama)).toEqual([...byLevel.map((g) => g.nama)].sort());
    // Every problem of a school not ready is a finding row.
    const problems = items.reduce((n, i) => n + (i.ok ? i.assessment.masalah.length : 0), 0);
    expect(summary.findings.filter((f) => f.jenisTemuan === 'masalah')).toHaveLength(problems);
  });

  it('one school twice in a batch (a re-export beside the first): both rows listed, one counted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmp-summary-'));
    const file = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
    copyFileSync(file, path.join(dir, 'a.json'));
    copyFileSync(file, path.join(dir, 'b-ekspor-ulang.json'));
    const items = await itemsOf([dir]);
    expect(items).toHaveLength(2);
    const summary = new DistrictSummary();
    for (const item of items) summary.add(item);
    expect(summary.schools).toHaveLength(2);
    expect(summary.countedSchools()).toHaveLength(1);
    expect(summary.count('siap')).toBe(1);
  });
});
