// The plan in words, in JSON and as the operator's workbook: the same people.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makePlan } from '../../../../src/commands/plan/choose.js';
import { planToJson, planWorkbook, renderPlan } from '../../../../src/commands/plan/render.js';
import { defaultRuleset } from '../../../../src/domain/builtin-ruleset.js';
import { makeRoster } from '../../../fixtures-gen/index.mjs';
import { rosterAnswers } from '../../../helpers/fake-dapodik.js';
import { silentTerminal } from '../../../helpers/robustness.js';

const roster = makeRoster({ seed: 'render', level: 'SD' });
const answers = rosterAnswers(roster);
const plan = makePlan(answers, 'SD', defaultRuleset());
const source = { jenis: 'dapodik' as const, alamat: 'http://localhost:5774' };
const term = silentTerminal();

describe('plan/render', () => {
  it('every chosen person is in the JSON, the text and the workbook', async () => {
    const doc = planToJson(plan, source);
    expect(doc.format).toBe('pmp-offline/rencana@1');
    const chosen = plan.jenis.flatMap((t) => t.dipilih);
    expect(chosen.length).toBeGreaterThan(10);
    const text = renderPlan(plan, source, term);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await planWorkbook(plan, source)) as unknown as ArrayBuffer);
    const inBook = new Set<string>();
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void inBook.add(String(cell.value)))));
    for (const c of chosen) {
      expect(JSON.stringify(doc)).toContain(c.id);
      expect(text).toContain(c.nama);
      expect(inBook.has(c.nama), c.nama).toBe(true);
    }
  });
});
