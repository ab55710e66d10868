// The output rule, as an operator (or a slip of the keyboard) meets it: an output is never
// an input of the same run, never named twice in one run, and replaces only what this
// tool wrote (a workbook nobody has saved since; a page; a calendar), or with --force a
// plain file, never a link or a folder. Each clash is found before anything is written.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, hashFiles, runCli } from '../helpers/cli.js';

const READY = path.join(FIXTURES, 'demo', 'sdn-1-contoh.json');
const SAVED = path.join(FIXTURES, 'dapodik', 'sdn-1-contoh');
const NOW = '20/10/2017 18.00';
const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-outsafe-${label}-`));
const galat = (stdout: string) => (JSON.parse(stdout) as { galat: { kode: string; pesan: string } }).galat;

/** A workbook someone made in Excel: their name in its properties. */
async function theirWorkbook(file: string, edit?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bu Sari';
  workbook.lastModifiedBy = 'Bu Sari';
  const sheet = workbook.addWorksheet('Unggahan');
  sheet.addRow(['NPSN', 'Nama Sekolah', 'Waktu Unggah', 'Status']);
  sheet.addRow(['20100001', 'SD A', '19/10/2017 10.00', 'Belum Kirim']);
  edit?.(workbook);
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

function csvLog(dir: string): string {
  const file = path.join(dir, 'unggahan.csv');
  writeFileSync(file, 'npsn;Nama Sekolah;Waktu Unggah;Status\r\n20100001;SD A;19/10/2017 10.00;Belum Kirim\r\n');
  return file;
}

describe('an output that is also an input: a usage error, whatever --force says', () => {
  it('eta --log log.xlsx --xlsx log.xlsx: the upload log stays as it was', async () => {
    const dir = tmp('log-xlsx');
    const log = path.join(dir, 'log.xlsx');
    await theirWorkbook(log);
    const before = hashFiles([log]);
    for (const extra of [[], ['--force']]) {
      const r = await runCli(['eta', '--log', log, '--now', NOW, '--xlsx', log, ...extra]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`--xlsx ${log}`);
      expect(r.stdout).toBe('');
    }
    expect(hashFiles([log])).toEqual(before);
  });

  it('eta K.pmp --ics K.pmp --force: the file to upload is never turned into a calendar', async () => {
    const dir = tmp('pmp');
    expect((await runCli(['pack', READY, '--out', dir, '--now', '18/10/2017 13.10'])).code).toBe(0);
    const [name] = readdirSync(dir).filter((n) => n.endsWith('.pmp'));
    const pmp = path.join(dir, name as string);
    const before = hashFiles([pmp]);
    const r = await runCli(['eta', pmp, '--ics', pmp, '--force', '--json']);
    expect(r.code).toBe(2);
    expect(galat(r.stdout).kode).toBe('KELUARAN_ADALAH_MASUKAN');
    expect(hashFiles([pmp])).toEqual(before);
  });

  it('eta --log log.csv --ics through a link to the log, --force: the link is followed and refused', async () => {
    const dir = tmp('link');
    const log = csvLog(dir);
    const link = path.join(dir, 'kalender.ics');
    symlinkSync(log, link);
    const before = hashFiles([log]);
    for (const target of [log, link, path.join(dir, '.', 'unggahan.csv')]) {
      const r = await runCli(['eta', '--log', log, '--now', NOW, '--ics', target, '--force']);
      expect(r.code).toBe(2);
    }
    expect(hashFiles([log])).toEqual(before);
  });

  it('check DISTRICT --xlsx DISTRICT/school.json: an input found in the folder is refused; a new name there is fine', async () => {
    const dir = tmp('district');
    const school = path.join(dir, 'sekolah.json');
    copyFileSync(READY, school);
    const before = hashFiles([school]);
    const r = await runCli(['check', dir, '--html', school, '--force']);
    expect(r.code).toBe(2);
    expect(hashFiles([school])).toEqual(before);
    expect((await runCli(['check', dir, '--xlsx', path.join(dir, 'rekap.xlsx')])).code).toBe(0);
  });

  it('plan FOLDER --xlsx FOLDER/getGtk.json and --token-file as an output: refused, the answers unchanged', async () => {
    const dir = tmp('plan');
    for (const name of readdirSync(SAVED)) copyFileSync(path.join(SAVED, name), path.join(dir, name));
    const before = hashFiles(readdirSync(dir).map((n) => path.join(dir, n)));
    const r = await runCli(['plan', dir, '--xlsx', path.join(dir, 'getGtk.json'), '--force']);
    expect(r.code).toBe(2);
    expect(hashFiles(readdirSync(dir).map((n) => path.join(dir, n)))).toEqual(before);
  });
});

describe('one output named twice: found before anything is written', () => {
  it('check --xlsx same --html same: exit 2, nothing written, and --json still one document', async () => {
    const dir = tmp('twice');
    const same = path.join(dir, 'same.xlsx');
    const text = await runCli(['check', READY, '--xlsx', same, '--html', same]);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    const json = await runCli(['check', READY, '--xlsx', same, '--html', path.join(dir, 'sub', '..', 'same.xlsx'), '--json']);
    expect(json.code).toBe(2);
    expect(galat(json.stdout).kode).toBe('KELUARAN_GANDA');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('eta --log L --ics x --xlsx x: exit 2, nothing written', async () => {
    const dir = tmp('twice-eta');
    const log = csvLog(dir);
    const r = await runCli(['eta', '--log', log, '--now', NOW, '--ics', path.join(dir, 'x'), '--xlsx', path.join(dir, 'x'), '--json']);
    expect(r.code).toBe(2);
    expect(galat(r.stdout).kode).toBe('KELUARAN_GANDA');
    expect(readdirSync(dir)).toEqual(['unggahan.csv']);
  });
});

describe('--xlsx replaces only a workbook this tool wrote and nobody saved since', () => {
  it('a workbook made in Excel: exit 4, unchanged; with --force it is replaced', async () => {
    const dir = tmp('theirs');
    const theirs = path.join(dir, 'punya-dinas.xlsx');
    await theirWorkbook(theirs);
    const before = hashFiles([theirs]);
    const check = await runCli(['check', READY, '--xlsx', theirs]);
    expect(check.code).toBe(4);
    expect(check.stderr).toContain('--force');
    const plan = await runCli(['plan', SAVED, '--xlsx', theirs]);
    expect(plan.code).toBe(4);
    const eta = await runCli(['eta', '--log', csvLog(dir), '--now', NOW, '--xlsx', theirs]);
    expect(eta.code).toBe(4);
    expect(hashFiles([theirs])).toEqual(before);
    expect((await runCli(['check', READY, '--xlsx', theirs, '--force'])).code).toBe(0);
    expect(hashFiles([theirs])).not.toEqual(before);
  });

  it('our own workbook is replaced; once someone has saved it (Excel writes their name), it is theirs', async () => {
    const dir = tmp('ours');
    const file = path.join(dir, 'rencana.xlsx');
    expect((await runCli(['plan', SAVED, '--xlsx', file])).code).toBe(0);
    expect((await runCli(['plan', SAVED, '--xlsx', file])).code).toBe(0);
    // Ticked and saved by the operator: Excel keeps the creator and names the last editor.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.creator).toBe('pmp-offline');
    workbook.lastModifiedBy = 'Operator SD';
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const before = hashFiles([file]);
    const r = await runCli(['plan', SAVED, '--xlsx', file, '--json']);
    expect(r.code).toBe(4);
    expect(galat(r.stdout).kode).toBe('RENCANA_SUDAH_ADA');
    expect(hashFiles([file])).toEqual(before);
  });

  it('--force never replaces a link or a folder', async () => {
    const dir = tmp('force-link');
    const real = path.join(dir, 'real.xlsx');
    await theirWorkbook(real);
    const link = path.join(dir, 'link.xlsx');
    symlinkSync(real, link);
    const before = hashFiles([real]);
    expect((await runCli(['check', READY, '--xlsx', link, '--force'])).code).toBe(4);
    expect((await runCli(['check', READY, '--html', dir, '--force'])).code).toBe(4);
    expect(hashFiles([real])).toEqual(before);
    expect(existsSync(path.join(dir, 'real.xlsx'))).toBe(true);
    expect(readFileSync(link).equals(readFileSync(real))).toBe(true);
  });
});
