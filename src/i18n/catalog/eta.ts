import { defineCatalog } from '../define.js';

export const eta = defineCatalog(
  {
    'eta.description': 'Kapan data PMP yang diunggah tampil di situs, dan apa yang harus dilakukan bila belum tampil',
    'eta.arg.files': 'berkas .pmp (kontainer pmp-offline atau berkas aplikasi PMP); boleh lebih dari satu',
    'eta.opt.sent': 'waktu unggah, misalnya "20/10/2017 14.30" (bawaan: dari berkas, atau sekarang)',
    'eta.opt.now': 'anggap sekarang pada waktu ini (bawaan: jam komputer)',
    'eta.opt.cutoff': 'batas waktu pengiriman; tanggal saja = akhir hari itu WIB (bawaan: 20/10/2017 23.59.59 WIB)',
    'eta.opt.zone': 'zona waktu Anda: WIB, WITA, WIT atau nama IANA (bawaan: WIB)',
    'eta.opt.ics': 'tulis pengingat kalender (iCalendar) ke berkas ini',
    'eta.help.examples': [
      '  $ pmp-offline eta --sent "20/10/2017 14.30"               # diunggah pukul 14.30 WIB',
      '  $ pmp-offline eta --sent "21/10/2017 00.30" --zone WITA   # operator di Makassar',
      '  $ pmp-offline eta kirim/20171018131000_…_pmp_….pmp        # dari berkas yang dibungkus',
      '  $ pmp-offline eta --sent "2017-10-19 08:00" --json --ics pengingat.ics',
      '  $ pmp-offline eta --sent "15/09/2019 20.00" --cutoff 2019-09-15',
      '  $ pmp-offline eta --log unggahan.csv --html papan.html       # papan kabupaten: siapa yang perlu dihubungi',
    ].join('\n'),
    'eta.help.timeForms':
      'Bentuk waktu: 2017-10-20T14:30, 2017-10-20 14:30[:ss[.mmm]][+08:00|Z], 20/10/2017 14.30, 20-10-2017 14:30[:ss]. Tanpa offset dibaca dalam --zone. Tanggal saja (2019-09-15, 15/09/2019) hanya untuk --cutoff.',

    'eta.time.forms':
      '2017-10-20T14:30, 2017-10-20 14:30 (boleh dengan detik, milidetik, dan offset +08:00 atau Z), 20/10/2017 14.30, 20/10/2017 14:30, 20-10-2017 14.30 (boleh dengan detik), boleh diikuti WIB, WITA atau WIT (20/10/2017 14.30 WITA)',
    'eta.time.formsDate': 'atau tanggal saja (2019-09-15, 15/09/2019) = akhir hari itu WIB',
    'eta.err.badTime': '{option} "{value}" bukan waktu yang sah. Bentuk yang diterima: {forms}.',
    'eta.err.timeRange': '{option} "{value}" di luar rentang yang diterima: tahun {first} sampai {last}.',
    'eta.err.quoteHint': 'Perlu tanggal dan jam; tulis keduanya dalam tanda kutip: {option} "20/10/2017 14.30".',
    'eta.err.badZone': 'zona waktu tidak dikenal: "{value}". Gunakan WIB, WITA, WIT, atau nama IANA seperti Asia/Makassar.',
    'eta.err.fileMissing': '{file}: berkas tidak ditemukan.',
    'eta.err.notAFile': '{file}: bukan berkas (sebuah folder?).',
    'eta.err.badManifestTime': '{file}: manifest berisi waktu "dibuat" yang tidak sah: "{value}".',
    'eta.err.noFileTime':
      '{file}: waktu pembuatan tidak dapat diketahui (bukan kontainer pmp-offline dan nama tidak berpola YYYYMMDDHHmmss_<sekolah_id>_pmp_<kode>.pmp). Beri waktu unggah dengan --sent "20/10/2017 14.30".',
    'eta.err.icsWrite': 'tidak dapat menulis pengingat kalender ke {file}: {reason}.',
    'eta.err.icsExists': '{file} sudah ada dan bukan kalender dari pmp-offline; tidak diubah. Pilih nama lain, atau tambahkan --force untuk menggantinya.',
    'eta.err.icsNotFile': '{file} bukan berkas biasa (tautan, folder atau perangkat); tidak diubah. Pilih nama berkas .ics yang lain.',
    'eta.opt.force': '--ics/--xlsx/--html: ganti berkas biasa yang sudah ada walaupun bukan buatan pmp-offline (tidak pernah masukan, tautan, atau folder)',

    'eta.title': 'Perkiraan kapan data PMP tampil di situs',
    'eta.source.sent': 'Waktu unggah: dari --sent.',
    'eta.source.now': 'Belum ada waktu unggah: ini perkiraan bila berkas diunggah sekarang.',
    'eta.source.manifest':
      'Waktu dari manifest {file}: itu saat berkas DIBUAT, bukan saat diunggah. Beri --sent "20/10/2017 14.30" untuk waktu unggah yang sebenarnya.',
    'eta.source.filename':
      'Waktu dari nama berkas {file} (dibaca dalam {zone}): itu saat berkas DIBUAT, bukan saat diunggah. Beri --sent "20/10/2017 14.30" untuk waktu unggah yang sebenarnya.',
    'eta.point.dikirim': 'Diunggah',
    'eta.point.diproses': 'Diproses server',
    'eta.point.tampil': 'Tampil di situs',
    'eta.point.batas2x24': 'Batas 2x24 jam',
    'eta.point.batas3x24': 'Batas 3x24 jam',
    'eta.note.dikirim': 'status Sudah Kirim',
    'eta.note.diproses': 'Sudah Diproses atau Gagal Diproses (1x24 jam)',
    'eta.note.tampil': 'situs diperbarui pukul 00.00, 06.00, 12.00, 18.00 WIB',
    'eta.note.batas2x24': 'masih Belum Kirim? hubungi dinas / LPMP / helpdesk',
    'eta.note.batas3x24': 'masih Belum Kirim atau Gagal Diproses? hubungi LPMP / dinas',
    'eta.nowWord': 'sekarang',
    'eta.cutoff.label': 'Batas waktu: {when}',
    'eta.cutoff.onTime': 'Tepat waktu: {margin} sebelum batas.',
    'eta.cutoff.late': 'Terlambat {late} dari batas.',
    'eta.cutoff.left': 'Sisa waktu sampai batas: {left}.',
    'eta.cutoff.passed': 'Batas sudah lewat {late} yang lalu.',
    'eta.cutoff.fileNote': '(dihitung dari saat berkas dibuat; unggahan yang sebenarnya bisa lebih lambat)',
    'eta.now.label': 'Sekarang: {when} {dash} {tahap}',
    'eta.duration.underMinute': 'kurang dari 1 menit',

    'eta.tahap.belum_dikirim': 'belum diunggah',
    'eta.tahap.menunggu_proses': 'menunggu diproses server',
    'eta.tahap.menunggu_tampil': 'menunggu tampil di situs',
    'eta.tahap.seharusnya_tampil': 'seharusnya sudah tampil',
    'eta.tahap.lewat_2x24': 'lewat 2x24 jam',
    'eta.tahap.lewat_3x24': 'lewat 3x24 jam',
    'eta.todo.unggah':
      'Unggah berkas .pmp di halaman unggah situs PMP sebelum batas waktu. Setelah diunggah, data tampil paling cepat {tampil}.',
    'eta.todo.unggahNanti': 'Unggah berkas .pmp pada {dikirim} seperti direncanakan (sebelum batas waktu): data lalu tampil {tampil}. Bila diunggah lebih awal, data tampil lebih awal juga.',
    'eta.warn.sentAhead': 'Perhatian: waktu unggah (--sent, {dikirim}) masih di depan waktu sekarang; semua waktu di atas adalah rencana, bukan unggahan yang sudah terjadi.',
    'eta.todo.terlambat':
      'Batas waktu pengiriman ({cutoff}) sudah lewat. Hubungi dinas pendidikan / LPMP tentang pengiriman yang terlambat: merekalah yang dapat meneruskannya ke admin pusat.',
    'eta.todo.tunggu_proses':
      'Tunggu. Server memproses unggahan 1x24 jam kemudian (sekitar {diproses}); data tampil {tampil}. Status Belum Kirim sekarang masih wajar.',
    'eta.todo.tunggu_tampil': 'Tunggu sampai {tampil}, lalu muat ulang halaman progres pengiriman.',
    'eta.todo.muat_ulang':
      'Data seharusnya sudah tampil: muat ulang halaman progres pengiriman. Bila masih Belum Kirim, tunggu sampai {batas2x24}.',
    'eta.todo.hubungi_dinas':
      'Sudah lewat 2x24 jam. Bila status masih Belum Kirim, hubungi dinas pendidikan / LPMP / helpdesk PMP.',
    'eta.todo.eskalasi_lpmp':
      'Sudah lewat 3x24 jam. Bila status masih Belum Kirim atau Gagal Diproses, hubungi LPMP / dinas pendidikan agar diteruskan ke admin pusat.',

    'eta.table.file': 'Berkas',
    'eta.table.sent': 'Dibuat/diunggah',
    'eta.table.source': 'Sumber waktu',
    'eta.table.visible': 'Tampil',
    'eta.table.onTime': 'Tepat waktu',
    'eta.table.tahap': 'Tahap sekarang',
    'eta.table.yes': 'ya',
    'eta.table.no': 'TIDAK',
    'eta.table.fileNote':
      'Waktu dari manifest atau nama berkas adalah saat berkas DIBUAT, bukan saat diunggah; beri --sent untuk waktu unggah yang sebenarnya.',
    'eta.table.now': 'Sekarang: {when}',
    'eta.sourceShort.sent': '--sent',
    'eta.sourceShort.manifest': 'manifest',
    'eta.sourceShort.filename': 'nama berkas',
    'eta.sourceShort.now': 'sekarang',

    'eta.ics.written': 'Pengingat kalender ditulis ke {file}.',
    'eta.ics.calName': 'Pengiriman PMP offline',
    'eta.ics.fileSuffix': ' ({file})',
    'eta.ics.tampil.title': 'PMP: cek status pengiriman',
    'eta.ics.tampil.desc':
      'Diunggah {dikirim}. Data seharusnya tampil mulai {tampil}: muat ulang halaman progres pengiriman. Bila masih Belum Kirim, tunggu sampai {batas2x24}.',
    'eta.ics.batas2x24.title': 'PMP: batas 2x24 jam',
    'eta.ics.batas2x24.desc':
      'Diunggah {dikirim}. Bila status masih Belum Kirim, hubungi dinas pendidikan / LPMP / helpdesk PMP.',
    'eta.ics.batas3x24.title': 'PMP: batas 3x24 jam',
    'eta.ics.batas3x24.desc':
      'Diunggah {dikirim}. Bila status masih Belum Kirim atau Gagal Diproses, hubungi LPMP / dinas pendidikan agar diteruskan ke admin pusat.',
    'eta.ics.cutoff.title': 'PMP: batas waktu pengiriman',
    'eta.ics.cutoff.desc': 'Batas waktu pengiriman data PMP: {cutoff}. Unggah berkas .pmp sebelum batas ini.',
  },
  {
    'eta.description': 'When uploaded PMP data shows on the website, and what to do if it does not',
    'eta.arg.files': '.pmp files (pmp-offline containers or PMP application files); several allowed',
    'eta.opt.sent': 'upload time, e.g. "20/10/2017 14.30" (default: from the file, or now)',
    'eta.opt.now': 'take now to be this time (default: the computer clock)',
    'eta.opt.cutoff': 'sending cut-off; a date alone = end of that day WIB (default: 20/10/2017 23.59.59 WIB)',
    'eta.opt.zone': 'your time zone: WIB, WITA, WIT or an IANA name (default: WIB)',
    'eta.opt.ics': 'write calendar reminders (iCalendar) to this file',
    'eta.help.examples': [
      '  $ pmp-offline eta --sent "20/10/2017 14.30"               # uploaded at 14.30 WIB',
      '  $ pmp-offline eta --sent "21/10/2017 00.30" --zone WITA   # an operator in Makassar',
      '  $ pmp-offline eta kirim/20171018131000_…_pmp_….pmp        # from a packed file',
      '  $ pmp-offline eta --sent "2017-10-19 08:00" --json --ics pengingat.ics',
      '  $ pmp-offline eta --sent "15/09/2019 20.00" --cutoff 2019-09-15',
      '  $ pmp-offline eta --log unggahan.csv --html papan.html       # district board: who to call',
    ].join('\n'),
    'eta.help.timeForms':
      'Time forms: 2017-10-20T14:30, 2017-10-20 14:30[:ss[.mmm]][+08:00|Z], 20/10/2017 14.30, 20-10-2017 14:30[:ss]. Without an offset, read in --zone. A date alone (2019-09-15, 15/09/2019) only for --cutoff.',

    'eta.time.forms':
      '2017-10-20T14:30, 2017-10-20 14:30 (optional seconds, milliseconds, and offset +08:00 or Z), 20/10/2017 14.30, 20/10/2017 14:30, 20-10-2017 14.30 (optional seconds), optionally followed by WIB, WITA or WIT (20/10/2017 14.30 WITA)',
    'eta.time.formsDate': 'or a date alone (2019-09-15, 15/09/2019) = end of that day WIB',
    'eta.err.badTime': '{option} "{value}" is not a valid time. Accepted forms: {forms}.',
    'eta.err.timeRange': '{option} "{value}" is outside the accepted range: the years {first} to {last}.',
    'eta.err.quoteHint': 'A date and a time are needed; put both in quotes: {option} "20/10/2017 14.30".',
    'eta.err.badZone': 'unknown time zone: "{value}". Use WIB, WITA, WIT, or an IANA name such as Asia/Makassar.',
    'eta.err.fileMissing': '{file}: file not found.',
    'eta.err.notAFile': '{file}: not a file (a folder?).',
    'eta.err.badManifestTime': '{file}: the manifest has an invalid "dibuat" time: "{value}".',
    'eta.err.noFileTime':
      '{file}: cannot tell when it was made (not a pmp-offline container, and the name does not follow YYYYMMDDHHmmss_<sekolah_id>_pmp_<kode>.pmp). Give the upload time with --sent "20/10/2017 14.30".',
    'eta.err.icsWrite': 'cannot write the calendar reminders to {file}: {reason}.',
    'eta.err.icsExists': '{file} already exists and is not a pmp-offline calendar; left unchanged. Choose another name, or add --force to replace it.',
    'eta.err.icsNotFile': '{file} is not a plain file (a link, folder or device); left unchanged. Choose another .ics file name.',
    'eta.opt.force': '--ics/--xlsx/--html: replace an existing plain file even if pmp-offline did not write it (never an input, a link or a folder)',

    'eta.title': 'When the PMP data will show on the website',
    'eta.source.sent': 'Upload time: from --sent.',
    'eta.source.now': 'No upload time given: this is the estimate if the file is uploaded now.',
    'eta.source.manifest':
      'Time from the manifest of {file}: that is when the file was MADE, not uploaded. Give --sent "20/10/2017 14.30" for the real upload time.',
    'eta.source.filename':
      'Time from the file name {file} (read in {zone}): that is when the file was MADE, not uploaded. Give --sent "20/10/2017 14.30" for the real upload time.',
    'eta.point.dikirim': 'Uploaded',
    'eta.point.diproses': 'Processed by the server',
    'eta.point.tampil': 'Visible on the website',
    'eta.point.batas2x24': '2x24-hour line',
    'eta.point.batas3x24': '3x24-hour line',
    'eta.note.dikirim': 'status Sudah Kirim (sent)',
    'eta.note.diproses': 'Sudah Diproses or Gagal Diproses (after 1x24 hours)',
    'eta.note.tampil': 'the website refreshes at 00.00, 06.00, 12.00, 18.00 WIB',
    'eta.note.batas2x24': 'still Belum Kirim? contact the dinas / LPMP / helpdesk',
    'eta.note.batas3x24': 'still Belum Kirim or Gagal Diproses? contact LPMP / the dinas',
    'eta.nowWord': 'now',
    'eta.cutoff.label': 'Cut-off: {when}',
    'eta.cutoff.onTime': 'On time: {margin} before the cut-off.',
    'eta.cutoff.late': 'Late by {late}.',
    'eta.cutoff.left': 'Time left before the cut-off: {left}.',
    'eta.cutoff.passed': 'The cut-off passed {late} ago.',
    'eta.cutoff.fileNote': '(counted from when the file was made; the real upload may be later)',
    'eta.now.label': 'Now: {when} {dash} {tahap}',
    'eta.duration.underMinute': 'less than a minute',

    'eta.tahap.belum_dikirim': 'not uploaded yet',
    'eta.tahap.menunggu_proses': 'waiting for the server to process it',
    'eta.tahap.menunggu_tampil': 'waiting to show on the website',
    'eta.tahap.seharusnya_tampil': 'should be visible by now',
    'eta.tahap.lewat_2x24': 'past 2x24 hours',
    'eta.tahap.lewat_3x24': 'past 3x24 hours',
    'eta.todo.unggah':
      'Upload the .pmp file on the PMP website upload page before the cut-off. Once uploaded, the data shows at the earliest at {tampil}.',
    'eta.todo.unggahNanti': 'Upload the .pmp file at {dikirim} as planned (before the cut-off): the data then shows at {tampil}. Uploaded earlier, it shows earlier too.',
    'eta.warn.sentAhead': 'Note: the upload time (--sent, {dikirim}) is still ahead of now; every time above is a plan, not an upload that happened.',
    'eta.todo.terlambat':
      'The sending cut-off ({cutoff}) has passed. Contact the dinas / LPMP about the late submission: they are the ones who can pass it on to the central admin.',
    'eta.todo.tunggu_proses':
      'Wait. The server processes uploads 1x24 hours later (around {diproses}); the data shows at {tampil}. A Belum Kirim status is still normal now.',
    'eta.todo.tunggu_tampil': 'Wait until {tampil}, then reload the sending progress page.',
    'eta.todo.muat_ulang':
      'The data should be visible now: reload the sending progress page. If it still says Belum Kirim, wait until {batas2x24}.',
    'eta.todo.hubungi_dinas': 'More than 2x24 hours have passed. If the status still says Belum Kirim, contact the dinas / LPMP / PMP helpdesk.',
    'eta.todo.eskalasi_lpmp':
      'More than 3x24 hours have passed. If the status still says Belum Kirim or Gagal Diproses, contact LPMP / the dinas so they tell the central admin.',

    'eta.table.file': 'File',
    'eta.table.sent': 'Made/uploaded',
    'eta.table.source': 'Time source',
    'eta.table.visible': 'Visible',
    'eta.table.onTime': 'On time',
    'eta.table.tahap': 'Stage now',
    'eta.table.yes': 'yes',
    'eta.table.no': 'NO',
    'eta.table.fileNote':
      'Times from a manifest or file name are when the file was MADE, not uploaded; give --sent for the real upload time.',
    'eta.table.now': 'Now: {when}',
    'eta.sourceShort.sent': '--sent',
    'eta.sourceShort.manifest': 'manifest',
    'eta.sourceShort.filename': 'file name',
    'eta.sourceShort.now': 'now',

    'eta.ics.written': 'Calendar reminders written to {file}.',
    'eta.ics.calName': 'PMP offline sending',
    'eta.ics.fileSuffix': ' ({file})',
    'eta.ics.tampil.title': 'PMP: check the sending status',
    'eta.ics.tampil.desc':
      'Uploaded {dikirim}. The data should show from {tampil}: reload the sending progress page. If it still says Belum Kirim, wait until {batas2x24}.',
    'eta.ics.batas2x24.title': 'PMP: 2x24-hour line',
    'eta.ics.batas2x24.desc': 'Uploaded {dikirim}. If the status still says Belum Kirim, contact the dinas / LPMP / PMP helpdesk.',
    'eta.ics.batas3x24.title': 'PMP: 3x24-hour line',
    'eta.ics.batas3x24.desc':
      'Uploaded {dikirim}. If the status still says Belum Kirim or Gagal Diproses, contact LPMP / the dinas so they tell the central admin.',
    'eta.ics.cutoff.title': 'PMP: sending cut-off',
    'eta.ics.cutoff.desc': 'Cut-off for sending PMP data: {cutoff}. Upload the .pmp file before it.',
  },
);
