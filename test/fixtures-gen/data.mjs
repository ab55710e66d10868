// Word lists for realistic Indonesian fixture content: people, places, questions, answers.

export const MALE_NAMES = [
  'Ahmad',
  'Agus',
  'Budi',
  'Bambang',
  'Dedi',
  'Dani',
  'Eko',
  'Fajar',
  'Hendra',
  'Iwan',
  'Joko',
  'Kurniawan',
  'Lukman',
  'Muhammad',
  'Nanang',
  'Rizki',
  'Slamet',
  'Teguh',
  'Wahyu',
  'Yusuf',
  'Asep',
  'Ujang',
  'Dadang',
  'Made',
  'Ketut',
  'Andi',
  'Rahmat',
  'Imam',
  'Arief',
  'Hadi',
];

export const FEMALE_NAMES = [
  'Siti',
  'Sri',
  'Dewi',
  'Ani',
  'Rina',
  'Wulan',
  'Yuni',
  'Ratna',
  'Nur',
  'Lestari',
  'Putri',
  'Fitri',
  'Indah',
  'Nining',
  'Euis',
  'Neng',
  'Ayu',
  'Kadek',
  'Rahayu',
  'Dian',
  'Eka',
  'Novi',
  'Tuti',
  'Yanti',
  'Aisyah',
  'Nurul',
  'Mega',
  'Intan',
  'Kartika',
  'Laila',
];

export const FAMILY_NAMES = [
  'Hidayat',
  'Setiawan',
  'Saputra',
  'Pratama',
  'Wibowo',
  'Susanto',
  'Nugroho',
  'Kusuma',
  'Permana',
  'Suryadi',
  'Hasibuan',
  'Siregar',
  'Nasution',
  'Lubis',
  'Sihombing',
  'Wijaya',
  'Santoso',
  'Maulana',
  'Firmansyah',
  'Gunawan',
  'Hermawan',
  'Sutrisno',
  'Rusdi',
  'Mahendra',
  'Syahputra',
  'Ramadhan',
  'Fauzi',
  'Sembiring',
];

/** Second names only women carry. */
export const FEMALE_FAMILY_NAMES = ['Rahmawati', 'Sulastri', 'Handayani', 'Purnamasari', 'Kurniasih', 'Anggraini', 'Lestari', 'Wulandari'];

export const TEACHER_DEGREES = ['S.Pd.', 'S.Pd.', 'S.Pd.', 'S.Pd.I.', 'S.Ag.', 'S.Si.', 'S.Kom.', 'M.Pd.', 'A.Ma.Pd.'];
export const HEAD_DEGREES = ['M.Pd.', 'S.Pd., M.M.', 'S.Pd.', 'M.Pd.I.'];

/**
 * Regions with their IANA zone, a two-digit NPSN prefix and kecamatan names used to
 * build school names ("SD NEGERI 1 CIPARAY").
 * @type {ReadonlyArray<{ kabupaten_kota: string, provinsi: string, zona_waktu: string, npsn: string, tempat: readonly string[] }>}
 */
export const REGIONS = [
  {
    kabupaten_kota: 'Kab. Bandung',
    provinsi: 'Prov. Jawa Barat',
    zona_waktu: 'Asia/Jakarta',
    npsn: '20',
    tempat: ['CIPARAY', 'SOREANG', 'BALEENDAH', 'MAJALAYA', 'BANJARAN', 'PANGALENGAN'],
  },
  {
    kabupaten_kota: 'Kab. Garut',
    provinsi: 'Prov. Jawa Barat',
    zona_waktu: 'Asia/Jakarta',
    npsn: '20',
    tempat: ['TAROGONG', 'CIKAJANG', 'LELES', 'KADUNGORA'],
  },
  {
    kabupaten_kota: 'Kab. Sleman',
    provinsi: 'Prov. D.I. Yogyakarta',
    zona_waktu: 'Asia/Jakarta',
    npsn: '20',
    tempat: ['DEPOK', 'GODEAN', 'NGAGLIK', 'KALASAN'],
  },
  {
    kabupaten_kota: 'Kab. Banyumas',
    provinsi: 'Prov. Jawa Tengah',
    zona_waktu: 'Asia/Jakarta',
    npsn: '20',
    tempat: ['PURWOKERTO', 'SOKARAJA', 'AJIBARANG', 'BATURRADEN'],
  },
  {
    kabupaten_kota: 'Kota Medan',
    provinsi: 'Prov. Sumatera Utara',
    zona_waktu: 'Asia/Jakarta',
    npsn: '10',
    tempat: ['MEDAN', 'MEDAN JOHOR', 'MEDAN DELI', 'MEDAN AREA'],
  },
  {
    kabupaten_kota: 'Kota Pontianak',
    provinsi: 'Prov. Kalimantan Barat',
    zona_waktu: 'Asia/Pontianak',
    npsn: '30',
    tempat: ['PONTIANAK', 'PONTIANAK UTARA', 'PONTIANAK BARAT'],
  },
  {
    kabupaten_kota: 'Kota Makassar',
    provinsi: 'Prov. Sulawesi Selatan',
    zona_waktu: 'Asia/Makassar',
    npsn: '40',
    tempat: ['MAKASSAR', 'TAMALATE', 'PANAKKUKANG', 'BIRINGKANAYA'],
  },
  { kabupaten_kota: 'Kab. Badung', provinsi: 'Prov. Bali', zona_waktu: 'Asia/Makassar', npsn: '50', tempat: ['KUTA', 'MENGWI', 'ABIANSEMAL', 'PETANG'] },
  {
    kabupaten_kota: 'Kab. Lombok Timur',
    provinsi: 'Prov. Nusa Tenggara Barat',
    zona_waktu: 'Asia/Makassar',
    npsn: '50',
    tempat: ['SELONG', 'MASBAGIK', 'AIKMEL'],
  },
  { kabupaten_kota: 'Kota Ambon', provinsi: 'Prov. Maluku', zona_waktu: 'Asia/Jayapura', npsn: '60', tempat: ['AMBON', 'SIRIMAU', 'NUSANIWE'] },
  { kabupaten_kota: 'Kab. Jayapura', provinsi: 'Prov. Papua', zona_waktu: 'Asia/Jayapura', npsn: '60', tempat: ['SENTANI', 'WAIBU', 'KEMTUK'] },
];

