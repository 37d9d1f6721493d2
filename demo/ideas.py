"""Forty illustrative ideas: observed practices and Ambon's imitations and adaptations.

Keys: `from` is the slug of the idea adapted (listed earlier); `source` and `adopter`
are agency ids; `trip` is a trip slug (its start date is the observation date),
otherwise `observed` is days before today, like `published` (None: a draft),
`trial`, `implemented` and `verified`. `contact` is (invented name, role).
Indicators: (name, unit, baseline, target, actual, measured days ago).
Every figure here is invented for the demo.
"""

IDEAS = [
    # --- Amati: seen elsewhere -------------------------------------------------
    {
        "slug": "klampid-surabaya",
        "title": "Klampid: Layanan Adminduk Daring Kota Surabaya",
        "stage": "amati",
        "dimensions": ["governance", "society"],
        "tags": ["adminduk", "layanan-online", "tanda-tangan-elektronik"],
        "form": "pelayanan_publik",
        "digital": True,
        "source": "sby-dukcapil",
        "trip": "surabaya-adminduk-dan-transportasi",
        "summary": (
            "Warga Surabaya mengajukan kartu keluarga, akta dan surat pindah secara daring "
            "dari rumah atau kelurahan, lalu mencetak sendiri dokumen bertanda tangan "
            "elektronik tanpa datang ke kantor dinas."
        ),
        "problem": (
            "Di Ambon warga dari negeri yang jauh harus datang berkali-kali ke kantor "
            "Dukcapil untuk satu dokumen, dan ruang tunggu penuh sejak pagi."
        ),
        "goal": "Warga menerima dokumen kependudukan tanpa harus datang ke kantor dinas.",
        "body": [
            ("heading", "Cara kerjanya"),
            (
                "paragraph",
                "Warga atau petugas kelurahan mengunggah berkas lewat situs layanan. Petugas "
                "dinas memverifikasi, lalu dokumen bertanda tangan elektronik dikirim untuk "
                "dicetak sendiri di kertas biasa.",
            ),
            (
                "paragraph",
                [
                    "Kartu keluarga dan perubahan data",
                    "Akta kelahiran dan akta kematian",
                    "Surat pindah datang dan pindah keluar",
                ],
            ),
        ],
        "regulation": (
            "Permendagri Nomor 7 Tahun 2019 tentang Pelayanan Administrasi Kependudukan "
            "secara Daring; Permendagri Nomor 109 Tahun 2019 tentang formulir dan buku "
            "administrasi kependudukan."
        ),
        "budget": (150_000_000, 450_000_000),
        "infrastructure": (
            "Aplikasi layanan daring, jaringan ke kantor kelurahan dan negeri, sertifikat "
            "tanda tangan elektronik untuk pejabat penandatangan."
        ),
        "staffing": "Operator verifikasi di dinas; pendamping di kantor kelurahan dan negeri.",
        "partners": (
            "Ditjen Dukcapil Kemendagri; Balai Sertifikasi Elektronik BSSN; Diskominfosandi."
        ),
        "months": 9,
        "status": "dikaji",
        "contact": ("Ronald Sahetapy", "Kepala Bidang Pelayanan Pendaftaran Penduduk"),
        "published": 675,
        "verified": 400,
    },
    {
        "slug": "suroboyo-bus-botol-plastik",
        "title": "Suroboyo Bus: Bayar Tiket dengan Botol Plastik",
        "stage": "amati",
        "dimensions": ["environment", "living"],
        "tags": ["sampah", "plastik", "angkutan-umum"],
        "form": "pelayanan_publik",
        "digital": False,
        "source": "sby-dishub",
        "trip": "surabaya-adminduk-dan-transportasi",
        "summary": (
            "Penumpang Suroboyo Bus dapat membayar perjalanan dengan botol atau gelas plastik "
            "bekas; plastik yang terkumpul kemudian dikelola untuk didaur ulang."
        ),
        "problem": (
            "Sampah plastik menumpuk di pantai dan selokan, sementara warga berpenghasilan "
            "rendah butuh angkutan yang murah."
        ),
        "goal": "Mengurangi sampah plastik sekaligus mengajak warga naik angkutan umum.",
        "body": [
            (
                "paragraph",
                "Penumpang menyerahkan botol plastik bersih di halte atau kepada petugas bus "
                "dan mendapat tiket. Gagasan ini mengaitkan dua masalah kota dalam satu "
                "layanan.",
            ),
            (
                "paragraph",
                "Catatan tim: di Ambon angkutan kota dijalankan angkot milik perorangan, "
                "sehingga cara pembayarannya perlu diubah bila ingin ditiru.",
            ),
        ],
        "regulation": "Peraturan wali kota tentang tarif dan tata cara pembayaran angkutan.",
        "budget": (50_000_000, 200_000_000),
        "infrastructure": "Tempat penukaran botol; gudang penampungan plastik.",
        "staffing": "Petugas penukaran; petugas di kendaraan.",
        "partners": "Bank sampah; pengepul plastik; operator angkutan.",
        "months": 6,
        "status": "dikaji",
        "contact": ("Yopie Pelupessy", "Kepala Seksi Angkutan"),
        "published": 670,
        "verified": 500,
    },
    {
        "slug": "antrean-daring-mpp-banyuwangi",
        "title": "Antrean Daring Mal Pelayanan Publik Banyuwangi",
        "stage": "amati",
        "dimensions": ["governance"],
        "tags": ["antrean", "layanan-online", "whatsapp", "perizinan"],
        "form": "pelayanan_publik",
        "digital": True,
        "source": "bwi-dpmptsp",
        "trip": "banyuwangi-pelayanan-publik",
        "summary": (
            "Warga mengambil nomor antrean layanan dari ponsel, memilih jam datang, dan "
            "menerima pengingat lewat WhatsApp sebelum gilirannya tiba."
        ),
        "problem": (
            "Warga datang sejak subuh untuk mengambil nomor antrean, lalu menunggu berjam-jam "
            "di ruang tunggu."
        ),
        "goal": "Waktu tunggu di kantor menjadi pendek dan dapat diperkirakan.",
        "body": [
            ("heading", "Alur layanan"),
            (
                "paragraph",
                [
                    "Warga memilih layanan dan jam datang di situs atau lewat WhatsApp.",
                    "Sistem mengirim nomor antrean dan pengingat menjelang giliran.",
                    "Warga tanpa ponsel tetap dilayani lewat kuota antrean di loket.",
                ],
            ),
            (
                "paragraph",
                "Menurut tuan rumah, kuota antrean daring dan langsung dibagi setiap hari "
                "agar tidak ada warga yang pulang tanpa dilayani.",
            ),
        ],
        "regulation": (
            "Standar pelayanan yang memuat jam layanan dan kuota antrean; keputusan kepala "
            "dinas tentang antrean daring."
        ),
        "budget": (40_000_000, 120_000_000),
        "infrastructure": "Aplikasi antrean, akun WhatsApp Business resmi, layar panggil.",
        "staffing": "Satu admin aplikasi; petugas loket yang dilatih memakai panggilan antrean.",
        "partners": "Diskominfosandi untuk server dan akun WhatsApp.",
        "months": 4,
        "status": "dikaji",
        "contact": ("Hendrik Tamaela", "Kepala Bidang Pelayanan Perizinan"),
        "published": 585,
        "verified": 60,
    },
    {
        "slug": "lahir-procot-pulang-bawa-akta",
        "title": "Lahir Procot Pulang Bawa Akta (Banyuwangi)",
        "stage": "amati",
        "dimensions": ["governance", "living"],
        "tags": ["akta-kelahiran", "adminduk", "kesehatan"],
        "form": "pelayanan_publik",
        "digital": False,
        "source": "bwi-dukcapil",
        "trip": "banyuwangi-pelayanan-publik",
        "summary": (
            "Bayi yang lahir di fasilitas kesehatan Banyuwangi pulang bersama akta kelahiran "
            "dan kartu keluarga baru; berkasnya dikirim fasilitas kesehatan ke Dispendukcapil."
        ),
        "problem": (
            "Banyak anak belum punya akta kelahiran karena orang tua menunda mengurusnya "
            "setelah persalinan."
        ),
        "goal": "Setiap bayi tercatat sejak lahir tanpa orang tua datang ke kantor Dukcapil.",
        "body": [
            (
                "paragraph",
                "Petugas di rumah sakit dan puskesmas mengumpulkan berkas kelahiran saat ibu "
                "dirawat, lalu mengirimnya ke Dispendukcapil. Dokumen jadi diantar sebelum "
                "ibu dan bayi pulang.",
            ),
            (
                "quote",
                "Akta itu hak anak; jangan sampai hilang karena orang tuanya sibuk.",
                "Petugas tuan rumah, dikutip bebas oleh peserta",
            ),
        ],
        "regulation": (
            "Perjanjian kerja sama Dukcapil dengan fasilitas kesehatan; Permendagri Nomor 108 "
            "Tahun 2019 tentang pelaksanaan pendaftaran penduduk dan pencatatan sipil."
        ),
        "budget": (30_000_000, 90_000_000),
        "infrastructure": "Formulir elektronik dan pemindai di ruang bersalin; jalur kirim berkas.",
        "staffing": "Petugas registrasi di setiap fasilitas kesehatan; operator Dukcapil.",
        "partners": "Rumah sakit, puskesmas, bidan praktik mandiri, Ikatan Bidan Indonesia.",
        "months": 6,
        "status": "dikaji",
        "contact": ("Siti Hehanussa", "Kepala Seksi Pelayanan Pencatatan Sipil"),
        "published": 580,
        "verified": 120,
    },
    {
        "slug": "kalender-banyuwangi-festival",
        "title": "Kalender Banyuwangi Festival",
        "stage": "amati",
        "dimensions": ["branding", "economy"],
        "tags": ["pariwisata", "festival", "kalender-acara", "umkm"],
        "form": "lainnya",
        "digital": False,
        "source": "bwi-budpar",
        "trip": "banyuwangi-pelayanan-publik",
        "summary": (
            "Banyuwangi menyusun kalender festival setahun penuh yang diumumkan jauh hari, "
            "sehingga pelaku wisata, UMKM dan biro perjalanan dapat bersiap."
        ),
        "problem": (
            "Acara daerah diumumkan mendadak sehingga wisatawan dan pelaku usaha tidak sempat "
            "bersiap."
        ),
        "goal": "Acara daerah menjadi agenda tetap yang dikenal dan mendatangkan pengunjung.",
        "body": [
            (
                "paragraph",
                "Kalender disusun setahun sebelumnya, dikurasi bersama komunitas, dan "
                "diumumkan kepada biro perjalanan. Banyak acara mengangkat budaya setempat.",
            ),
        ],
        "regulation": "Keputusan kepala daerah tentang kalender acara tahunan.",
        "budget": (100_000_000, 500_000_000),
        "infrastructure": "Situs dan media sosial kalender acara; lokasi dan panggung acara.",
        "staffing": "Tim kurasi acara; penghubung komunitas seni.",
        "partners": "Komunitas seni, asosiasi perjalanan wisata, hotel, UMKM.",
        "months": 12,
        "status": "diusulkan",
        "contact": ("Grace Nikijuluw", "Kepala Bidang Pemasaran Pariwisata"),
        "published": 575,
        "verified": 560,
    },
    {
        "slug": "kang-pisman-bandung",
        "title": "Kang Pisman: Kurangi, Pisahkan, Manfaatkan Sampah (Bandung)",
        "stage": "amati",
        "dimensions": ["environment", "society"],
        "tags": ["sampah", "pilah-sampah", "bank-sampah", "kompos"],
        "form": "lainnya",
        "digital": False,
        "source": "bdg-dlh",
        "trip": "bandung-sampah-dan-ruang-kendali",
        "summary": (
            "Gerakan warga Bandung untuk mengurangi sampah, memilahnya di rumah dan "
            "memanfaatkannya lewat bank sampah dan kompos, digerakkan kader lingkungan di RW."
        ),
        "problem": "Sampah rumah tangga tercampur sehingga seluruhnya berakhir di TPA.",
        "goal": "Mengurangi sampah yang diangkut ke TPA dengan memilah dan mengolahnya di sumber.",
        "body": [
            ("heading", "Kunci gerakan"),
            (
                "paragraph",
                "Kader lingkungan di setiap RW mengajak tetangga memilah, mengelola bank "
                "sampah dan membuat kompos. Dinas menyediakan pelatihan dan wadah pilah.",
            ),
        ],
        "regulation": (
            "Peraturan daerah tentang pengelolaan sampah; surat edaran wali kota tentang "
            "pemilahan sampah rumah tangga."
        ),
        "budget": (75_000_000, 250_000_000),
        "infrastructure": "Wadah pilah; bank sampah unit; komposter atau lubang biopori.",
        "staffing": "Kader lingkungan per RW; penyuluh lingkungan dinas.",
        "partners": "PKK, bank sampah, sekolah, rumah ibadah.",
        "months": 12,
        "status": "dikaji",
        "contact": ("Rahma Lekatompessy", "Penyuluh Lingkungan"),
        "published": 455,
        "verified": 30,
    },
    {
        "slug": "bandung-command-center",
        "title": "Bandung Command Center: Ruang Kendali Kota",
        "stage": "amati",
        "dimensions": ["governance"],
        "tags": ["dasbor", "data", "ruang-kendali"],
        "form": "tata_kelola",
        "digital": True,
        "source": "bdg-kominfo",
        "trip": "bandung-sampah-dan-ruang-kendali",
        "summary": (
            "Ruang kendali yang menampilkan data layanan kota, seperti pengaduan, lalu lintas "
            "dan kebencanaan, dalam satu dasbor untuk pemantauan harian dan rapat pimpinan."
        ),
        "problem": (
            "Data layanan tersebar di banyak dinas sehingga pimpinan sulit melihat keadaan "
            "kota secara utuh."
        ),
        "goal": "Pimpinan dan dinas melihat data yang sama dan cepat menindaklanjuti masalah.",
        "body": [
            (
                "paragraph",
                "Operator memantau layar bersama dan meneruskan kejadian ke dinas terkait. "
                "Data yang sama dipakai dalam rapat pimpinan.",
            ),
            (
                "quote",
                "Dasbor tidak membuat keputusan; dasbor membuat rapat lebih pendek.",
                "Pemandu dari Diskominfo Bandung, dikutip bebas oleh peserta",
            ),
        ],
        "regulation": (
            "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia; peraturan "
            "wali kota tentang tata kelola data dan ruang kendali."
        ),
        "budget": (500_000_000, 2_500_000_000),
        "infrastructure": "Ruang kendali, layar dinding, server, sambungan data dari dinas.",
        "staffing": "Operator bergilir, analis data, admin server.",
        "partners": "Perangkat daerah penghasil data; penyedia jaringan.",
        "months": 18,
        "status": "dikaji",
        "contact": ("Frans Tuanakotta", "Kepala Bidang Aplikasi Informatika"),
        "published": 450,
        "verified": 90,
    },
    {
        "slug": "home-care-dottorota-makassar",
        "title": "Home Care Dottoro'ta: Dokter Datang ke Rumah (Makassar)",
        "stage": "amati",
        "dimensions": ["living", "society"],
        "tags": ["kesehatan", "layanan-rumah", "lansia", "call-center"],
        "form": "pelayanan_publik",
        "digital": False,
        "source": "mks-dinkes",
        "trip": "makassar-kesehatan-dan-lorong",
        "summary": (
            "Warga Makassar menelepon pusat panggilan, lalu tim dokter dan perawat datang ke "
            "rumah dengan mobil layanan, terutama untuk lansia dan warga yang sulit bepergian."
        ),
        "problem": (
            "Lansia dan penderita penyakit kronis sulit datang ke puskesmas, sehingga kontrol "
            "rutin terlewat."
        ),
        "goal": "Layanan kesehatan dasar menjangkau warga yang tidak dapat datang sendiri.",
        "body": [
            ("heading", "Yang kami lihat"),
            (
                "paragraph",
                "Pusat panggilan memilah permintaan, lalu tim dari puskesmas terdekat "
                "berangkat. Kasus berat dirujuk ke rumah sakit.",
            ),
        ],
        "regulation": (
            "Peraturan wali kota tentang layanan kesehatan kunjungan rumah; SOP puskesmas."
        ),
        "budget": (300_000_000, 1_200_000_000),
        "infrastructure": "Mobil layanan dengan alat medis dasar; nomor pusat panggilan.",
        "staffing": "Dokter, perawat dan pengemudi per tim; operator panggilan.",
        "partners": "Puskesmas, BPJS Kesehatan, rumah sakit rujukan.",
        "months": 8,
        "status": "dikaji",
        "contact": ("Lidya Ririmasse", "Kepala Bidang Pelayanan Kesehatan"),
        "published": 315,
        "verified": 45,
    },
    {
        "slug": "lorong-garden-makassar",
        "title": "Lorong Garden: Kebun Sayur di Lorong Permukiman (Makassar)",
        "stage": "amati",
        "dimensions": ["environment", "economy", "society"],
        "tags": ["urban-farming", "lorong", "ketahanan-pangan"],
        "form": "lainnya",
        "digital": False,
        "source": "mks-pangan",
        "trip": "makassar-kesehatan-dan-lorong",
        "summary": (
            "Warga menanam sayur dan tanaman obat dalam pot, polibag dan rak bertingkat di "
            "sepanjang lorong permukiman padat, didampingi dinas ketahanan pangan."
        ),
        "problem": (
            "Permukiman padat tidak punya ruang hijau, dan belanja sayur menguras pengeluaran "
            "rumah tangga."
        ),
        "goal": "Lorong menjadi hijau dan warga memanen sebagian sayurnya sendiri.",
        "body": [
            (
                "paragraph",
                "Setiap lorong membentuk kelompok yang merawat tanaman bersama. Dinas memberi "
                "bibit dan pelatihan; warga menyediakan tenaga dan tempat.",
            ),
        ],
        "regulation": "Cukup keputusan lurah atau camat tentang kelompok kebun lorong.",
        "budget": (20_000_000, 80_000_000),
        "infrastructure": "Polibag, rak tanam, bibit, media tanam, penampung air hujan.",
        "staffing": "Penyuluh pertanian; ketua kelompok lorong.",
        "partners": "PKK, karang taruna, penyuluh pertanian.",
        "months": 3,
        "status": "diusulkan",
        "contact": ("Hasan Latuheru", "Camat"),
        "published": 310,
        "verified": 100,
    },
    {
        "slug": "dasan-120-seoul",
        "title": "Dasan 120: Pusat Panggilan Warga Seoul",
        "stage": "amati",
        "dimensions": ["governance", "society"],
        "tags": ["pengaduan", "call-center", "layanan-warga"],
        "form": "pelayanan_publik",
        "digital": True,
        "source": "seoul-smg",
        "trip": "seoul-smart-city",
        "summary": (
            "Satu nomor telepon dan kanal pesan untuk hampir semua pertanyaan dan keluhan "
            "warga kepada Pemerintah Kota Seoul, dengan standar waktu jawab."
        ),
        "problem": "Warga Ambon tidak tahu harus menghubungi siapa untuk urusan kota.",
        "goal": "Satu pintu untuk pertanyaan warga, dengan jawaban yang cepat dan konsisten.",
        "body": [
            (
                "paragraph",
                "Draf catatan peserta: operator menjawab pertanyaan umum langsung, dan "
                "meneruskan sisanya ke dinas dengan batas waktu jawab.",
            ),
        ],
        "regulation": "Peraturan wali kota tentang layanan informasi dan pengaduan terpadu.",
        "budget": (400_000_000, 1_500_000_000),
        "infrastructure": "Nomor layanan, sistem tiket, basis pengetahuan jawaban.",
        "staffing": "Operator bergilir; penghubung di setiap dinas.",
        "partners": "Semua perangkat daerah; operator telekomunikasi.",
        "months": 12,
        "status": "diusulkan",
        "contact": ("Frans Tuanakotta", "Kepala Bidang Aplikasi Informatika"),
        "published": None,
        "verified": 180,
    },
    {
        "slug": "sampah-makanan-rfid-songpa",
        "title": "Sampah Makanan Bayar Menurut Berat (Songpa-gu, Seoul)",
        "stage": "amati",
        "dimensions": ["environment"],
        "tags": ["sampah", "sampah-makanan", "retribusi"],
        "form": "pelayanan_publik",
        "digital": True,
        "source": "seoul-songpa",
        "trip": "seoul-smart-city",
        "summary": (
            "Tempat sampah makanan bersensor RFID membaca kartu warga, menimbang setoran, dan "
            "menagih retribusi sesuai berat sampah."
        ),
        "problem": "Retribusi sampah yang sama untuk semua tidak mendorong warga menguranginya.",
        "goal": "Warga membayar sesuai sampah yang dihasilkan dan terdorong menguranginya.",
        "body": [
            (
                "paragraph",
                "Warga menempelkan kartu, membuang sampah makanan, dan beratnya tercatat "
                "untuk tagihan bulanan. Sampah makanan diolah terpisah dari sampah lain.",
            ),
            (
                "paragraph",
                "Catatan tim: perangkatnya mahal untuk Ambon; prinsip bayar sesuai berat "
                "lebih mudah dicoba di pasar.",
            ),
        ],
        "regulation": (
            "Peraturan daerah tentang retribusi persampahan yang membolehkan tarif menurut berat."
        ),
        "budget": (1_000_000_000, 3_000_000_000),
        "infrastructure": "Tempat sampah RFID bertimbangan, kartu warga, sistem penagihan.",
        "staffing": "Teknisi perangkat; petugas penagihan.",
        "partners": "Penyedia perangkat; bank untuk pembayaran.",
        "months": 18,
        "status": "dikaji",
        "contact": ("Daniel Siwabessy", "Kepala Bidang Pengelolaan Sampah"),
        "published": 185,
        "verified": 20,
    },
    {
        "slug": "jaki-cepat-respon-masyarakat",
        "title": "JAKI dan Cepat Respon Masyarakat (Jakarta)",
        "stage": "amati",
        "dimensions": ["governance", "society"],
        "tags": ["pengaduan", "layanan-online", "tindak-lanjut"],
        "form": "pelayanan_publik",
        "digital": True,
        "source": "jkt-jsc",
        "observed": 640,
        "summary": (
            "Warga Jakarta melaporkan masalah kota lewat aplikasi JAKI; laporan diteruskan ke "
            "dinas atau kelurahan yang berwenang, dan pelapor dapat memantau statusnya."
        ),
        "problem": (
            "Pengaduan warga masuk lewat banyak pintu, dan sering tidak jelas siapa yang "
            "menindaklanjuti."
        ),
        "goal": "Setiap laporan punya penanggung jawab dan batas waktu, dan pelapor tahu hasilnya.",
        "body": [
            (
                "paragraph",
                "Diamati saat bimtek Gerakan Menuju 100 Smart City di Jakarta. Yang menarik "
                "bukan aplikasinya, tetapi aturan bahwa setiap laporan harus ditanggapi "
                "dalam batas waktu dan dilaporkan kembali ke warga.",
            ),
        ],
        "regulation": (
            "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan "
            "Publik; integrasi dengan SP4N-LAPOR!."
        ),
        "budget": (200_000_000, 800_000_000),
        "infrastructure": "Aplikasi atau kanal pesan; dasbor tindak lanjut.",
        "staffing": "Admin pengaduan di setiap perangkat daerah dan kecamatan.",
        "partners": "Semua perangkat daerah; pengelola SP4N-LAPOR!.",
        "months": 6,
        "status": "dikaji",
        "contact": ("Stevi Manuputty", "Pranata Komputer"),
        "published": 630,
        "verified": 75,
    },
    {
        "slug": "angkot-terintegrasi-jaklingko",
        "title": "Angkot Terintegrasi JakLingko (Jakarta)",
        "stage": "amati",
        "dimensions": ["living", "economy"],
        "tags": ["angkot", "transportasi", "pembayaran-nontunai"],
        "form": "pelayanan_publik",
        "digital": True,
        "source": "jkt-dishub",
        "observed": 250,
        "summary": (
            "Angkot di Jakarta bergabung dalam sistem JakLingko: operator dibayar menurut "
            "layanan yang dijalankan, dan penumpang cukup menempelkan kartu."
        ),
        "problem": (
            "Angkot berebut penumpang dan mengetem lama karena pendapatan sopir bergantung "
            "pada setoran harian."
        ),
        "goal": "Angkot berjalan terjadwal dan sopir berpenghasilan tetap.",
        "body": [
            (
                "paragraph",
                "Dipelajari dari bahan paparan Dishub DKI Jakarta. Pemerintah membeli layanan "
                "angkutan dari koperasi angkot, bukan memberi subsidi per penumpang.",
            ),
            (
                "paragraph",
                "Catatan tim: trayek angkot Ambon yang berpusat di Terminal Mardika bisa "
                "menjadi tempat uji coba.",
            ),
        ],
        "regulation": (
            "Peraturan kepala daerah tentang pembelian layanan angkutan; kontrak dengan "
            "koperasi angkot."
        ),
        "budget": (2_000_000_000, 10_000_000_000),
        "infrastructure": "Alat pembaca kartu di angkot; sistem pembayaran; halte.",
        "staffing": "Pengawas trayek; tim kontrak dan pembayaran.",
        "partners": "Koperasi dan Organda angkot; bank penerbit kartu.",
        "months": 24,
        "status": "diusulkan",
        "contact": ("Yopie Pelupessy", "Kepala Seksi Angkutan"),
        "published": 240,
        "verified": 40,
    },
    {
        "slug": "mpp-sewaka-dharma-denpasar",
        "title": "Mal Pelayanan Publik Sewaka Dharma (Denpasar)",
        "stage": "amati",
        "dimensions": ["governance", "branding"],
        "tags": ["perizinan", "mal-pelayanan-publik", "satu-pintu"],
        "form": "pelayanan_publik",
        "digital": False,
        "source": "dps-dpmptsp",
        "observed": 560,
        "summary": (
            "Gedung layanan terpadu di Denpasar tempat warga mengurus perizinan, kependudukan "
            "dan layanan instansi vertikal di satu tempat, bernuansa budaya setempat."
        ),
        "problem": "Warga harus berpindah-pindah kantor untuk menyelesaikan satu urusan.",
        "goal": "Layanan pemerintah daerah dan instansi vertikal ada di satu gedung.",
        "body": [
            (
                "paragraph",
                "Diamati saat rapat koordinasi di Denpasar. Gedungnya menjadi wajah kota: "
                "bersih, ramah, dan menampilkan budaya Bali.",
            ),
        ],
        "regulation": (
            "Peraturan Presiden Nomor 89 Tahun 2021 tentang Penyelenggaraan Mal Pelayanan "
            "Publik; peraturan wali kota tentang MPP."
        ),
        "budget": (1_500_000_000, 5_000_000_000),
        "infrastructure": "Gedung, loket bersama, ruang tunggu, jaringan.",
        "staffing": "Petugas dari setiap instansi; pengelola gedung.",
        "partners": "BPJS, Samsat, kantor pajak, imigrasi, bank.",
        "months": 12,
        "status": "dikaji",
        "contact": ("Hendrik Tamaela", "Kepala Bidang Pelayanan Perizinan"),
        "published": 550,
        "verified": 480,
    },
    {
        "slug": "peringatan-dini-banjir-semarang",
        "title": "Peringatan Dini Banjir Berbasis Sensor (Semarang)",
        "stage": "amati",
        "dimensions": ["environment", "society"],
        "tags": ["bencana", "banjir", "peringatan-dini"],
        "form": "lainnya",
        "digital": True,
        "source": "smg-bpbd",
        "observed": 420,
        "summary": (
            "Sensor tinggi muka air dan curah hujan di titik rawan mengirim data ke BPBD; bila "
            "melewati ambang, peringatan disiarkan ke warga lewat sirene dan grup pesan."
        ),
        "problem": (
            "Warga di bantaran sungai sering terlambat mengungsi karena tidak tahu air sedang naik."
        ),
        "goal": "Warga di daerah rawan mendapat peringatan sebelum bencana mencapai rumah.",
        "body": [
            (
                "paragraph",
                "Dipelajari dari webinar berbagi praktik kebencanaan. Yang penting bukan "
                "sensornya saja, tetapi siapa yang menerima peringatan dan apa yang warga "
                "lakukan sesudahnya.",
            ),
        ],
        "regulation": "SOP peringatan dini BPBD sesuai pedoman BNPB.",
        "budget": (250_000_000, 900_000_000),
        "infrastructure": "Sensor air dan hujan, sirene, panel surya, koneksi seluler.",
        "staffing": (
            "Operator pusat pengendalian operasi 24 jam; relawan kelurahan tangguh bencana."
        ),
        "partners": "BMKG, BNPB, relawan, operator seluler.",
        "months": 10,
        "status": "dikaji",
        "contact": ("Jefri Lessil", "Kepala Seksi Pencegahan dan Kesiapsiagaan"),
        "published": 410,
        "verified": 150,
    },
    {
        "slug": "oneservice-singapura",
        "title": "OneService: Satu Aplikasi untuk Laporan Kota (Singapura)",
        "stage": "amati",
        "dimensions": ["governance", "society"],
        "tags": ["pengaduan", "layanan-online", "koordinasi"],
        "form": "tata_kelola",
        "digital": True,
        "source": "sg-mso",
        "observed": 150,
        "summary": (
            "Warga Singapura melaporkan masalah lingkungan kota lewat satu aplikasi tanpa perlu "
            "tahu instansi mana yang berwenang; laporan diteruskan ke instansi yang tepat."
        ),
        "problem": (
            "Laporan warga sering ditolak karena 'bukan kewenangan kami', lalu hilang di antara "
            "dinas."
        ),
        "goal": "Tidak ada laporan yang tertahan karena soal kewenangan.",
        "body": [
            (
                "paragraph",
                "Dipelajari dari webinar kota-kota ASEAN. Kantor kecil di tengah "
                "pemerintahan memegang aturan siapa menangani apa, termasuk kasus yang "
                "melibatkan beberapa instansi.",
            ),
        ],
        "regulation": "Keputusan wali kota tentang pembagian kewenangan tindak lanjut laporan.",
        "budget": (100_000_000, 400_000_000),
        "infrastructure": "Kanal laporan yang sudah ada; tabel pembagian kewenangan.",
        "staffing": "Tim kecil koordinasi di Sekretariat Daerah.",
        "partners": "Bagian Organisasi Setda; semua perangkat daerah.",
        "months": 6,
        "status": "diusulkan",
        "contact": ("Rudi Leiwakabessy", "Analis Organisasi"),
        "published": 140,
        "verified": 140,
    },
    # --- Tiru and Modifikasi: adopted in Ambon ---------------------------------
    {
        "slug": "antrean-daring-dukcapil-ambon",
        "title": "Antrean Daring Dukcapil Kota Ambon",
        "stage": "tiru",
        "from": "antrean-daring-mpp-banyuwangi",
        "adopter": "amb-dukcapil",
        "dimensions": ["governance"],
        "tags": ["antrean", "layanan-online", "whatsapp", "adminduk"],
        "form": "pelayanan_publik",
        "digital": True,
        "observed": 600,
        "summary": (
            "Dukcapil Ambon meniru antrean daring Mal Pelayanan Publik Banyuwangi: warga "
            "mengambil nomor dari ponsel atau WhatsApp dan datang menjelang gilirannya."
        ),
        "problem": (
            "Ruang tunggu Dukcapil penuh sejak pagi; warga dari negeri di Leitimur dan Teluk "
            "Ambon menghabiskan satu hari untuk satu berkas."
        ),
        "goal": "Warga datang sesuai jadwal dan tidak menunggu lama di kantor.",
        "body": [
            ("heading", "Apa yang ditiru"),
            (
                "paragraph",
                "Alur, kuota harian dan pengingat WhatsApp diambil apa adanya dari "
                "Banyuwangi. Aplikasi antrean dipasang di server Diskominfosandi.",
            ),
            (
                "quote",
                "Dulu beta datang jam enam pagi, sekarang datang jam sepuluh langsung dilayani.",
                "Warga Kecamatan Sirimau (kutipan rekaan)",
            ),
        ],
        "regulation": "Keputusan Kepala Dinas tentang standar pelayanan antrean daring.",
        "budget": (35_000_000, 90_000_000),
        "infrastructure": (
            "Aplikasi antrean di server Diskominfosandi; akun WhatsApp; layar panggil."
        ),
        "staffing": "Satu admin aplikasi; petugas loket.",
        "partners": "Diskominfosandi; DPMPTSP Banyuwangi sebagai sumber.",
        "months": 3,
        "status": "dilembagakan",
        "trial": 540,
        "implemented": 510,
        "ikm": ("70.12", "85.40"),
        "indicators": [
            ("Rata-rata waktu tunggu di kantor (contoh ilustratif)", "menit", 95, 30, 38, 60),
            ("Porsi nomor antrean yang diambil daring (contoh ilustratif)", "%", 0, 50, 57, 60),
        ],
        "contact": ("Nurlela Marasabessy", "Analis Kebijakan"),
        "published": 500,
        "verified": 35,
    },
    {
        "slug": "antrean-daring-dpmptsp-ambon",
        "title": "Antrean Daring Layanan Perizinan DPMPTSP Kota Ambon",
        "stage": "tiru",
        "from": "antrean-daring-mpp-banyuwangi",
        "adopter": "amb-dpmptsp",
        "dimensions": ["governance", "economy"],
        "tags": ["antrean", "perizinan", "layanan-online"],
        "form": "pelayanan_publik",
        "digital": True,
        "observed": 600,
        "summary": (
            "DPMPTSP Ambon menerapkan antrean daring yang sama untuk konsultasi dan pengambilan "
            "izin, sehingga pelaku usaha tidak perlu menunggu di ruang layanan."
        ),
        "problem": (
            "Pelaku usaha kecil dari Pasar Mardika dan sekitarnya meninggalkan dagangan "
            "berjam-jam hanya untuk konsultasi izin."
        ),
        "goal": "Konsultasi dan pengambilan izin dilayani sesuai jam yang dipilih.",
        "body": [
            (
                "paragraph",
                "Aplikasi dan alur yang sama dengan Dukcapil dipakai tanpa perubahan, "
                "sehingga warga hanya perlu belajar satu cara mengambil antrean.",
            ),
            (
                "paragraph",
                "Konsultasi perizinan dibagi per sektor usaha, sehingga warga langsung "
                "bertemu petugas yang memahami izinnya.",
            ),
        ],
        "regulation": "Standar pelayanan DPMPTSP yang memuat antrean daring.",
        "budget": (20_000_000, 60_000_000),
        "infrastructure": "Aplikasi antrean bersama; layar panggil di ruang layanan.",
        "staffing": "Petugas front office yang dilatih memakai panggilan antrean.",
        "partners": "Diskominfosandi; Dukcapil Kota Ambon.",
        "months": 2,
        "status": "diterapkan",
        "trial": 500,
        "implemented": 480,
        "ikm": ("74.50", "82.75"),
        "contact": ("Hendrik Tamaela", "Kepala Bidang Pelayanan Perizinan"),
        "published": 470,
        "verified": 420,
    },
    {
        "slug": "antrean-kecamatan-sirimau",
        "title": "Antrean Kantor Camat Sirimau lewat WhatsApp dan SMS",
        "stage": "modifikasi",
        "from": "antrean-daring-mpp-banyuwangi",
        "adopter": "amb-sirimau",
        "dimensions": ["governance", "society"],
        "tags": ["antrean", "whatsapp", "sms", "kecamatan"],
        "form": "pelayanan_publik",
        "digital": True,
        "observed": 600,
        "summary": (
            "Kecamatan Sirimau mengadaptasi antrean daring Banyuwangi untuk warga yang "
            "belum akrab dengan ponsel pintar: nomor bisa diambil lewat SMS, dan separuh "
            "kuota disisihkan bagi yang datang langsung."
        ),
        "problem": (
            "Kantor camat melayani surat keterangan dan rekomendasi untuk warga dari "
            "permukiman padat seperti Batu Merah, yang datang bersamaan setiap pagi."
        ),
        "goal": "Antrean tertib tanpa meninggalkan warga yang tidak memakai WhatsApp.",
        "body": [
            (
                "paragraph",
                "Kecamatan memakai aplikasi antrean yang sama dengan Dukcapil, ditambah "
                "gerbang SMS. Petugas loket tetap membagikan nomor kepada warga yang datang.",
            ),
        ],
        "regulation": "Keputusan Camat tentang standar pelayanan kecamatan.",
        "budget": (15_000_000, 45_000_000),
        "infrastructure": "Aplikasi antrean bersama; gerbang SMS; satu layar panggil.",
        "staffing": "Dua petugas loket bergantian.",
        "partners": "Diskominfosandi; ketua RT dan RW.",
        "months": 3,
        "status": "diterapkan",
        "trial": 470,
        "implemented": 440,
        "ikm": ("68.90", "79.30"),
        "modifications": [
            (
                "Nomor antrean juga dapat diambil lewat SMS",
                "Banyak warga lansia memakai ponsel biasa tanpa WhatsApp.",
            ),
            (
                "Separuh kuota harian disisihkan untuk warga yang datang langsung",
                "Warga yang datang tanpa nomor tidak boleh pulang tanpa dilayani.",
            ),
            (
                "Pengingat dikirim sehari sebelumnya, bukan menjelang giliran",
                "Perjalanan dari permukiman di lereng ke kantor camat bisa lebih dari satu jam.",
            ),
        ],
        "contact": ("Ismail Tahitu", "Kepala Seksi Pelayanan Umum"),
        "published": 430,
        "verified": 90,
    },
    {
        "slug": "antrean-kecamatan-nusaniwe",
        "title": "Antrean Kecamatan Nusaniwe Dibantu Ketua RT dan Kepala Soa",
        "stage": "modifikasi",
        "from": "antrean-kecamatan-sirimau",
        "adopter": "amb-nusaniwe",
        "dimensions": ["governance", "society"],
        "tags": ["antrean", "kecamatan", "layanan-keliling"],
        "form": "pelayanan_publik",
        "digital": True,
        "observed": 380,
        "summary": (
            "Kecamatan Nusaniwe mengambil antrean SMS dari Sirimau dan menambahkan pendaftaran "
            "lewat ketua RT dan kepala soa untuk negeri pesisir yang sinyalnya lemah."
        ),
        "problem": (
            "Sebagian warga Latuhalat dan Amahusu tidak mendapat sinyal yang cukup untuk "
            "mendaftar sendiri, dan perjalanan ke kantor camat memakan waktu."
        ),
        "goal": "Warga negeri pesisir dilayani dengan jadwal yang pasti.",
        "body": [
            (
                "paragraph",
                "Adaptasi dari adaptasi: alur Sirimau dipakai, lalu disesuaikan dengan "
                "susunan adat negeri, tempat kepala soa sudah biasa menjadi penghubung warga.",
            ),
            (
                "quote",
                "Katong seng perlu aplikasi baru, cukup orang yang dipercaya di kampung.",
                "Kepala soa di Nusaniwe (kutipan rekaan)",
            ),
        ],
        "regulation": "Keputusan Camat tentang pendaftaran antrean melalui RT dan kepala soa.",
        "budget": (10_000_000, 30_000_000),
        "infrastructure": "Aplikasi antrean bersama; ponsel dinas untuk pendaftaran kolektif.",
        "staffing": "Petugas loket; ketua RT dan kepala soa sebagai pendaftar.",
        "partners": "Pemerintah negeri; Kecamatan Sirimau sebagai sumber.",
        "months": 2,
        "status": "uji_coba",
        "trial": 260,
        "modifications": [
            (
                "Ketua RT dan kepala soa dapat mendaftarkan antrean warganya",
                "Sinyal seluler lemah di sebagian negeri; warga menitipkan pendaftaran.",
            ),
            (
                "Layanan keliling ke kantor negeri setiap Kamis",
                "Warga negeri di pesisir selatan jauh dari kantor camat.",
            ),
        ],
        "contact": ("Eklin Matulessy", "Kepala Seksi Pemberdayaan Masyarakat"),
        "published": 240,
        "verified": 30,
    },
    {
        "slug": "antrean-daring-puskesmas",
        "title": "Antrean Daring Puskesmas Kota Ambon",
        "stage": "modifikasi",
        "from": "antrean-daring-dukcapil-ambon",
        "adopter": "amb-dinkes",
        "dimensions": ["living", "governance"],
        "tags": ["antrean", "puskesmas", "kesehatan", "layanan-online"],
        "form": "pelayanan_publik",
        "digital": True,
        "observed": 330,
        "summary": (
            "Dinas Kesehatan membawa antrean daring Dukcapil ke puskesmas, dengan antrean per "
            "poli dan pengecekan kepesertaan BPJS Kesehatan sebelum pasien datang."
        ),
        "problem": "Pasien menunggu lama di puskesmas, bercampur antara yang sakit dan yang sehat.",
        "goal": "Pasien datang mendekati jam periksa dan menunggu lebih singkat.",
        "body": [
            (
                "paragraph",
                "Uji coba di beberapa puskesmas. Antrean Dukcapil dipilih sebagai sumber "
                "karena warga Ambon sudah terbiasa dengannya.",
            ),
        ],
        "regulation": "Keputusan Kepala Dinas Kesehatan tentang pendaftaran pasien daring.",
        "budget": (60_000_000, 180_000_000),
        "infrastructure": "Aplikasi antrean bersama; layar panggil di setiap poli.",
        "staffing": "Petugas pendaftaran puskesmas.",
        "partners": "Dukcapil Kota Ambon; Diskominfosandi; BPJS Kesehatan.",
        "months": 4,
        "status": "uji_coba",
        "trial": 170,
        "indicators": [
            (
                "Puskesmas yang memakai antrean daring (contoh ilustratif)",
                "puskesmas",
                0,
                10,
                4,
                20,
            ),
        ],
        "modifications": [
            (
                "Antrean per poli, bukan per loket",
                "Pasien menunggu di poli umum, gigi atau KIA, bukan di loket pendaftaran.",
            ),
            (
                "Pasien memasukkan nomor kartu BPJS Kesehatan saat mendaftar",
                "Kepesertaan dapat dicek sebelum pasien datang.",
            ),
        ],
        "contact": ("Lidya Ririmasse", "Kepala Bidang Pelayanan Kesehatan"),
        "published": 150,
        "verified": 15,
    },
    {
        "slug": "adminduk-daring-ambon",
        "title": "Layanan Adminduk Daring Kota Ambon",
        "stage": "tiru",
        "from": "klampid-surabaya",
        "adopter": "amb-dukcapil",
        "dimensions": ["governance", "society"],
        "tags": ["adminduk", "layanan-online", "tanda-tangan-elektronik"],
        "form": "pelayanan_publik",
        "digital": True,
        "observed": 690,
        "summary": (
            "Dukcapil Ambon meniru layanan daring Surabaya: warga mengajukan KK, akta dan "
            "surat pindah dari ponsel, lalu mencetak sendiri dokumen bertanda tangan elektronik."
        ),
        "problem": "Warga harus datang minimal dua kali ke kantor untuk satu dokumen.",
        "goal": "Sebagian besar dokumen kependudukan diurus tanpa datang ke kantor.",
        "body": [
            (
                "paragraph",
                "Jenis layanan, persyaratan dan alur verifikasi disalin dari Surabaya. "
                "Sertifikat tanda tangan elektronik diurus bersama Diskominfosandi.",
            ),
            (
                "paragraph",
                "Warga yang belum terbiasa dibantu petugas kelurahan untuk mengunggah berkas.",
            ),
        ],
        "regulation": (
            "Permendagri Nomor 7 Tahun 2019; keputusan kepala dinas tentang layanan daring."
        ),
        "budget": (120_000_000, 300_000_000),
        "infrastructure": "Aplikasi layanan daring; sertifikat elektronik; jaringan ke kelurahan.",
        "staffing": "Tiga operator verifikasi; pendamping di kelurahan.",
        "partners": "Diskominfosandi; BSSN; Dispendukcapil Surabaya sebagai sumber.",
        "months": 8,
        "status": "dilembagakan",
        "trial": 620,
        "implemented": 580,
        "ikm": ("72.00", "86.10"),
        "indicators": [
            (
                "Permohonan KK dan akta yang diajukan daring (contoh ilustratif)",
                "%",
                5,
                40,
                46,
                400,
            ),
        ],
        "contact": ("Ronald Sahetapy", "Kepala Bidang Pelayanan Pendaftaran Penduduk"),
        "published": 560,
        "verified": 390,
    },
    {
        "slug": "adminduk-pendamping-leitimur-selatan",
        "title": "Adminduk Daring dengan Pendamping di Negeri Leitimur Selatan",
        "stage": "modifikasi",
        "from": "adminduk-daring-ambon",
        "adopter": "amb-leitimur",
        "dimensions": ["governance", "society"],
        "tags": ["adminduk", "jemput-bola", "negeri", "layanan-online"],
        "form": "pelayanan_publik",
        "digital": True,
        "observed": 450,
        "summary": (
            "Kecamatan Leitimur Selatan memakai layanan adminduk daring kota, tetapi operator "
            "kecamatan yang mengunggah berkas dan datang ke kantor negeri sebulan sekali."
        ),
        "problem": (
            "Banyak warga Hutumuri, Rutong dan Leahari tidak punya ponsel pintar atau kuota, "
            "dan angkutan ke kota jarang."
        ),
        "goal": "Warga negeri mendapat manfaat layanan daring tanpa harus punya ponsel pintar.",
        "body": [
            ("heading", "Yang diubah"),
            (
                "paragraph",
                "Layanan daringnya sama; yang berubah adalah siapa yang mengetik. Operator "
                "membawa laptop dan printer portabel ke kantor negeri.",
            ),
        ],
        "regulation": "Surat tugas camat untuk operator pendamping.",
        "budget": (25_000_000, 60_000_000),
        "infrastructure": "Laptop, printer portabel, modem seluler.",
        "staffing": "Dua operator kecamatan.",
        "partners": "Dukcapil Kota Ambon; pemerintah negeri.",
        "months": 2,
        "status": "diterapkan",
        "trial": 330,
        "implemented": 310,
        "modifications": [
            (
                "Operator kecamatan mengunggah berkas atas nama warga",
                "Banyak warga negeri tidak punya ponsel pintar atau kuota.",
            ),
            (
                "Layanan jemput bola ke kantor negeri sebulan sekali",
                "Angkutan dari negeri di Leitimur Selatan ke kota jarang dan mahal.",
            ),
        ],
        "contact": ("Johan Tupamahu", "Kepala Seksi Pemerintahan"),
        "published": 300,
        "verified": 200,
    },
    {
        "slug": "akta-lahir-rumah-sakit-ambon",
        "title": "Lahir di Rumah Sakit, Pulang Bawa Akta (Kota Ambon)",
        "stage": "tiru",
        "from": "lahir-procot-pulang-bawa-akta",
        "adopter": "amb-dukcapil",
        "dimensions": ["governance", "living"],
        "tags": ["akta-kelahiran", "adminduk", "rumah-sakit"],
        "form": "pelayanan_publik",
        "digital": False,
        "observed": 600,
        "summary": (
            "Dukcapil Ambon dan rumah sakit di kota meniru cara Banyuwangi: rumah sakit "
            "mengirim berkas kelahiran, dan orang tua pulang membawa akta kelahiran bayi."
        ),
        "problem": "Akta kelahiran sering baru diurus saat anak akan masuk sekolah.",
        "goal": "Bayi yang lahir di rumah sakit pulang dengan akta kelahiran.",
        "body": [
            (
                "paragraph",
                "Perjanjian kerja sama ditandatangani dengan rumah sakit pemerintah dan swasta. "
                "Petugas rumah sakit mengumpulkan berkas; Dukcapil menerbitkan akta.",
            ),
        ],
        "regulation": "Perjanjian kerja sama Dukcapil dengan rumah sakit; Permendagri 108/2019.",
        "budget": (30_000_000, 75_000_000),
        "infrastructure": "Pemindai di ruang administrasi rumah sakit; jalur kirim berkas.",
        "staffing": "Petugas registrasi rumah sakit; operator Dukcapil.",
        "partners": "Rumah sakit pemerintah dan swasta di Kota Ambon.",
        "months": 5,
        "status": "dilembagakan",
        "trial": 530,
        "implemented": 500,
        "ikm": ("76.20", "88.95"),
        "indicators": [
            ("Bayi yang pulang membawa akta kelahiran (contoh ilustratif)", "%", 10, 70, 64, 45),
        ],
        "contact": ("Siti Hehanussa", "Kepala Seksi Pelayanan Pencatatan Sipil"),
        "published": 480,
        "verified": 50,
    },
    {
        "slug": "akta-lahir-puskesmas-bidan",
        "title": "Akta Kelahiran lewat Puskesmas dan Bidan",
        "stage": "modifikasi",
        "from": "akta-lahir-rumah-sakit-ambon",
        "adopter": "amb-dinkes",
        "dimensions": ["living", "governance"],
        "tags": ["akta-kelahiran", "puskesmas", "bidan"],
        "form": "pelayanan_publik",
        "digital": False,
        "observed": 470,
        "summary": (
            "Dinas Kesehatan memperluas layanan akta dari rumah sakit ke persalinan di "
            "puskesmas dan bidan praktik mandiri, dengan berkas dikirim lewat WhatsApp resmi."
        ),
        "problem": "Persalinan di puskesmas dan bidan tidak tercakup kerja sama rumah sakit.",
        "goal": "Semua bayi, di mana pun lahirnya, pulang dengan akta kelahiran.",
        "body": [
            (
                "paragraph",
                "Bidan menjadi pelapor. Dukcapil menyiapkan satu nomor WhatsApp resmi untuk "
                "menerima berkas dan mengirim akta dalam bentuk elektronik.",
            ),
        ],
        "regulation": "Kesepakatan Dinas Kesehatan dan Dukcapil; surat edaran kepada bidan.",
        "budget": (15_000_000, 40_000_000),
        "infrastructure": "Nomor WhatsApp resmi Dukcapil; ponsel bidan.",
        "staffing": "Bidan koordinator di setiap puskesmas.",
        "partners": "Dukcapil Kota Ambon; Ikatan Bidan Indonesia Kota Ambon.",
        "months": 3,
        "status": "diterapkan",
        "trial": 360,
        "implemented": 340,
        "modifications": [
            (
                "Berlaku juga untuk persalinan di puskesmas dan bidan praktik mandiri",
                "Banyak persalinan di Ambon terjadi di puskesmas dan bidan, bukan rumah sakit.",
            ),
            (
                "Berkas dikirim bidan lewat WhatsApp resmi Dukcapil",
                "Puskesmas dan bidan tidak punya akses ke aplikasi kependudukan.",
            ),
        ],
        "contact": ("Marthen Lewerissa", "Kepala Seksi Kesehatan Keluarga"),
        "published": 330,
        "verified": 60,
    },
    {
        "slug": "akta-kematian-lewat-rumah-ibadah",
        "title": "Akta Kematian lewat Pengurus Gereja dan Masjid",
        "stage": "modifikasi",
        "from": "akta-lahir-puskesmas-bidan",
        "adopter": "amb-sirimau",
        "dimensions": ["governance", "society"],
        "tags": ["akta-kematian", "adminduk", "rumah-ibadah"],
        "form": "pelayanan_publik",
        "digital": False,
        "observed": 300,
        "summary": (
            "Kecamatan Sirimau mengadaptasi pola akta lahir lewat bidan untuk akta kematian: "
            "pengurus jemaat dan masjid yang mengurus pemakaman membantu keluarga melapor."
        ),
        "problem": (
            "Kematian jarang dilaporkan, sehingga data penduduk tidak mutakhir dan ahli waris "
            "kesulitan mengurus pensiun dan warisan."
        ),
        "goal": "Setiap kematian tercatat tanpa membebani keluarga yang berduka.",
        "body": [
            (
                "paragraph",
                "Gereja dan masjid di Ambon sudah terbiasa bekerja bersama dalam semangat pela "
                "gandong. Kecamatan mengajak keduanya menjadi pelapor kematian.",
            ),
            (
                "paragraph",
                "Usulan ini masih dikaji bersama Dukcapil dan pimpinan rumah ibadah.",
            ),
        ],
        "regulation": "Kesepakatan camat dengan pengurus rumah ibadah; persetujuan Dukcapil.",
        "budget": (5_000_000, 20_000_000),
        "infrastructure": "Formulir kematian di kantor jemaat dan masjid; nomor WhatsApp resmi.",
        "staffing": "Satu petugas kecamatan sebagai penghubung.",
        "partners": "Jemaat GPM, takmir masjid, paroki; Dukcapil Kota Ambon.",
        "months": 4,
        "status": "dikaji",
        "modifications": [
            (
                "Pelapor adalah pengurus jemaat atau masjid, bukan bidan",
                "Yang selalu tahu tentang kematian adalah rumah ibadah yang mengurus pemakaman.",
            ),
            (
                "Formulir kematian dititipkan di kantor jemaat dan masjid",
                "Keluarga yang berduka tidak perlu datang ke kantor.",
            ),
        ],
        "contact": ("Abdullah Ohorella", "Sekretaris Kecamatan"),
        "published": 90,
        "verified": 20,
    },
    {
        "slug": "pilah-sampah-dari-rumah-ambon",
        "title": "Gerakan Pilah Sampah dari Rumah di Kota Ambon",
        "stage": "tiru",
        "from": "kang-pisman-bandung",
        "adopter": "amb-dlhp",
        "dimensions": ["environment", "society"],
        "tags": ["sampah", "pilah-sampah", "bank-sampah"],
        "form": "lainnya",
        "digital": False,
        "observed": 470,
        "summary": (
            "DLHP Ambon meniru Kang Pisman: warga memilah sampah di rumah, kader RT menyetor "
            "sampah anorganik ke bank sampah, dan sampah organik dikompos."
        ),
        "problem": (
            "TPA Toisapu makin penuh, dan truk sampah tidak menjangkau banyak permukiman di lereng."
        ),
        "goal": "Mengurangi sampah yang diangkut ke TPA Toisapu.",
        "body": [
            (
                "paragraph",
                "Gerakan dimulai di kelurahan percontohan dengan kader lingkungan per RT, "
                "mengikuti pola Bandung tanpa perubahan berarti.",
            ),
            (
                "paragraph",
                "Bank sampah unit menampung plastik dan kertas; sampah organik diolah di "
                "komposter rumah tangga.",
            ),
        ],
        "regulation": "Surat edaran wali kota tentang pemilahan sampah rumah tangga.",
        "budget": (80_000_000, 200_000_000),
        "infrastructure": "Wadah pilah, bank sampah unit, komposter.",
        "staffing": "Kader lingkungan per RT; penyuluh DLHP.",
        "partners": "PKK, bank sampah, jemaat dan masjid setempat.",
        "months": 12,
        "status": "diterapkan",
        "trial": 420,
        "implemented": 390,
        "indicators": [
            (
                "Sampah terpilah yang disetor ke bank sampah (contoh ilustratif)",
                "ton/bulan",
                2,
                20,
                11,
                30,
            ),
        ],
        "contact": ("Daniel Siwabessy", "Kepala Bidang Pengelolaan Sampah"),
        "published": 380,
        "verified": 25,
    },
    {
        "slug": "bank-sampah-sekolah",
        "title": "Bank Sampah Sekolah",
        "stage": "modifikasi",
        "from": "pilah-sampah-dari-rumah-ambon",
        "adopter": "amb-disdik",
        "dimensions": ["environment", "society"],
        "tags": ["sampah", "bank-sampah", "sekolah"],
        "form": "lainnya",
        "digital": False,
        "observed": 300,
        "summary": (
            "Dinas Pendidikan membawa gerakan pilah sampah ke sekolah: siswa menjadi nasabah "
            "bank sampah, dan tabungannya dipakai untuk buku dan seragam."
        ),
        "problem": "Kebiasaan memilah sulit dibentuk pada orang dewasa.",
        "goal": "Siswa terbiasa memilah sampah dan membawa kebiasaan itu ke rumah.",
        "body": [
            (
                "paragraph",
                "OSIS menimbang setoran seminggu sekali. Hasil penjualan dicatat di buku "
                "tabungan siswa.",
            ),
        ],
        "regulation": "Surat edaran Kepala Dinas Pendidikan tentang bank sampah sekolah.",
        "budget": (10_000_000, 50_000_000),
        "infrastructure": "Timbangan, wadah pilah, buku tabungan.",
        "staffing": "Guru pembina; pengurus OSIS.",
        "partners": "DLHP; bank sampah induk; komite sekolah.",
        "months": 6,
        "status": "diterapkan",
        "trial": 250,
        "implemented": 220,
        "indicators": [
            ("Sekolah dengan bank sampah aktif (contoh ilustratif)", "sekolah", 3, 30, 18, 100),
        ],
        "modifications": [
            (
                "Nasabah bank sampah adalah siswa, tabungannya untuk buku dan seragam",
                "Sekolah adalah tempat kebiasaan memilah paling mudah dibentuk.",
            ),
            (
                "Penimbangan seminggu sekali oleh OSIS",
                "Guru tidak punya waktu mengelola bank sampah setiap hari.",
            ),
        ],
        "contact": ("Wilhelmina Sapulette", "Kepala Seksi Kurikulum"),
        "published": 210,
        "verified": 110,
    },
    {
        "slug": "naik-angkot-bayar-botol",
        "title": "Naik Angkot Bayar Botol Plastik",
        "stage": "modifikasi",
        "from": "suroboyo-bus-botol-plastik",
        "adopter": "amb-dishub",
        "dimensions": ["environment", "living"],
        "tags": ["angkot", "sampah", "plastik"],
        "form": "pelayanan_publik",
        "digital": False,
        "observed": 690,
        "summary": (
            "Dishub Ambon mengadaptasi Suroboyo Bus untuk angkot: botol plastik ditukar dengan "
            "voucer angkot di bank sampah, lalu voucer diganti tunai kepada sopir."
        ),
        "problem": "Sampah plastik di pantai dan selokan; ongkos angkot memberatkan pelajar.",
        "goal": "Mengurangi sampah plastik sekaligus meringankan ongkos angkot.",
        "body": [
            ("heading", "Mengapa dihentikan"),
            (
                "paragraph",
                "Uji coba dihentikan setelah beberapa bulan: penggantian voucer kepada sopir "
                "terlambat, sehingga sopir menolak voucer. Pelajarannya, sopir angkot butuh "
                "uang tunai harian untuk setoran.",
            ),
            (
                "paragraph",
                "Entri ini disimpan agar perangkat daerah lain tidak mengulang kesalahan "
                "yang sama.",
            ),
        ],
        "regulation": (
            "Keputusan Kepala Dinas tentang voucer angkot; kerja sama dengan bank sampah."
        ),
        "budget": (60_000_000, 150_000_000),
        "infrastructure": "Voucer bernomor; titik penukaran di bank sampah.",
        "staffing": "Petugas penukaran; petugas pembayaran voucer.",
        "partners": "Bank sampah; Organda; DLHP.",
        "months": 6,
        "status": "dihentikan",
        "stop_reason": "anggaran",
        "stop_detail": (
            "Penggantian voucer kepada sopir terlambat karena pencairan anggaran, sehingga sopir "
            "menolak voucer: sopir angkot butuh uang tunai harian untuk setoran."
        ),
        "trial": 560,
        "indicators": [
            (
                "Botol plastik yang ditukar selama uji coba (contoh ilustratif)",
                "kg",
                0,
                2000,
                650,
                450,
            ),
        ],
        "modifications": [
            (
                "Botol ditukar dengan voucer angkot di bank sampah, bukan di kendaraan",
                "Angkot di Ambon milik perorangan; sopir tidak mau menerima botol.",
            ),
            (
                "Voucer diganti tunai oleh Dishub kepada sopir setiap minggu",
                "Sopir butuh uang tunai untuk setoran harian.",
            ),
        ],
        "contact": ("Yopie Pelupessy", "Kepala Seksi Angkutan"),
        "published": 520,
        "verified": 200,
    },
    {
        "slug": "retribusi-sampah-pasar-mardika",
        "title": "Retribusi Sampah Pasar Mardika Menurut Berat",
        "stage": "modifikasi",
        "from": "sampah-makanan-rfid-songpa",
        "adopter": "amb-dlhp",
        "dimensions": ["environment", "economy"],
        "tags": ["sampah", "pasar", "retribusi"],
        "form": "pelayanan_publik",
        "digital": False,
        "observed": 200,
        "summary": (
            "Draf usulan: pedagang Pasar Mardika membayar retribusi sampah sesuai berat yang "
            "ditimbang di setiap blok, meniru prinsip bayar menurut berat dari Songpa-gu."
        ),
        "problem": (
            "Sampah pasar menumpuk, dan retribusi yang sama rata tidak mendorong pengurangan."
        ),
        "goal": "Pedagang terdorong mengurangi dan memilah sampah dagangannya.",
        "body": [
            (
                "paragraph",
                "Usulan awal setelah studi banding ke Seoul; belum dibahas dengan pedagang.",
            ),
        ],
        "regulation": "Perubahan peraturan daerah tentang retribusi persampahan.",
        "budget": (50_000_000, 150_000_000),
        "infrastructure": "Timbangan di setiap blok pasar; kartu kios.",
        "staffing": "Petugas timbang dari pengelola pasar.",
        "partners": "Pengelola Pasar Mardika; paguyuban pedagang.",
        "months": 6,
        "status": "diusulkan",
        "modifications": [
            (
                "Timbangan biasa di tiap blok pasar, bukan tempat sampah RFID",
                "Perangkat RFID terlalu mahal dan rentan di pasar terbuka.",
            ),
            (
                "Retribusi dihitung per kios per minggu",
                "Pedagang pasar terbiasa membayar retribusi mingguan.",
            ),
        ],
        "contact": ("Rahma Lekatompessy", "Penyuluh Lingkungan"),
        "published": None,
        "verified": 10,
    },
    {
        "slug": "dokter-ke-rumah-ambon",
        "title": "Layanan Dokter ke Rumah Kota Ambon",
        "stage": "tiru",
        "from": "home-care-dottorota-makassar",
        "adopter": "amb-dinkes",
        "dimensions": ["living", "society"],
        "tags": ["kesehatan", "layanan-rumah", "lansia", "call-center"],
        "form": "pelayanan_publik",
        "digital": False,
        "observed": 330,
        "summary": (
            "Dinas Kesehatan Ambon meniru Dottoro'ta: warga menelepon satu nomor, dan tim "
            "puskesmas datang ke rumah untuk lansia, penderita penyakit kronis dan ibu nifas."
        ),
        "problem": "Lansia di permukiman lereng sulit turun ke puskesmas untuk kontrol rutin.",
        "goal": "Warga yang tidak dapat bepergian tetap mendapat layanan kesehatan dasar.",
        "body": [
            (
                "paragraph",
                "Pusat panggilan di Dinas Kesehatan meneruskan permintaan ke puskesmas "
                "terdekat. Untuk jalan setapak, tim berjalan kaki dari ujung jalan.",
            ),
        ],
        "regulation": "Peraturan wali kota tentang layanan kesehatan kunjungan rumah.",
        "budget": (250_000_000, 900_000_000),
        "infrastructure": "Mobil layanan; nomor pusat panggilan; tas alat kesehatan.",
        "staffing": "Tim dokter dan perawat puskesmas bergilir; operator panggilan.",
        "partners": "Puskesmas; BPJS Kesehatan; rumah sakit rujukan.",
        "months": 6,
        "status": "diterapkan",
        "trial": 240,
        "implemented": 210,
        "ikm": ("80.05", "87.20"),
        "contact": ("Agus Rumahlatu", "Kepala Puskesmas"),
        "published": 200,
        "verified": 40,
    },
    {
        "slug": "kanal-pengaduan-terpadu-ambon",
        "title": "Kanal Pengaduan Terpadu Kota Ambon",
        "stage": "modifikasi",
        "from": "jaki-cepat-respon-masyarakat",
        "adopter": "amb-kominfo",
        "dimensions": ["governance", "society"],
        "tags": ["pengaduan", "whatsapp", "tindak-lanjut"],
        "form": "pelayanan_publik",
        "digital": True,
        "observed": 640,
        "summary": (
            "Diskominfosandi mengadaptasi Cepat Respon Masyarakat: warga melapor lewat WhatsApp "
            "dan web, laporan diteruskan ke perangkat daerah dengan batas waktu tindak lanjut."
        ),
        "problem": "Laporan warga tersebar di media sosial dan tidak jelas siapa yang menjawab.",
        "goal": "Setiap laporan warga ditanggapi dan diselesaikan dalam batas waktu.",
        "body": [
            (
                "paragraph",
                "Admin di setiap perangkat daerah menerima laporan yang diteruskan, menanggapi, "
                "dan menandai selesai. Pelapor menerima kabar lewat WhatsApp.",
            ),
        ],
        "regulation": (
            "Peraturan wali kota tentang pengelolaan pengaduan; Perpres Nomor 76 Tahun 2013."
        ),
        "budget": (150_000_000, 400_000_000),
        "infrastructure": "Akun WhatsApp resmi; aplikasi tiket laporan; dasbor.",
        "staffing": "Dua admin pusat; satu admin di setiap perangkat daerah.",
        "partners": "Semua perangkat daerah; SP4N-LAPOR!.",
        "months": 6,
        "status": "dilembagakan",
        "trial": 580,
        "implemented": 550,
        "ikm": ("63.40", "78.85"),
        "indicators": [
            (
                "Laporan warga yang selesai dalam 5 hari kerja (contoh ilustratif)",
                "%",
                35,
                80,
                72,
                60,
            ),
        ],
        "modifications": [
            (
                "Kanal utama WhatsApp, bukan aplikasi khusus",
                "Hampir semua warga sudah memakai WhatsApp; mengunduh aplikasi baru menjadi "
                "penghalang.",
            ),
            (
                "Laporan juga diteruskan ke SP4N-LAPOR!",
                "Agar tercatat di kanal pengaduan nasional.",
            ),
        ],
        "contact": ("Stevi Manuputty", "Pranata Komputer"),
        "published": 540,
        "verified": 70,
    },
    {
        "slug": "standar-waktu-tindak-lanjut-pengaduan",
        "title": "Standar Waktu Tindak Lanjut Pengaduan di Setiap Perangkat Daerah",
        "stage": "modifikasi",
        "from": "kanal-pengaduan-terpadu-ambon",
        "adopter": "amb-organisasi",
        "dimensions": ["governance"],
        "tags": ["pengaduan", "standar-pelayanan", "tata-kelola"],
        "form": "tata_kelola",
        "digital": False,
        "observed": 500,
        "summary": (
            "Bagian Organisasi menetapkan batas waktu tindak lanjut per jenis layanan di setiap "
            "perangkat daerah, dan rapor bulanannya dibahas di rapat pimpinan."
        ),
        "problem": (
            "Satu batas waktu untuk semua laporan tidak adil, dan keterlambatan tidak pernah "
            "dibicarakan."
        ),
        "goal": "Setiap perangkat daerah punya janji waktu yang masuk akal dan menepatinya.",
        "body": [
            (
                "paragraph",
                "Adaptasi tata kelola dari kanal pengaduan kota: bukan aplikasi baru, tetapi "
                "aturan main dan rapor.",
            ),
            (
                "quote",
                "Yang diukur akan dikerjakan.",
                "Catatan rapat pimpinan (kutipan rekaan)",
            ),
        ],
        "regulation": "Keputusan wali kota tentang standar waktu tindak lanjut pengaduan.",
        "budget": (0, 25_000_000),
        "infrastructure": "Dasbor kanal pengaduan yang sudah ada.",
        "staffing": "Analis organisasi; admin pengaduan perangkat daerah.",
        "partners": "Diskominfosandi; Inspektorat.",
        "months": 3,
        "status": "diterapkan",
        "trial": 300,
        "implemented": 270,
        "modifications": [
            (
                "Batas waktu ditetapkan per jenis layanan di setiap perangkat daerah",
                "Lampu jalan padam dan izin bangunan tidak bisa diberi batas waktu yang sama.",
            ),
            (
                "Rapor bulanan kecepatan tindak lanjut dibahas di rapat pimpinan",
                "Tanpa rapor, keterlambatan tidak pernah dibicarakan.",
            ),
        ],
        "contact": ("Rudi Leiwakabessy", "Analis Organisasi"),
        "published": 260,
        "verified": 100,
    },
    {
        "slug": "ruang-kendali-kota-ambon",
        "title": "Ruang Kendali Kota Ambon",
        "stage": "tiru",
        "from": "bandung-command-center",
        "adopter": "amb-kominfo",
        "dimensions": ["governance"],
        "tags": ["dasbor", "data", "ruang-kendali"],
        "form": "tata_kelola",
        "digital": True,
        "observed": 470,
        "summary": (
            "Diskominfosandi membangun ruang kendali seperti Bandung Command Center, dengan "
            "dasbor pengaduan, kebencanaan dan layanan perangkat daerah."
        ),
        "problem": "Pimpinan menerima laporan dalam format berbeda dari setiap dinas.",
        "goal": "Satu tempat untuk melihat keadaan layanan kota.",
        "body": [
            (
                "paragraph",
                "Tata ruang, jadwal operator dan susunan dasbor meniru Bandung. Data pertama "
                "yang tersambung adalah kanal pengaduan dan laporan kejadian BPBD.",
            ),
        ],
        "regulation": "Peraturan wali kota tentang Satu Data Kota Ambon.",
        "budget": (400_000_000, 1_500_000_000),
        "infrastructure": "Ruang kendali; layar dinding; server di pusat data Diskominfosandi.",
        "staffing": "Operator bergilir; analis data.",
        "partners": "Perangkat daerah penghasil data; Diskominfo Bandung sebagai sumber.",
        "months": 12,
        "status": "diterapkan",
        "trial": 400,
        "implemented": 370,
        "contact": ("Frans Tuanakotta", "Kepala Bidang Aplikasi Informatika"),
        "published": 360,
        "verified": 130,
    },
    {
        "slug": "dasbor-indikator-rapat-pimpinan",
        "title": "Dasbor Indikator Pembangunan untuk Rapat Pimpinan",
        "stage": "modifikasi",
        "from": "ruang-kendali-kota-ambon",
        "adopter": "amb-bappeda",
        "dimensions": ["governance", "economy"],
        "tags": ["dasbor", "perencanaan", "data"],
        "form": "tata_kelola",
        "digital": True,
        "observed": 300,
        "summary": (
            "Bappeda-Litbang memakai dasbor ruang kendali untuk indikator kinerja RPJMD, yang "
            "diperbarui perangkat daerah setiap bulan dan dibahas di rapat pimpinan."
        ),
        "problem": "Capaian program baru terlihat di akhir tahun, saat sudah terlambat diperbaiki.",
        "goal": "Pimpinan melihat capaian program setiap bulan.",
        "body": [
            (
                "paragraph",
                "Uji coba dengan sepuluh indikator utama. Perangkat daerah mengisi formulir "
                "sederhana; Bappeda-Litbang memeriksa sebelum ditampilkan.",
            ),
        ],
        "regulation": "Keputusan Kepala Bappeda-Litbang tentang pelaporan capaian bulanan.",
        "budget": (30_000_000, 120_000_000),
        "infrastructure": "Dasbor ruang kendali; formulir daring.",
        "staffing": "Perencana di setiap bidang; admin data.",
        "partners": "Diskominfosandi; semua perangkat daerah.",
        "months": 4,
        "status": "uji_coba",
        "trial": 140,
        "modifications": [
            (
                "Dasbor berisi indikator kinerja RPJMD, bukan kamera dan lalu lintas",
                "Yang dibutuhkan rapat pimpinan adalah capaian program.",
            ),
            (
                "Data diperbarui bulanan lewat formulir sederhana",
                "Belum semua dinas punya sistem yang bisa disambungkan otomatis.",
            ),
        ],
        "contact": ("Yuliana Sopacua", "Perencana Ahli Muda"),
        "published": 120,
        "verified": 15,
    },
    {
        "slug": "kebun-lorong-passo",
        "title": "Kebun Lorong di Permukiman Padat Passo",
        "stage": "modifikasi",
        "from": "lorong-garden-makassar",
        "adopter": "amb-baguala",
        "dimensions": ["environment", "economy", "society"],
        "tags": ["urban-farming", "lorong", "ketahanan-pangan"],
        "form": "lainnya",
        "digital": False,
        "observed": 330,
        "summary": (
            "Kecamatan Baguala mengadaptasi Lorong Garden untuk lorong Passo yang sempit dan "
            "menanjak: rak tanam menempel di dinding talud dan disiram air hujan."
        ),
        "problem": "Lorong di Passo sempit, menanjak, dan air bersih sering bergilir.",
        "goal": "Lorong menjadi hijau dan warga memanen sayur sendiri.",
        "body": [
            (
                "paragraph",
                "Uji coba di beberapa lorong bersama PKK dan pemuda jemaat serta remaja masjid.",
            ),
        ],
        "regulation": "Keputusan Camat tentang kelompok kebun lorong.",
        "budget": (15_000_000, 50_000_000),
        "infrastructure": "Rak tanam dinding, polibag, penampung air hujan.",
        "staffing": "Penyuluh pertanian; ketua kelompok lorong.",
        "partners": "PKK; pemuda jemaat; remaja masjid.",
        "months": 3,
        "status": "uji_coba",
        "trial": 220,
        "modifications": [
            (
                "Rak tanam bertingkat dipasang menempel dinding talud",
                "Lorong di Passo sempit dan menanjak; tidak ada ruang datar untuk pot.",
            ),
            (
                "Air hujan ditampung dari atap untuk menyiram",
                "Air bersih sering bergilir di musim kemarau.",
            ),
        ],
        "contact": ("Hasan Latuheru", "Camat"),
        "published": 180,
        "verified": 50,
    },
    {
        "slug": "kebun-gizi-sekolah",
        "title": "Kebun Gizi Sekolah",
        "stage": "modifikasi",
        "from": "kebun-lorong-passo",
        "adopter": "amb-disdik",
        "dimensions": ["society", "environment"],
        "tags": ["urban-farming", "sekolah", "gizi"],
        "form": "lainnya",
        "digital": False,
        "observed": 150,
        "summary": (
            "Draf usulan: sekolah memakai rak tanam dinding dari Passo untuk kebun gizi yang "
            "dirawat siswa per kelas."
        ),
        "problem": "Halaman sekolah di pusat kota sempit dan pelajaran gizi hanya teori.",
        "goal": "Siswa belajar menanam dan mengenal sayur bergizi.",
        "body": [
            ("paragraph", "Usulan awal; belum dibahas dengan kepala sekolah."),
        ],
        "regulation": "Surat edaran Kepala Dinas Pendidikan.",
        "budget": (5_000_000, 20_000_000),
        "infrastructure": "Rak tanam dinding, bibit, penampung air hujan.",
        "staffing": "Guru pembina per sekolah.",
        "partners": "Kecamatan Baguala; penyuluh pertanian; komite sekolah.",
        "months": 3,
        "status": "diusulkan",
        "modifications": [
            (
                "Kebun di pagar dan dinding sekolah, dirawat siswa per kelas",
                "Hasil panen dipakai untuk pelajaran gizi dan makan bersama.",
            ),
        ],
        "contact": ("Wilhelmina Sapulette", "Kepala Seksi Kurikulum"),
        "published": None,
        "verified": 30,
    },
    {
        "slug": "peringatan-dini-longsor-ambon",
        "title": "Peringatan Dini Longsor dan Banjir di Lereng Permukiman",
        "stage": "modifikasi",
        "from": "peringatan-dini-banjir-semarang",
        "adopter": "amb-bpbd",
        "dimensions": ["environment", "society"],
        "tags": ["bencana", "longsor", "peringatan-dini"],
        "form": "lainnya",
        "digital": True,
        "observed": 420,
        "summary": (
            "BPBD Ambon mengadaptasi peringatan dini banjir Semarang untuk longsor di lereng "
            "permukiman, dengan peringatan lewat pengeras suara gereja dan masjid."
        ),
        "problem": "Ancaman utama di Ambon adalah longsor di lereng permukiman saat hujan lebat.",
        "goal": "Warga di lereng rawan sempat mengungsi sebelum longsor.",
        "body": [
            (
                "paragraph",
                "Sensor curah hujan dan gerakan tanah dipasang di beberapa titik rawan. Bila "
                "melewati ambang, operator BPBD menghubungi pengurus rumah ibadah setempat.",
            ),
        ],
        "regulation": "SOP peringatan dini BPBD Kota Ambon.",
        "budget": (200_000_000, 700_000_000),
        "infrastructure": "Sensor hujan dan gerakan tanah; panel surya; koneksi seluler.",
        "staffing": "Operator pusat pengendalian operasi; relawan di setiap titik.",
        "partners": "BMKG Stasiun Ambon; jemaat dan masjid; relawan.",
        "months": 8,
        "status": "uji_coba",
        "trial": 200,
        "indicators": [
            ("Peringatan yang terkirim sebelum kejadian (contoh ilustratif)", "kali", 0, 10, 4, 30),
        ],
        "modifications": [
            (
                "Sensor gerakan tanah di lereng, selain sensor curah hujan",
                "Ancaman utama di Ambon adalah longsor, bukan hanya banjir.",
            ),
            (
                "Peringatan disiarkan lewat pengeras suara gereja dan masjid",
                "Pengeras suara rumah ibadah terdengar di seluruh kampung dan dipercaya warga.",
            ),
        ],
        "contact": ("Jefri Lessil", "Kepala Seksi Pencegahan dan Kesiapsiagaan"),
        "published": 160,
        "verified": 20,
    },
    {
        "slug": "mal-pelayanan-publik-ambon",
        "title": "Mal Pelayanan Publik Kota Ambon",
        "stage": "tiru",
        "from": "mpp-sewaka-dharma-denpasar",
        "adopter": "amb-dpmptsp",
        "dimensions": ["governance", "branding"],
        "tags": ["perizinan", "mal-pelayanan-publik", "satu-pintu"],
        "form": "pelayanan_publik",
        "digital": False,
        "observed": 560,
        "summary": (
            "DPMPTSP Ambon meniru Sewaka Dharma: layanan perizinan, kependudukan dan instansi "
            "vertikal dalam satu gedung, dengan sentuhan budaya Maluku."
        ),
        "problem": "Warga harus berpindah-pindah kantor untuk menyelesaikan satu urusan.",
        "goal": "Layanan pemerintah dan instansi vertikal ada di satu tempat.",
        "body": [
            (
                "paragraph",
                "Susunan loket dan kerja sama dengan instansi vertikal meniru Denpasar. "
                "Ruang tunggu dihias motif dan musik Maluku.",
            ),
        ],
        "regulation": "Perpres Nomor 89 Tahun 2021; peraturan wali kota tentang MPP Kota Ambon.",
        "budget": (1_000_000_000, 4_000_000_000),
        "infrastructure": "Gedung, loket bersama, ruang tunggu, jaringan.",
        "staffing": "Petugas dari setiap instansi; pengelola gedung.",
        "partners": "BPJS, Samsat, kantor pajak, imigrasi, bank; DPMPTSP Denpasar sebagai sumber.",
        "months": 12,
        "status": "dilembagakan",
        "trial": 470,
        "implemented": 440,
        "ikm": ("75.10", "89.60"),
        "contact": ("Hendrik Tamaela", "Kepala Bidang Pelayanan Perizinan"),
        "published": 420,
        "verified": 430,
    },
    {
        "slug": "kalender-ambon-city-of-music",
        "title": "Kalender Acara Ambon City of Music",
        "stage": "modifikasi",
        "from": "kalender-banyuwangi-festival",
        "adopter": "amb-dispar",
        "dimensions": ["branding", "economy"],
        "tags": ["pariwisata", "musik", "kalender-acara", "festival"],
        "form": "lainnya",
        "digital": False,
        "observed": 600,
        "summary": (
            "Dinas Pariwisata menyusun kalender acara tahunan seperti Banyuwangi Festival, "
            "berpusat pada musik dan memuat acara komunitas, jemaat, masjid dan negeri adat."
        ),
        "problem": "Acara musik di Ambon banyak, tetapi tersebar dan diumumkan mendadak.",
        "goal": "Ambon dikenal sebagai kota musik dengan agenda yang dapat direncanakan.",
        "body": [
            (
                "paragraph",
                "Kalender diterbitkan setiap akhir tahun untuk tahun berikutnya, bersama "
                "komunitas musik dan pelaku wisata.",
            ),
        ],
        "regulation": "Keputusan wali kota tentang kalender acara tahunan.",
        "budget": (75_000_000, 300_000_000),
        "infrastructure": "Situs dan media sosial kalender acara.",
        "staffing": "Tim kurasi acara; penghubung komunitas.",
        "partners": "Komunitas musik, hotel, biro perjalanan, UMKM.",
        "months": 6,
        "status": "diterapkan",
        "trial": 430,
        "implemented": 410,
        "modifications": [
            (
                "Kalender berpusat pada musik",
                "Ambon ditetapkan UNESCO sebagai Kota Musik pada 2019.",
            ),
            (
                "Acara komunitas, jemaat, masjid dan negeri adat ikut dicantumkan",
                "Banyak acara musik lahir dari komunitas, bukan dari pemerintah.",
            ),
        ],
        "contact": ("Grace Nikijuluw", "Kepala Bidang Pemasaran Pariwisata"),
        "published": 400,
        "verified": 380,
    },
]
