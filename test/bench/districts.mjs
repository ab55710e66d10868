// The benchmark's synthetic districts: generated once with the seeded fixture generator
// at realistic sizes, then reused while the generator's inputs stay the same.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateDistrict, makeRoster } from '../fixtures-gen/index.mjs';

/** Per school: 10–20 teachers, 15–45 students, 3–5 committee members, 60–150 questions per type (1 principal, 1 supervisor). */
export const BENCH_SIZES = { teachers: [10, 20], students: [15, 45], committee: [3, 5], questions: [60, 150] };
export const BENCH_SEED = 'bench-2017';

/** The folder holding `schools` generated exports; regenerated only when missing or stale. */
export async function ensureDistrict(root, schools, sizes = BENCH_SIZES, name = 'kabupaten') {
  const dir = path.join(root, `${name}-${schools}`);
  const stamp = path.join(root, `${name}-${schools}.stamp.json`);
  const want = JSON.stringify({ seed: BENCH_SEED, schools, sizes });
  const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === want && existsSync(dir) && readdirSync(dir).length === schools;
  if (!fresh) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`bench: generating ${schools} schools into ${path.relative(process.cwd(), dir)} …\n`);
    await generateDistrict({ seed: BENCH_SEED, schools, outDir: dir, sizes });
    writeFileSync(stamp, want);
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
  return { dir, files };
}

/** A big SMA's saved Dapodik answers (120 rombels, 10,080 students) for `plan FOLDER`. */
export function ensureRoster(root) {
  const dir = path.join(root, 'dapodik-10080');
  const options = { seed: BENCH_SEED, level: 'SMA', rombelsPerGrade: 40, studentsPerRombel: 84, extraTeachers: 60 };
  const stamp = `${dir}.stamp.json`;
  const want = JSON.stringify(options);
  if (!(existsSync(stamp) && readFileSync(stamp, 'utf8') === want && existsSync(dir))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, answer] of Object.entries(makeRoster(options))) writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(answer));
    writeFileSync(stamp, want);
  }
  return dir;
}

/** A province for the district views: 5,000 small schools (the generator's default sizes, ~20 KB each). */
export const PROVINCE_SIZES = { teachers: [10, 12], students: [15, 18], committee: [3, 3], questions: [5, 10] };

/** A province's upload log: `rows` schools, one row each, ";"-separated as Indonesian Excel writes it. */
export function ensureUploadLog(root, rows) {
  const file = path.join(root, `unggahan-${rows}.csv`);
  if (!existsSync(file)) {
    mkdirSync(root, { recursive: true });
    const statuses = ['Belum Kirim', '', 'Sudah Kirim', 'Sudah Diproses', 'Gagal Diproses', 'Belum Kirim'];
    const lines = ['npsn;nama_sekolah;waktu_unggah;status'];
    for (let i = 0; i < rows; i++) {
      const minutes = (i * 37) % (6 * 24 * 60);
      const day = 14 + Math.floor(minutes / 1440);
      const hh = String(Math.floor((minutes % 1440) / 60)).padStart(2, '0');
      const mm = String(minutes % 60).padStart(2, '0');
      lines.push(`${String(30000000 + i)};"SEKOLAH ${i}";"${day}/10/2017 ${hh}.${mm}";${statuses[i % statuses.length]}`);
    }
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  }
  return file;
}
