// Every workbook, page and calendar path of the built CLI, as a real process: stderr says
// what was written and nothing else (a dependency's DeprecationWarning once reached the
// operator's terminal on every `check --xlsx`; esbuild.patches.mjs fixes it at build).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCliProcess } from '../helpers/cli.js';

describe('the built CLI prints no runtime warning', () => {
  it('check --xlsx --html, plan --xlsx, eta --log (an .xlsx log) --xlsx --html --ics', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmp-warnings-'));
    const out = (name: string) => path.join(dir, name);
    const check = await runCliProcess([
      'check',
      path.join(FIXTURES, 'kabupaten-contoh'),
      '--summary',
      '--xlsx',
      out('rekap.xlsx'),
      '--html',
      out('laporan.html'),
    ]);
    const plan = await runCliProcess(['plan', path.join(FIXTURES, 'dapodik', 'sdn-1-contoh'), '--xlsx', out('responden.xlsx')]);
    writeFileSync(out('log.csv'), 'npsn;waktu_unggah\n20212345;19/10/2017 10.00\n');
    const board = await runCliProcess([
      'eta',
      '--log',
      out('log.csv'),
      '--now',
      '20/10/2017 18.00',
      '--xlsx',
      out('papan.xlsx'),
      '--html',
      out('papan.html'),
      '--ics',
      out('papan.ics'),
    ]);
    // The board's own workbook read back as a log: the .xlsx reader too.
    const fromXlsx = await runCliProcess(['eta', '--log', out('papan.xlsx'), '--now', '20/10/2017 18.00', '--json']);
    expect([check.code, plan.code, board.code, fromXlsx.code]).toEqual([1, 0, 0, 0]);
    expect(JSON.parse(fromXlsx.stdout).sekolah[0].npsn).toBe('20212345');
    for (const r of [check, plan, board, fromXlsx]) expect(r.stderr).not.toMatch(/Warning|DEP0/);
    expect(check.stderr.trim().split('\n')).toEqual([`Rekap Excel ditulis ke ${out('rekap.xlsx')}.`, `Laporan HTML ditulis ke ${out('laporan.html')}.`]);
  });
});
