// A checked school in JSON and on the terminal: the same verdict, findings and steps.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentTerminal } from '../../helpers/robustness.js';
import { defaultRuleset } from '../../../src/domain/builtin-ruleset.js';
import { checkOne, SchoolCounter } from '../../../src/school/check.js';
import { itemToJson, renderItem, renderSummary, resultToJson } from '../../../src/school/render.js';
import { FIXTURES } from '../../helpers/cli.js';

const ascii = silentTerminal(false);
const settings = { ruleset: defaultRuleset() };

describe('school/render', () => {
  it('a ready school and one that is not: JSON and text agree', async () => {
    const ready = await checkOne(path.join(FIXTURES, 'demo', 'sdn-1-contoh.json'), settings);
    const notReady = await checkOne(path.join(FIXTURES, 'demo', 'smp-2-contoh-belum-siap.json'), settings);
    const [a, b] = [itemToJson(ready), itemToJson(notReady)];
    expect(a.siap).toBe(true);
    expect(b.siap).toBe(false);
    expect(b.masalah?.length).toBeGreaterThan(0);
    const text = renderItem(notReady, ascii);
    for (const problem of b.masalah ?? []) expect(text).toContain(problem.pesan);
    expect(text).toMatch(/\[X\]/);
    expect([...text].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
  });

  it('the document: ready only when every school is, with the totals', async () => {
    const items = await Promise.all(['sdn-1-contoh.json', 'smp-2-contoh-belum-siap.json'].map((f) => checkOne(path.join(FIXTURES, 'demo', f), settings)));
    const counter = new SchoolCounter();
    for (const item of items) counter.add(item);
    const doc = resultToJson(items.map(itemToJson), counter.totals);
    expect(doc.format).toBe('pmp-offline/cek@1');
    expect(doc.siap).toBe(false);
    expect(doc.ringkasan).toMatchObject({ jumlah: 2, siap: 1, belum_siap: 1 });
    expect(resultToJson([itemToJson(items[0] as never)], { ...counter.totals, siap: 1, belum_siap: 0 }).siap).toBe(true);
    const summary = renderSummary(counter.totals, [{ berkas: 'smp-2-contoh-belum-siap.json', alasan: 'versi lama' }], [], [], ascii);
    expect(summary).toContain('smp-2-contoh-belum-siap.json');
  });
});