/** Words between the level and the number in a school name, weighted toward NEGERI. */
export const SCHOOL_KINDS = ['NEGERI', 'NEGERI', 'NEGERI', 'NEGERI', 'ISLAM', 'MUHAMMADIYAH', 'PGRI', 'KRISTEN'];

/** Question id prefixes per respondent type. */
export const QUESTION_PREFIX = {
  kepala_sekolah: 'KS',
  pendidik: 'PD',
  peserta_didik: 'PS',
  komite_sekolah: 'KM',
  pengawas: 'PW',
};

/** Subjects of the PMP statements, per respondent type. */
export const QUESTION_SUBJECTS = {
  kepala_sekolah: ['Sekolah', 'Kepala sekolah', 'Tim pengembang sekolah'],
  pendidik: ['Saya', 'Guru', 'Guru di sekolah ini'],
  peserta_didik: ['Guru', 'Sekolah', 'Saya'],
  komite_sekolah: ['Komite sekolah', 'Sekolah', 'Orang tua'],
  pengawas: ['Pengawas', 'Sekolah binaan', 'Kepala sekolah binaan'],
};

export const QUESTION_VERBS = ['menyusun', 'melaksanakan', 'mengevaluasi', 'menyediakan', 'memantau', 'mengembangkan', 'melaporkan'];

export const QUESTION_OBJECTS = [
  'rencana kerja sekolah',
  'kurikulum tingkat satuan pendidikan',
  'rencana pelaksanaan pembelajaran',
  'penilaian hasil belajar',
  'program literasi',
  'sarana dan prasarana belajar',
  'kegiatan ekstrakurikuler',
  'layanan bimbingan dan konseling',
  'anggaran pendapatan dan belanja sekolah',
  'program kebersihan lingkungan',
  'buku teks pelajaran',
  'pengembangan keprofesian berkelanjutan',
  'tata tertib sekolah',
  'pembelajaran berbasis proyek',
];

export const QUESTION_MANNERS = ['secara berkala', 'bersama komite sekolah', 'setiap semester', 'sesuai standar nasional', 'dengan melibatkan warga sekolah'];

export const OPEN_PROMPTS = [
  'Tuliskan saran Anda untuk peningkatan mutu sekolah.',
  'Sebutkan kendala utama yang dihadapi sekolah.',
  'Tuliskan kegiatan yang paling bermanfaat tahun ini.',
  'Jelaskan dukungan yang diperlukan dari dinas pendidikan.',
];

export const OPEN_ANSWERS = [
  'Perlu penambahan buku di perpustakaan.',
  'Ruang kelas perlu diperbaiki sebelum musim hujan.',
  'Pelatihan guru tentang Kurikulum 2013 sangat membantu.',
  'Jaringan internet di sekolah masih lemah.',
  'Kegiatan pramuka berjalan dengan baik.',
  'Perlu tambahan komputer untuk ujian berbasis komputer.',
  'Kerja sama dengan orang tua sudah baik.',
  'Toilet siswa perlu ditambah.',
  'Program membaca 15 menit sebelum pelajaran perlu dilanjutkan.',
  'Lapangan olahraga sering tergenang air.',
  'Sudah baik, pertahankan.',
  'Perlu pendampingan dalam penyusunan rapor.',
];
