// `npm run demo`: the operator's real path on the bundled sample data, as they would run
// it: plan from Dapodik, tick the list as respondents finish, check the progress, (Kirim
// Offline in the PMP application), collect the schools' files at the dinas, and watch the
// board. Each step's exit code is shown; a not-ready school exiting 1 and a misnamed file
// refused with 3 are the expected answers.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'pmp-offline.cjs');
const demo = path.join(root, '.demo');
const rel = (file) => path.relative(root, file);

function step(title, args, expected) {
  process.stdout.write(`\n\x1b[1m$ pmp-offline ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}\x1b[0m   # ${title}\n\n`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
  const ok = result.status === expected;
  process.stdout.write(`\n(exit ${result.status}${ok ? '' : `, expected ${expected}`})\n`);
  if (!ok) process.exitCode = 1;
}

/** What the operator does at school: tick each person on the printed list as they register and finish. */
async function tick(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet('Ringkasan')?.eachRow((row) => {
    if (row.getCell(1).value === 'Versi aplikasi PMP') row.getCell(2).value = '2.2';
  });
  for (const sheet of wb.worksheets.slice(1)) {
    const header = sheet.getRow(1).values;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const name = row.getCell(header.indexOf('Nama'));
      if (!name.value) name.value = `${sheet.name} ${number - 1} (diisi operator)`;
      row.getCell(header.indexOf('Didaftarkan di PMP')).value = '✓';
      row.getCell(header.indexOf('Selesai mengisi')).value = '✓';
    });
  }
  wb.lastModifiedBy = 'Operator sekolah';
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  process.stdout.write(`\n# (di sekolah) setiap responden didaftarkan dan selesai: ${rel(file)} dicentang\n`);
}

rmSync(demo, { recursive: true, force: true });
mkdirSync(demo, { recursive: true });
const list = path.join(demo, 'daftar-responden.xlsx');

step(
  "choose who fills in PMP, from the school's Dapodik data (saved answers), with a list to tick",
  ['plan', 'fixtures/dapodik/sdn-1-contoh', '--xlsx', rel(list)],
  0,
);
step('a school whose Dapodik data cannot meet the minimums yet', ['plan', 'fixtures/dapodik/smp-2-contoh-kurang'], 1);
await tick(list);
step('check the progress from the ticked list: ready for Kirim Offline', ['check', rel(list)], 0);
step('check a verification table pasted from the PMP application (one teacher has not confirmed)', ['check', 'fixtures/progres/verifikasi-smp-4.csv'], 1);

const out = path.join(demo, 'dinas', 'kirim');
step(
  'at the dinas: collect the Kirim Offline files from the flash drives (the newest per school; a renamed copy is refused)',
  ['pack', 'fixtures/kirim-offline', '--out', rel(out)],
  3,
);
step('the board of who to call, from the upload list pack wrote', ['eta', '--log', rel(path.join(out, 'unggahan.csv')), '--now', '19/10/2017 10.00'], 0);

step("this project's own export format: a ready school", ['check', 'fixtures/demo/sdn-1-contoh.json'], 0);
step('a school that is not ready yet', ['check', 'fixtures/demo/smp-2-contoh-belum-siap.json'], 1);
const own = path.join(demo, 'kirim');
step('write the offline file for the ready school', ['pack', 'fixtures/demo/sdn-1-contoh.json', '--out', rel(own), '--now', '2017-10-18T13:10:00+07:00'], 0);
const packed = readdirSync(own).filter((name) => name.endsWith('.pmp'));
if (packed.length === 1) {
  const file = path.join(rel(own), packed[0]);
  step('verify the file that will be uploaded', ['check', file], 0);
  step('when will it show on the PMP website?', ['eta', file, '--now', '2017-10-19T15:00:00+07:00'], 0);
} else {
  process.stdout.write(`expected one .pmp file in ${rel(own)}, found ${packed.length}\n`);
  process.exitCode = 1;
}
