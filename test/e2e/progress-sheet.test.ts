// check reads a progress sheet: the plan workbook ticked by hand (the round trip plan →
// tick → check), or a verification table pasted into Excel or saved as CSV. The same
// rules and outputs as an export; bad cells named by sheet, row and column.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/cli.js';

const SAVED = path.join(FIXTURES, 'dapodik', 'sdn-1-contoh');
const tmp = (label: string) => mkdtempSync(path.join(tmpdir(), `pmp-progress-${label}-`));

interface Finding {
  kode: string;
  pesan: string;
  responden?: { id: string };
}
interface Item {
  berkas: string;
  masukan?: string;
  siap: boolean;
  galat: { kode: string; pesan: string } | null;
  sekolah: { npsn: string; nama: string; bentuk_pendidikan: string } | null;
  jenis: Array<{ jenis: string; terdaftar: number; lengkap: number }> | null;
  masalah: Finding[] | null;
  peringatan: Finding[] | null;
}

async function check(...args: string[]): Promise<{ code: number | null; items: Item[]; stderr: string }> {
  const r = await runCli(['check', ...args, '--json']);
  return { code: r.code, items: (JSON.parse(r.stdout) as { hasil: Item[] }).hasil, stderr: r.stderr };
}

/** The plan workbook for the demo SD, ticked as an operator would: every chosen person registered and done. */
async function tickedPlan(edit?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const file = path.join(tmp('plan'), 'rencana.xlsx');
  expect((await runCli(['plan', SAVED, '--xlsx', file])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet('Ringkasan')?.eachRow((row) => {
    if (row.getCell(1).value === 'Versi aplikasi PMP') row.getCell(2).value = '2.2';
  });
  for (const sheet of wb.worksheets.slice(1)) {
    const header = sheet.getRow(1).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      if (row.getCell(col('Nama')).value === null || row.getCell(col('Nama')).value === '') row.getCell(col('Nama')).value = `Isian ${sheet.name} ${number}`;
      row.getCell(col('Didaftarkan di PMP')).value = '✓';
      row.getCell(col('Selesai mengisi')).value = '✓';
    });
  }
  edit?.(wb);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

const cellOf = (wb: ExcelJS.Workbook, sheet: string, header: string, row: number) => {
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  return ws.getRow(row).getCell((ws.getRow(1).values as unknown[]).indexOf(header));
};

describe('the plan workbook, ticked by hand, reads back as it is', () => {
  it('every chosen person registered and done, the version filled in: SIAP KIRIM, from the sheet', async () => {
    const file = await tickedPlan();
    const { code, items } = await check(file);
    expect(code).toBe(0);
    expect(items[0]).toMatchObject({
      masukan: 'lembar_progres',
      siap: true,
      sekolah: { npsn: '20212345', nama: 'SD NEGERI 1 CONTOH', bentuk_pendidikan: 'SD' },
    });
    expect(items[0]?.jenis?.find((j) => j.jenis === 'peserta_didik')).toMatchObject({ terdaftar: 15, lengkap: 15 });
    // A ready sheet's next step is the application's own Kirim Offline, not pack.
    const text = await runCli(['check', file]);
    expect(text.stdout).toContain('Kirim Offline');
    expect(text.stdout).not.toContain('pmp-offline pack');
  });

  it('a registered teacher who has not finished keeps the school not ready, named; an unregistered one is not counted', async () => {
    let teacher = '';
    const file = await tickedPlan((wb) => {
      cellOf(wb, 'Pendidik', 'Selesai mengisi', 3).value = '☐';
      teacher = String(cellOf(wb, 'Pendidik', 'ID di Dapodik', 3).value);
      cellOf(wb, 'Peserta didik', 'Didaftarkan di PMP', 2).value = null;
    });
    const { code, items } = await check(file);
    expect(code).toBe(1);
    const unfinished = items[0]?.masalah?.find((m) => m.kode === 'RESPONDEN_BELUM_SELESAI');
    expect(unfinished?.responden?.id).toBe(teacher);
    expect(unfinished?.pesan).toContain('belum selesai mengisi menurut lembar progres');
    expect(items[0]?.jenis?.find((j) => j.jenis === 'peserta_didik')).toMatchObject({ terdaftar: 14, lengkap: 14 });
    expect(items[0]?.masalah?.some((m) => m.kode === 'RESPONDEN_KURANG')).toBe(true);
  });

  it('no version on the sheet: never SIAP KIRIM, saying how to give it; --versi gives it', async () => {
    const file = await tickedPlan((wb) => {
      wb.getWorksheet('Ringkasan')?.eachRow((row) => {
        if (row.getCell(1).value === 'Versi aplikasi PMP') row.getCell(2).value = null;
      });
    });
    const without = await check(file);
    expect(without.code).toBe(1);
    expect(without.items[0]?.masalah?.map((m) => m.kode)).toEqual(['VERSI_TIDAK_DIKETAHUI']);
    expect(without.items[0]?.masalah?.[0]?.pesan).toContain('--versi');
    expect((await check(file, '--versi', '2.2')).code).toBe(0);
    expect((await check(file, '--versi', '2.1')).items[0]?.masalah?.[0]?.kode).toBe('VERSI_LAMA');
  });
});

describe('a verification table as CSV or a sheet of its own', () => {
  const header = 'Nama;Jenis Responden;Kelas;Peran;NISN / Email;Status';
  const rows = (done: string[]) => [
    `Kepala;Kepala Sekolah;;;ks@sekolah.id;${done[0] ?? '✓'}`,
    ...Array.from({ length: 8 }, (_, i) => `Guru ${i};Guru;;guru mapel;g${i}@sekolah.id;${done[1] ?? 'Sudah Konfirmasi'}`),
    ...[7, 8, 9].flatMap((grade) => Array.from({ length: 5 }, (_, i) => `Siswa ${grade}-${i};Siswa;${grade};;00${grade}000000${i};${done[2] ?? 'ya'}`)),
    `Ketua;Komite;;pimpinan komite;;TRUE`,
    `Ortu A;Komite;;orang tua;;1`,
    `Ortu B;Komite sekolah;;orang tua;;x`,
    `Pak Pengawas;Pengawas;;;;${done[3] ?? 'v'}`,
  ];

  it('columns by name in any case or punctuation, ";" and a BOM: ready with --jenjang and --versi, and words for done', async () => {
    const file = path.join(tmp('csv'), 'verifikasi.csv');
    writeFileSync(file, `\uFEFF${[header.toUpperCase().replace(/ /g, '_'), ...rows([])].join('\r\n')}\r\n`);
    const { code, items } = await check(file, '--jenjang', 'SMP', '--versi', '2.2', '--npsn', '20212399');
    expect(code).toBe(0);
    expect(items[0]).toMatchObject({ masukan: 'lembar_progres', siap: true, sekolah: { npsn: '20212399', bentuk_pendidikan: 'SMP' } });
    const notDone = path.join(tmp('csv2'), 'verifikasi.csv');
    writeFileSync(notDone, `${[header, ...rows(['✓', 'Belum'])].join('\n')}\n`);
    const r = await check(notDone, '--jenjang', 'SMP', '--versi', '2.2');
    expect(r.code).toBe(1);
    expect(r.items[0]?.masalah?.filter((m) => m.kode === 'RESPONDEN_BELUM_SELESAI')).toHaveLength(8);
  });

  it('completion as a share: 100 %, "100", "100%" are done; "85,5%" is not; UTF-16 and "," read by the same reader', async () => {
    const dir = tmp('share');
    const lines = ['Nama,Jenis,Progres', 'A,Kepala Sekolah,100%', 'B,Pengawas,"85,5%"'];
    writeFileSync(path.join(dir, 'a.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]));
    const { items } = await check(path.join(dir, 'a.csv'), '--jenjang', 'SD', '--versi', '2.2');
    const problems = items[0]?.masalah ?? [];
    expect(problems.find((m) => m.kode === 'RESPONDEN_BELUM_SELESAI')?.pesan).toContain('"85,5%"');
    expect(items[0]?.jenis?.find((j) => j.jenis === 'kepala_sekolah')).toMatchObject({ lengkap: 1 });
  });

  it('an .xlsx with a percent cell (1 = 100 %) and a formula cell counts by value', async () => {
    const file = path.join(tmp('pct'), 'progres.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Verifikasi');
    ws.addRow(['Versi aplikasi', '2.2']);
    ws.addRow(['Jenjang', 'SD']);
    ws.addRow([]);
    ws.addRow(['Nama', 'Jenis', 'Persentase']);
    ws.addRow(['Bu Kepala', 'Kepala Sekolah', 1]);
    ws.getCell('C5').numFmt = '0%';
    ws.addRow(['Pak Pengawas', 'Pengawas', { formula: '50*2', result: 100 }]);
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const { items } = await check(file);
    expect(items[0]?.jenis?.find((j) => j.jenis === 'kepala_sekolah')).toMatchObject({ terdaftar: 1, lengkap: 1 });
    expect(items[0]?.jenis?.find((j) => j.jenis === 'pengawas')).toMatchObject({ terdaftar: 1, lengkap: 1 });
  });

  it('no Peran column: the role rules are warnings to check by hand, never passed in silence', async () => {
    const file = path.join(tmp('noroles'), 'v.csv');
    writeFileSync(
      file,
      `${[
        'Nama;Jenis;Kelas;Status',
        ...rows([]).map((r) =>
          r
            .split(';')
            .filter((_, i) => i !== 3 && i !== 4)
            .join(';'),
        ),
      ].join('\n')}\n`,
    );
    const { code, items } = await check(file, '--jenjang', 'SMP', '--versi', '2.2');
    expect(code).toBe(0);
    const warnings = items[0]?.peringatan?.filter((w) => w.kode === 'ATURAN_PERLU_DICEK') ?? [];
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]?.pesan).toContain('tidak mencantumkan peran');
  });
});

describe('what the sheet cannot tell, and bad cells', () => {
  it('a cell that is no done mark is named by sheet, row and column (exit 3); the other files go on', async () => {
    const dir = tmp('bad');
    writeFileSync(path.join(dir, 'a.csv'), 'Nama;Jenis;Selesai mengisi\nA;Kepala Sekolah;✓\nB;Guru;ya\nC;Guru;mungkin\n');
    const good = await tickedPlan();
    const { code, items } = await check(path.join(dir, 'a.csv'), good, '--jenjang', 'SD', '--versi', '2.2');
    expect(code).toBe(3);
    expect(items[0]?.galat?.pesan).toBe(
      `${path.join(dir, 'a.csv')}: a, baris 4, kolom Selesai mengisi: "mungkin" bukan tanda selesai (pakai ✓, x, ya, sudah, selesai, TRUE, 1; atau kosong, belum, tidak, FALSE, 0).`,
    );
    expect(items[1]?.masalah ?? items[1]?.galat).toEqual([]);
    expect(items[1]?.siap).toBe(true);
  });

  it('no level anywhere: exit 3 saying how to give it', async () => {
    const file = path.join(tmp('nolevel'), 'a.csv');
    writeFileSync(file, 'Nama;Jenis;Selesai\nA;Kepala Sekolah;ya\n');
    const { code, items } = await check(file);
    expect(code).toBe(3);
    expect(items[0]?.galat?.kode).toBe('JENJANG_TIDAK_DIKETAHUI');
    expect(items[0]?.galat?.pesan).toContain('--jenjang');
    expect((await runCli(['check', file, '--jenjang', 'TK'])).code).toBe(2);
    // Dapodik knows the level: --roster with the school's saved answers gives it.
    const withRoster = await check(file, '--roster', path.join(FIXTURES, 'dapodik', 'smp-2-contoh-kurang'));
    expect(withRoster.items[0]?.sekolah?.bentuk_pendidikan).toBe('SMP');
  });

  it("pack refuses a progress sheet in one line (exit 3): the file to upload is the application's own", async () => {
    const file = await tickedPlan();
    const r = await runCli(['pack', file, '--out', tmp('pack')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Kirim Offline');
  });

  it('an .xlsx or .csv in a district folder that is no progress sheet (the recap, an upload list) is skipped, not an error', async () => {
    const dir = tmp('district');
    const sheet = await tickedPlan();
    writeFileSync(path.join(dir, 'sekolah.xlsx'), await import('node:fs').then((fs) => fs.readFileSync(sheet)));
    expect((await runCli(['check', dir, '--xlsx', path.join(dir, 'rekap.xlsx')])).code).toBe(0);
    // The next day, the same command again: the recap in the folder is replaced, not an input.
    expect((await runCli(['check', dir, '--xlsx', path.join(dir, 'rekap.xlsx')])).code).toBe(0);
    writeFileSync(path.join(dir, 'unggahan.csv'), 'sekolah_id;berkas;waktu_unggah;status\n');
    const r = await runCli(['check', dir, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { hasil: Item[]; dilewati: Array<{ berkas: string; alasan: string }> };
    expect(doc.hasil).toHaveLength(1);
    expect(doc.dilewati.map((d) => [path.basename(d.berkas), d.alasan]).sort()).toEqual([
      ['rekap.xlsx', 'bukan_lembar_progres'],
      ['unggahan.csv', 'bukan_lembar_progres'],
    ]);
    expect(readdirSync(dir).sort()).toEqual(['rekap.xlsx', 'sekolah.xlsx', 'unggahan.csv']);
  });
});
