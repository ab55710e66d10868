// The committed fixtures under fixtures/: every file, its exact path, and how it is made.
// Other tests name these paths, so keep them stable; `npm run fixtures` rewrites them.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateDistrict, toJson } from './district.mjs';
import { createRng } from './prng.mjs';
import { PROBLEMS, WARNINGS, breakAnswers, byJenis, insertRespondent, setGradeCount } from './problems.mjs';
import { makeSchool } from './school.mjs';
import { makeRoster } from './roster.mjs';
import { README } from './readme.mjs';

/** @typedef {import('./school.mjs').School} School */
/** @typedef {import('./school.mjs').Level} Level */

/** Folders (and the README) under fixtures/ that the generator owns and rewrites. */
export const OWNED = [
  '.gitattributes',
  'README.md',
  'demo',
  'dapodik',
  'sekolah',
  'belum-siap',
  'peringatan',
  'kabupaten-contoh',
  'tidak-sah',
  'encoding',
  'kirim-offline',
  'progres',
];

// Fixtures are compared byte for byte, and some are CRLF, UTF-16 or binary on purpose:
// git must never convert them (e.g. core.autocrlf on Windows).
const GITATTRIBUTES = '# Written by npm run fixtures: keep every byte as generated.\n* -text\n';

/** The READY SD of the domain guide, with the real sekolah_id of the seed's file name. */
export function demoSd() {
  return makeSchool({
    seed: 'demo/sdn-1-contoh',
    level: 'SD',
    mutate: (s) => {
      s.diekspor = '2017-10-18T13:10:00+07:00';
      s.sekolah = {
        sekolah_id: '1ed54ac4-30d0-45dc-99c1-f95cef07f606',
        npsn: '20212345',
        nama: 'SD NEGERI 1 CONTOH',
        bentuk_pendidikan: 'SD',
        kabupaten_kota: 'Kab. Bandung',
        provinsi: 'Prov. Jawa Barat',
        zona_waktu: 'Asia/Jakarta',
      };
    },
  });
}

/** An SMP with three instructive problems: old version, an unfinished teacher, grade 8 short. */
function demoSmp() {
  return makeSchool({
    seed: 'demo/smp-2-contoh-belum-siap',
    level: 'SMP',
    sizes: { teachers: 12, students: 17 },
    mutate: (s, ctx) => {
      s.aplikasi.versi = '2.1';
      s.diekspor = '2017-10-19T09:45:00+07:00';
      Object.assign(s.sekolah, {
        npsn: '20212399',
        nama: 'SMP NEGERI 2 CONTOH',
        kabupaten_kota: 'Kab. Bandung',
        provinsi: 'Prov. Jawa Barat',
        zona_waktu: 'Asia/Jakarta',
      });
      breakAnswers(s, /** @type {import('./school.mjs').Respondent} */ (byJenis(s, 'pendidik')[2]), ['absent', 'absent']);
      setGradeCount(s, ctx, 8, 3);
    },
  });
}

/** @param {string} name @param {Level} level @param {import('./school.mjs').SizesInput} [sizes] */
const problem = (name, level, sizes) => () => makeSchool({ seed: `belum-siap/${name}`, level, sizes, mutate: (s, ctx) => PROBLEMS[name]?.apply(s, ctx) });

/** The demo SD with one edit that breaks the format. @param {(s: School) => void} edit */
const invalid = (edit) => () => {
  const s = demoSd();
  edit(s);
  return s;
};

/**
 * A roster's four answers as files, compact JSON as Dapodik sends it.
 * @param {string} dir @param {Parameters<typeof makeRoster>[0]} options
 */
const roster = (dir, options) => {
  /** @type {Record<string, () => string>} */
  const files = {};
  for (const [name, answer] of Object.entries(makeRoster(options))) files[`dapodik/${dir}/${name}.json`] = () => JSON.stringify(answer);
  return files;
};

const CONTOH = { kabupaten_kota: 'Kab. Bandung', provinsi: 'Prov. Jawa Barat' };

