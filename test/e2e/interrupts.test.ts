// One interrupt rule for every command: from the first line of a run to its last write a
// signal is the program's (src/core/interrupt.ts). The run ends with 130 (SIGINT) or 143
// (SIGTERM), --json still prints one document, no temporary file is left, and each output
// is whole or absent. Signals are emitted to this process's own listeners (never sent
// for real: with nobody listening the test worker itself would die).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/entry.js';
import { makeRoster } from '../fixtures-gen/index.mjs';
import { childEnv, FIXTURES, runCli } from '../helpers/cli.js';
import { startFakeDapodik } from '../helpers/fake-dapodik.js';

const DISTRICT = path.join(FIXTURES, 'kabupaten-contoh');
const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-interrupt-${label}-`));

/** A district of `copies` × the 12 sample schools. */
function bigDistrict(copies: number): string {
  const dir = tmp('district');
  for (let copy = 0; copy < copies; copy++)
    for (const name of readdirSync(DISTRICT)) copyFileSync(path.join(DISTRICT, name), path.join(dir, `${copy}-${name}`));
  return dir;
}

/** Streams that collect what is written, as pipes would. */
function pipes() {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (into: string[]) =>
    ({
      isTTY: false,
      write: (chunk: string | Uint8Array) => (into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true),
      on: () => undefined,
      once: () => undefined,
    }) as unknown as NodeJS.WriteStream;
  return { io: { env: childEnv(), stdout: stream(out), stderr: stream(err) }, stdout: () => out.join(''), stderr: () => err.join('') };
}

const temporaries = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.pmp-tmp-'));

describe('a signal at any moment of a run', () => {
  it('the first line of a run already holds the signals: a Ctrl-C before the command even starts is 130 and one document', async () => {
    const dir = bigDistrict(2);
    expect(process.listenerCount('SIGINT')).toBe(0);
    const { io, stdout } = pipes();
    const running = main(['check', dir, '--json'], io);
    // Synchronously after the call: nothing has been loaded or parsed yet.
    expect(process.listenerCount('SIGINT')).toBe(1);
    process.emit('SIGINT');
    expect(await running).toBe(130);
    const doc = JSON.parse(stdout());
    expect(doc.dihentikan).toBe(true);
    // The signal was there before the first school: the batch stops after that one.
    expect(doc.hasil).toHaveLength(1);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('while the workbook is written after a batch: the workbook whole, the page not begun, no temporary, one document', async () => {
    const dir = bigDistrict(4);
    const out = tmp('views');
    const xlsx = path.join(out, 'rekap.xlsx');
    const html = path.join(out, 'laporan.html');
    const { io, stdout } = pipes();
    const running = main(['check', dir, '--xlsx', xlsx, '--html', html, '--json'], io);
    // The moment the workbook's temporary file exists, SIGTERM arrives.
    let sent = false;
    await new Promise<void>((resolve) => {
      const look = () => {
        if (temporaries(out).length > 0) {
          process.emit('SIGTERM');
          sent = true;
          return resolve();
        }
        if (process.listenerCount('SIGTERM') === 0 && readdirSync(out).length > 0) return resolve();
        setImmediate(look);
      };
      look();
    });
    expect(sent).toBe(true);
    expect(await running).toBe(143);
    expect(JSON.parse(stdout()).ringkasan.jumlah).toBe(48);
    expect(temporaries(out)).toEqual([]);
    expect(readdirSync(out)).toEqual(['rekap.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.getWorksheet('Sekolah')?.rowCount).toBe(49);
  });

  it('plan --dapodik while Dapodik has not answered: the requests are called off, 130, one document, nothing saved', async () => {
    const roster = makeRoster({ seed: 'interrupt', level: 'SD' });
    const token = 'tok3n-interrupt-1234';
    const server = await startFakeDapodik({ roster, token, faults: { getGtk: 'slow' } });
    const out = tmp('plan');
    const save = path.join(out, 'jawaban');
    mkdirSync(save);
    const npsn = (roster.getSekolah.rows as { npsn: string }).npsn;
    try {
      const result = runCli(['plan', '--dapodik', server.origin, '--npsn', npsn, '--save', save, '--xlsx', path.join(out, 'r.xlsx'), '--json'], {
        env: { DAPODIK_TOKEN: token },
      });
      await new Promise<void>((resolve) => {
        const look = () => (server.requests.length >= 4 && process.listenerCount('SIGINT') > 0 ? resolve() : setTimeout(look, 5));
        look();
      });
      process.emit('SIGINT');
      const r = await result;
      expect(r.code).toBe(130);
      expect(JSON.parse(r.stdout)).toMatchObject({ format: 'pmp-offline/galat@1', galat: { kode: 'DIHENTIKAN' } });
      expect(readdirSync(out)).toEqual(['jawaban']);
      expect(readdirSync(save)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
