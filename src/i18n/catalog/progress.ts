import { defineCatalog } from './define.js';

// Progress sheets (`check` of an .xlsx or .csv respondent list) and the plan workbook's
// cells that reading one back needs.
export const progress = defineCatalog(
  {
    'progress.err.xlsx': '{file}: bukan buku kerja Excel (.xlsx) yang bisa dibaca.',
    'progress.err.tooBig': '{file}: lembar {sheet} lebih dari {rows} baris atau {columns} kolom; bukan lembar progres satu sekolah.',
    'progress.err.notSheet':
      '{file}: bukan lembar progres: tidak ada tabel responden (baris judul dengan kolom Nama dan Selesai mengisi / Status / Konfirmasi / Progres, dan kolom Jenis Responden atau lembar yang bernama jenis responden).',
    'progress.err.cell': '{file}: {sheet}, baris {baris}, kolom {kolom}: "{nilai}" {alasan}.',
    'progress.err.level':
      '{file}: jenjang sekolah tidak diketahui. Isi sel Jenjang di lembar Ringkasan, atau tambahkan --jenjang SD|SMP|SMA|SMK|SLB (atau --roster dengan data Dapodik sekolah itu).',
    'progress.reason.tick': 'bukan tanda selesai (pakai ✓, x, ya, sudah, selesai, TRUE, 1; atau kosong, belum, tidak, FALSE, 0)',
    'progress.reason.share': 'bukan persentase (misalnya 100%, 85,5%)',
    'progress.reason.type': 'bukan jenis responden (kepala sekolah, guru, peserta didik, komite, pengawas)',
    'progress.reason.grade': 'bukan kelas (1 sampai 13)',
    'problem.RESPONDEN_BELUM_SELESAI': '{subjek} {siapa} belum selesai mengisi menurut lembar progres ("{keterangan}").',
    'problem.VERSI_TIDAK_DIKETAHUI':
      'versi aplikasi PMP tidak tercantum di lembar progres; isi sel Versi aplikasi PMP di lembar Ringkasan, atau tambahkan --versi {diwajibkan} bila aplikasinya memang versi itu.',
    'warning.ATURAN_PERLU_DICEK':
      '{subjek}: lembar ini tidak mencantumkan {apa}, jadi aturan "minimal {dibutuhkan}" tidak bisa diperiksa di sini; periksa sendiri di aplikasi PMP.',
    'check.label.versionUnknown': 'tidak tercantum',
    'progress.what.peran': 'peran',
    'progress.what.kelas': 'kelas',
    'plan.row.sekolahId': 'sekolah_id',
    'plan.row.version': 'Versi aplikasi PMP',
    'plan.row.versionHint': '(isi dengan versi di aplikasi PMP, misalnya 2.2)',
    'plan.row.howToTick': 'Cara mencentang',
    'plan.row.howToTickText':
      'Di lembar tiap jenis responden: isi ✓ (atau x, ya) di "Didaftarkan di PMP" setelah orangnya terdaftar di aplikasi PMP, dan di "Selesai mengisi" setelah ia selesai dan mengonfirmasi. Simpan, lalu periksa dengan `pmp-offline check NAMA-BERKAS.xlsx`.',
    'check.opt.versi': 'versi aplikasi PMP untuk lembar progres yang tidak mencantumkannya',
    'check.opt.jenjang': 'jenjang sekolah (SD, SMP, SMA, SMK, SLB) untuk lembar progres yang tidak mencantumkannya',
    'check.opt.npsn': 'NPSN sekolah untuk lembar progres yang tidak mencantumkannya',
    'check.err.jenjang': '--jenjang "{value}" tidak dikenal; pilih SD, SMP, SMA, SMK, atau SLB.',
    'check.next.unfinished': 'minta responden yang belum selesai untuk menyelesaikan dan mengonfirmasi isiannya di aplikasi PMP, lalu perbarui lembar progres.',
    'check.next.againSheet': 'setelah diperbaiki, perbarui lembar progres lalu jalankan `pmp-offline check` lagi.',
    'check.next.progressReady':
      'lembar progres menunjukkan sekolah siap: di aplikasi PMP, matikan internet dan tekan Kirim Offline; berkas .pmp yang ditulisnya adalah berkas yang diunggah.',
    'pack.err.progressSheet':
      '{file}: lembar progres tidak berisi jawaban, jadi tidak bisa dibungkus. Berkas yang diunggah adalah berkas .pmp dari tombol Kirim Offline di aplikasi PMP.',
    'input.skipped.bukan_lembar_progres': '{file}: .xlsx/.csv yang bukan lembar progres (tidak ada tabel responden); dilewati.',
  },
  {
    'progress.err.xlsx': '{file}: not a readable Excel workbook (.xlsx).',
    'progress.err.tooBig': "{file}: sheet {sheet} has more than {rows} rows or {columns} columns; not one school's progress sheet.",
    'progress.err.notSheet':
      '{file}: not a progress sheet: no respondent table (a header row with a Name column and Done / Status / Confirmed / Progress, and a Respondent type column or a sheet named after a respondent type).',
    'progress.err.cell': '{file}: {sheet}, row {baris}, column {kolom}: "{nilai}" {alasan}.',
    'progress.err.level':
      "{file}: the school level is unknown. Fill in the Level cell on the Ringkasan sheet, or add --jenjang SD|SMP|SMA|SMK|SLB (or --roster with that school's Dapodik data).",
    'progress.reason.tick': 'is not a done mark (use ✓, x, yes, done, TRUE, 1; or empty, no, FALSE, 0)',
    'progress.reason.share': 'is not a percentage (such as 100%, 85.5%)',
    'progress.reason.type': 'is not a respondent type (principal, teacher, student, committee, supervisor)',
    'progress.reason.grade': 'is not a grade (1 to 13)',
    'problem.RESPONDEN_BELUM_SELESAI': '{subjek} {siapa} has not finished according to the progress sheet ("{keterangan}").',
    'problem.VERSI_TIDAK_DIKETAHUI':
      'the PMP application version is not on the progress sheet; fill in the PMP application version cell on the Ringkasan sheet, or add --versi {diwajibkan} if the application is that version.',
    'warning.ATURAN_PERLU_DICEK':
      '{subjek}: this sheet does not show the {apa}, so the rule "at least {dibutuhkan}" cannot be checked here; check it yourself in the PMP application.',
    'check.label.versionUnknown': 'not given',
    'progress.what.peran': 'roles',
    'progress.what.kelas': 'grades',
    'plan.row.sekolahId': 'sekolah_id',
    'plan.row.version': 'PMP application version',
    'plan.row.versionHint': '(fill in the version the PMP application shows, such as 2.2)',
    'plan.row.howToTick': 'How to tick',
    'plan.row.howToTickText':
      'On each respondent type\'s sheet: put ✓ (or x, yes) in "Registered in PMP" once the person is registered in the PMP application, and in "Done" once they have finished and confirmed. Save, then check with `pmp-offline check FILE-NAME.xlsx`.',
    'check.opt.versi': 'PMP application version, for progress sheets that do not give it',
    'check.opt.jenjang': 'school level (SD, SMP, SMA, SMK, SLB), for progress sheets that do not give it',
    'check.opt.npsn': "the school's NPSN, for progress sheets that do not give it",
    'check.err.jenjang': '--jenjang "{value}" is unknown; choose SD, SMP, SMA, SMK or SLB.',
    'check.next.unfinished': 'ask the respondents who have not finished to finish and confirm in the PMP application, then update the progress sheet.',
    'check.next.againSheet': 'once fixed, update the progress sheet and run `pmp-offline check` again.',
    'check.next.progressReady':
      'the progress sheet shows the school is ready: in the PMP application, turn the internet off and press Kirim Offline; the .pmp file it writes is the file to upload.',
    'pack.err.progressSheet':
      "{file}: a progress sheet holds no answers, so it cannot be packed. The file to upload is the .pmp file the PMP application's Kirim Offline button writes.",
    'input.skipped.bukan_lembar_progres': '{file}: an .xlsx/.csv that is not a progress sheet (no respondent table); skipped.',
  },
);