/** @type {Record<string, () => School | string | Buffer>} relative path → content */
const FILES = {
  ...roster('sdn-1-contoh', {
    seed: 'dapodik/sdn-1-contoh',
    level: 'SD',
    identity: { sekolah_id: '1ed54ac4-30d0-45dc-99c1-f95cef07f606', npsn: '20212345', nama: 'SD NEGERI 1 CONTOH', ...CONTOH },
  }),
  ...roster('smp-2-contoh-kurang', {
    seed: 'dapodik/smp-2-contoh-kurang',
    level: 'SMP',
    rombelsPerGrade: 1,
    extraTeachers: 0,
    studentsInGrade: { 8: 3 },
    identity: { npsn: '20212399', nama: 'SMP NEGERI 2 CONTOH', ...CONTOH },
  }),
  'demo/sdn-1-contoh.json': demoSd,
  'demo/smp-2-contoh-belum-siap.json': demoSmp,

  'sekolah/sd-lengkap.json': () => makeSchool({ seed: 'sekolah/sd-lengkap', level: 'SD' }),
  'sekolah/smp-lengkap.json': () => makeSchool({ seed: 'sekolah/smp-lengkap', level: 'SMP' }),
  'sekolah/sma-lengkap.json': () => makeSchool({ seed: 'sekolah/sma-lengkap', level: 'SMA' }),
  'sekolah/smk-lengkap.json': () =>
    makeSchool({
      seed: 'sekolah/smk-lengkap',
      level: 'SMK',
      // A four-year programme: grade 13 is allowed, not required.
      mutate: (s, ctx) => [1, 2, 3].forEach(() => insertRespondent(s, ctx.respondent({ jenis: 'peserta_didik', tingkat: 13 }))),
    }),
  'sekolah/slb-lengkap.json': () => makeSchool({ seed: 'sekolah/slb-lengkap', level: 'SLB', sizes: { students: 18 } }),

  'belum-siap/versi-lama.json': problem('versi-lama', 'SD'),
  'belum-siap/versi-tidak-dikenali.json': problem('versi-tidak-dikenali', 'SMA'),
  // SLB: the only level where 14 students can still meet every per-grade minimum.
  'belum-siap/responden-kurang-total.json': problem('responden-kurang-total', 'SLB'),
  'belum-siap/responden-kurang-tingkat.json': problem('responden-kurang-tingkat', 'SD'),
  'belum-siap/responden-kurang-peran.json': problem('responden-kurang-peran', 'SD'),
  'belum-siap/responden-kurang-komite.json': problem('responden-kurang-komite', 'SMP'),
  'belum-siap/responden-kurang-pengawas.json': problem('responden-kurang-pengawas', 'SMK'),
  'belum-siap/belum-lengkap.json': problem('belum-lengkap', 'SD'),
  'belum-siap/tingkat-tidak-sesuai.json': problem('tingkat-tidak-sesuai', 'SD'),
  'belum-siap/kepala-sekolah-ganda.json': problem('kepala-sekolah-ganda', 'SMA'),
  'belum-siap/id-responden-ganda.json': problem('id-responden-ganda', 'SD'),

  'peringatan/versi-lebih-baru.json': () =>
    makeSchool({ seed: 'peringatan/versi-lebih-baru', level: 'SMP', mutate: (s, ctx) => WARNINGS['versi-lebih-baru']?.(s, ctx) }),
  'peringatan/pendidik-di-bawah-saran.json': () => makeSchool({ seed: 'peringatan/pendidik-di-bawah-saran', level: 'SMA', sizes: { teachers: 8 } }),
  'peringatan/jawaban-tidak-dikenal.json': () =>
    makeSchool({ seed: 'peringatan/jawaban-tidak-dikenal', level: 'SD', mutate: (s, ctx) => WARNINGS['jawaban-tidak-dikenal']?.(s, ctx) }),

  'tidak-sah/kosong.json': () => '',
  'tidak-sah/koma-berlebih.json': () => {
    const text = toJson(demoSd());
    const fixed = text.replace('"versi": "2.2"\n  }', '"versi": "2.2",\n  }');
    if (fixed === text) throw new Error('koma-berlebih: anchor not found');
    return fixed;
  },
  'tidak-sah/terpotong.json': () => {
    const text = toJson(demoSd());
    return text.slice(0, Math.floor(text.length / 2));
  },
  'tidak-sah/bukan-objek.json': () => `${JSON.stringify([demoSd()], null, 2)}\n`,
  'tidak-sah/tanpa-format.json': invalid((s) => void delete (/** @type {Partial<School>} */ (s).format)),
  'tidak-sah/format-salah.json': invalid((s) => void (s.format = 'pmp-offline/sekolah@9')),
  'tidak-sah/uuid-salah.json': invalid((s) => void (s.sekolah.sekolah_id = '1ed54ac4-30d0-45dc-99c1')),
  'tidak-sah/npsn-7-digit.json': invalid((s) => void (s.sekolah.npsn = '2021234')),
  'tidak-sah/bentuk-mi.json': invalid((s) => void (s.sekolah.bentuk_pendidikan = 'MI')),
  'tidak-sah/jenis-tidak-dikenal.json': invalid((s) => {
    const r = byJenis(s, 'pendidik').find((x) => x.peran === 'guru_agama');
    if (r) r.jenis = 'guru';
  }),
  'tidak-sah/peran-tidak-dikenal.json': invalid((s) => {
    const r = byJenis(s, 'pendidik').find((x) => x.tingkat === undefined && x.peran !== 'guru_agama' && x.peran !== 'guru_pjok');
    if (r) r.peran = 'guru_bk';
  }),
  'tidak-sah/tingkat-nol.json': invalid((s) => {
    const r = byJenis(s, 'peserta_didik')[0];
    if (r) r.tingkat = 0;
  }),
  'tidak-sah/tingkat-string.json': invalid((s) => {
    const r = byJenis(s, 'peserta_didik').find((x) => x.tingkat === 5);
    if (r) r.tingkat = '5';
  }),
  'tidak-sah/zona-tidak-dikenal.json': invalid((s) => void (s.sekolah.zona_waktu = 'Asia/Bandung')),
  'tidak-sah/biner.json': () => {
    const rng = createRng('tidak-sah/biner');
    const bytes = Buffer.alloc(384);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = i % 7 === 3 ? 0 : rng.uint32() & 0xff;
    bytes[0] = 0x1f; // gzip's magic number: a compressed file picked by mistake
    bytes[1] = 0x8b;
    return bytes;
  },
  'tidak-sah/pertanyaan-ganda.json': invalid((s) => {
    const list = s.instrumen.pendidik.pertanyaan;
    list.splice(2, 0, { .../** @type {import('./school.mjs').Question} */ (list[1]) });
  }),

  // What the PMP application's Kirim Offline writes, as schools bring it on flash drives.
  // Its inside is not public: opaque bytes under the real name convention.
  'kirim-offline/flashdisk-sdn-1/20171016090000_1ed54ac4-30d0-45dc-99c1-f95cef07f606_pmp_0q2w3e4r5t6y7.pmp': () => offlineBytes('sdn-1/lama'),
  'kirim-offline/flashdisk-sdn-1/20171018131000_1ed54ac4-30d0-45dc-99c1-f95cef07f606_pmp_1arjl2o9vj000.pmp': () => offlineBytes('sdn-1/baru'),
  'kirim-offline/flashdisk-smp-3/20171019100500_5b1e0c3a-7d2f-4c6b-9a81-3f2e6d4c5b7a_pmp_2bx9k4m7q1w8e.pmp': () => offlineBytes('smp-3'),
  'kirim-offline/flashdisk-smp-3/kirim offline (salinan).pmp': () => offlineBytes('salinan'),

  // A verification table as an operator pastes it from the PMP application into Excel
  // and saves as CSV (";" and a BOM): an SMP where one teacher has not finished.
  'progres/verifikasi-smp-4.csv': () => verificationCsv(),

  'encoding/utf8-bom-crlf.json': () => Buffer.from(`\uFEFF${toJson(demoSd()).replace(/\n/g, '\r\n')}`, 'utf8'),
  'encoding/utf16le-bom.json': () => Buffer.from(`\uFEFF${toJson(demoSd())}`, 'utf16le'),
  'encoding/utf16be-bom.json': () => Buffer.from(`\uFEFF${toJson(demoSd())}`, 'utf16le').swap16(),
};

/** Seeded bytes standing for an application's offline file. */
function offlineBytes(/** @type {string} */ seed) {
  const rng = createRng(`kirim-offline/${seed}`);
  const bytes = Buffer.alloc(2048);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = rng.uint32() & 0xff;
  return bytes;
}

/** A verification table of an SMP (8 teachers, 15 students over grades 7-9, committee, supervisor). */
function verificationCsv() {
  const rows = [
    ['Versi aplikasi', '2.2'],
    ['Nama sekolah', 'SMP NEGERI 4 CONTOH'],
    ['NPSN', '20212404'],
    ['Jenjang', 'SMP'],
    [],
    ['No', 'Nama', 'Jenis Responden', 'Kelas', 'Peran', 'NISN / Email', 'Status'],
    ['1', 'Dra. Sri Wahyuni', 'Kepala Sekolah', '', '', 'kepsek@smpn4contoh.sch.id', 'Sudah Konfirmasi'],
  ];
  const teachers = [
    'Agus Salim, S.Pd.',
    'Budi Hartono, S.Pd.',
    'Citra Lestari, S.Pd.',
    'Dewi Anggraini, S.Si.',
    'Eko Prasetyo, S.Pd.',
    'Fitri Handayani, S.Ag.',
    'Gunawan, S.Pd.',
    'Hendra Wijaya, S.Or.',
  ];
  const roles = ['guru mapel', 'guru mapel', 'guru mapel', 'guru mapel', 'guru mapel', 'guru agama', 'guru mapel', 'guru PJOK'];
  teachers.forEach((nama, i) =>
    rows.push([String(rows.length - 5), nama, 'Guru', '', roles[i] ?? '', `guru${i + 1}@smpn4contoh.sch.id`, i === 3 ? 'Belum' : 'Sudah Konfirmasi']),
  );
  const students = ['Adi', 'Bayu', 'Cahya', 'Dian', 'Eka', 'Fajar', 'Gita', 'Hana', 'Indra', 'Joko', 'Kiki', 'Lina', 'Made', 'Nia', 'Oki'];
  students.forEach((nama, i) =>
    rows.push([
      String(rows.length - 5),
      `${nama} Saputra`,
      'Peserta Didik',
      String(7 + Math.floor(i / 5)),
      '',
      `00${70 + i}${String(12345 + i).padStart(6, '0')}`,
      'Sudah Konfirmasi',
    ]),
  );
  rows.push([String(rows.length - 5), 'H. Rahmat', 'Komite', '', 'pimpinan komite', '', 'Sudah Konfirmasi']);
  rows.push([String(rows.length - 5), 'Ibu Sulastri', 'Komite', '', 'orang tua', '', 'Sudah Konfirmasi']);
  rows.push([String(rows.length - 5), 'Bapak Wahyu', 'Komite', '', 'orang tua', '', 'Sudah Konfirmasi']);
  rows.push([String(rows.length - 5), 'Drs. Sutrisno', 'Pengawas', '', '', 'pengawas@dinas.go.id', 'Sudah Konfirmasi']);
  return Buffer.from(`\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`, 'utf8');
}

/** The district folder: 12 schools of one kabupaten, 3 of them not ready. */
export const DISTRICT = { dir: 'kabupaten-contoh', seed: 'kabupaten-contoh', schools: 12, notReady: 3 };

/**
 * Rewrites every owned fixture under `root` (removing stale files in owned folders) and
 * returns the relative paths written, sorted.
 * @param {string} root
 * @returns {Promise<string[]>}
 */
export async function writeFixtures(root) {
  for (const entry of OWNED) await rm(path.join(root, entry), { recursive: true, force: true });
  /** @type {string[]} */
  const written = [];
  for (const [rel, build] of Object.entries(FILES)) {
    const content = build();
    const file = path.join(root, ...rel.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, typeof content === 'string' || Buffer.isBuffer(content) ? content : toJson(content));
    written.push(rel);
  }
  const districtPaths = await generateDistrict({
    seed: DISTRICT.seed,
    schools: DISTRICT.schools,
    notReady: DISTRICT.notReady,
    outDir: path.join(root, DISTRICT.dir),
  });
  for (const p of districtPaths) written.push(`${DISTRICT.dir}/${path.basename(p)}`);
  await writeFile(path.join(root, 'README.md'), README);
  await writeFile(path.join(root, '.gitattributes'), GITATTRIBUTES);
  written.push('README.md', '.gitattributes');
  return written.sort();
}
