"""Five study trips by Ambon staff. People named here are invented examples.

`start` and `published` are days before today; `days` is the trip's length.
Report blocks: ("heading", text), ("paragraph", text or list of items),
("quote", text, attribution).
"""

TRIPS = [
    {
        "slug": "surabaya-adminduk-dan-transportasi",
        "title": "Studi Banding Layanan Adminduk dan Transportasi ke Surabaya",
        "city": "Surabaya",
        "province": "Jawa Timur",
        "hosts": ["sby-dukcapil", "sby-dishub"],
        "start": 690,
        "days": 3,
        "published": 680,
        "agencies": ["amb-dukcapil", "amb-dishub", "amb-kominfo", "amb-sirimau"],
        "participants": [
            ("Ronald Sahetapy", "Kepala Bidang Pelayanan Pendaftaran Penduduk", "amb-dukcapil"),
            ("Nurlela Marasabessy", "Analis Kebijakan", "amb-dukcapil"),
            ("Yopie Pelupessy", "Kepala Seksi Angkutan", "amb-dishub"),
            ("Stevi Manuputty", "Pranata Komputer", "amb-kominfo"),
            ("Abdullah Ohorella", "Sekretaris Kecamatan", "amb-sirimau"),
        ],
        "purpose": (
            "Mempelajari layanan administrasi kependudukan daring Kota Surabaya dan cara "
            "Surabaya mengaitkan angkutan umum dengan pengurangan sampah plastik."
        ),
        "report": [
            ("heading", "Yang kami lihat"),
            (
                "paragraph",
                "Di Surabaya warga mengurus dokumen kependudukan dari rumah atau dari kantor "
                "kelurahan, dan dokumen jadi dapat dicetak sendiri. Petugas di kantor dinas "
                "lebih banyak memverifikasi berkas daripada melayani antrean.",
            ),
            (
                "paragraph",
                "Kami juga naik Suroboyo Bus, yang menerima botol plastik sebagai ganti "
                "tiket. Di Ambon angkutan kota dijalankan angkot milik perorangan, jadi "
                "gagasan ini tidak bisa disalin begitu saja.",
            ),
            (
                "quote",
                "Yang ditiru bukan aplikasinya, tetapi kebiasaan melayani tanpa menyuruh "
                "warga datang berulang kali.",
                "Catatan peserta (contoh)",
            ),
        ],
    },
    {
        "slug": "banyuwangi-pelayanan-publik",
        "title": "Kunjungan Kerja Pelayanan Publik ke Banyuwangi",
        "city": "Banyuwangi",
        "province": "Jawa Timur",
        "hosts": ["bwi-dpmptsp", "bwi-dukcapil", "bwi-budpar"],
        "start": 600,
        "days": 3,
        "published": 590,
        "agencies": ["amb-dpmptsp", "amb-dukcapil", "amb-dinkes", "amb-dispar", "amb-sirimau"],
        "participants": [
            ("Hendrik Tamaela", "Kepala Bidang Pelayanan Perizinan", "amb-dpmptsp"),
            ("Siti Hehanussa", "Kepala Seksi Pelayanan Pencatatan Sipil", "amb-dukcapil"),
            ("Marthen Lewerissa", "Kepala Seksi Kesehatan Keluarga", "amb-dinkes"),
            ("Grace Nikijuluw", "Kepala Bidang Pemasaran Pariwisata", "amb-dispar"),
            ("Ismail Tahitu", "Kepala Seksi Pelayanan Umum", "amb-sirimau"),
        ],
        "purpose": (
            "Melihat Mal Pelayanan Publik Banyuwangi, layanan akta kelahiran langsung dari "
            "fasilitas kesehatan, dan cara kabupaten itu menyusun kalender festivalnya."
        ),
        "report": [
            ("heading", "Antrean yang tidak terlihat"),
            (
                "paragraph",
                "Ruang tunggu Mal Pelayanan Publik Banyuwangi sepi walau layanannya ramai: "
                "warga mengambil nomor antrean dari ponsel dan datang menjelang gilirannya.",
            ),
            ("heading", "Akta lahir dari tempat persalinan"),
            (
                "paragraph",
                "Bidan dan rumah sakit mengirim berkas kelahiran ke Dispendukcapil, sehingga "
                "orang tua pulang membawa akta kelahiran bayinya.",
            ),
            (
                "paragraph",
                [
                    "Tiga perangkat daerah Ambon ingin mencoba antrean daring.",
                    "Dukcapil dan Dinas Kesehatan akan menyusun kesepakatan soal akta lahir.",
                    "Dinas Pariwisata mempelajari kalender acara tahunan.",
                ],
            ),
        ],
    },
    {
        "slug": "bandung-sampah-dan-ruang-kendali",
        "title": "Studi Banding Pengelolaan Sampah dan Ruang Kendali Kota ke Bandung",
        "city": "Bandung",
        "province": "Jawa Barat",
        "hosts": ["bdg-dlh", "bdg-kominfo"],
        "start": 470,
        "days": 2,
        "published": 460,
        "agencies": ["amb-dlhp", "amb-kominfo", "amb-bappeda", "amb-disdik"],
        "participants": [
            ("Daniel Siwabessy", "Kepala Bidang Pengelolaan Sampah", "amb-dlhp"),
            ("Rahma Lekatompessy", "Penyuluh Lingkungan", "amb-dlhp"),
            ("Frans Tuanakotta", "Kepala Bidang Aplikasi Informatika", "amb-kominfo"),
            ("Yuliana Sopacua", "Perencana Ahli Muda", "amb-bappeda"),
        ],
        "purpose": (
            "Mempelajari gerakan Kang Pisman (kurangi, pisahkan, manfaatkan sampah) dan "
            "ruang kendali kota yang menyatukan data layanan untuk pimpinan."
        ),
        "report": [
            ("heading", "Sampah dipilah dari rumah"),
            (
                "paragraph",
                "Bandung mengajak warga memilah sampah di rumah dan menyetorkannya ke bank "
                "sampah. Kader lingkungan di tingkat RW menjadi kunci, bukan truk sampah.",
            ),
            (
                "paragraph",
                "Pelajaran untuk Ambon: TPA Toisapu makin penuh, dan banyak permukiman di "
                "lereng yang tidak terjangkau truk. Pemilahan di sumber lebih murah daripada "
                "menambah armada.",
            ),
            (
                "quote",
                "Dasbor tidak membuat keputusan; dasbor membuat rapat lebih pendek.",
                "Pemandu dari Diskominfo Bandung, dikutip bebas oleh peserta",
            ),
        ],
    },
    {
        "slug": "makassar-kesehatan-dan-lorong",
        "title": "Kunjungan Kerja Layanan Kesehatan dan Lorong ke Makassar",
        "city": "Makassar",
        "province": "Sulawesi Selatan",
        "hosts": ["mks-dinkes", "mks-pangan"],
        "start": 330,
        "days": 3,
        "published": 320,
        "agencies": ["amb-dinkes", "amb-baguala", "amb-nusaniwe"],
        "participants": [
            ("Lidya Ririmasse", "Kepala Bidang Pelayanan Kesehatan", "amb-dinkes"),
            ("Agus Rumahlatu", "Kepala Puskesmas", "amb-dinkes"),
            ("Hasan Latuheru", "Camat", "amb-baguala"),
            ("Eklin Matulessy", "Kepala Seksi Pemberdayaan Masyarakat", "amb-nusaniwe"),
        ],
        "purpose": (
            "Mempelajari layanan dokter kunjungan rumah Dottoro'ta dan kebun sayur di lorong "
            "permukiman padat (Lorong Garden)."
        ),
        "report": [
            ("heading", "Dokter yang datang ke rumah"),
            (
                "paragraph",
                "Warga menelepon pusat panggilan, lalu tim dokter dan perawat datang dengan "
                "mobil layanan. Yang paling terbantu adalah lansia dan warga yang sulit "
                "bepergian.",
            ),
            ("heading", "Lorong yang hijau"),
            (
                "paragraph",
                "Gang sempit di Makassar ditanami sayur dalam pot dan rak bertingkat. Kondisi "
                "ini mirip permukiman padat di Passo dan Batu Merah.",
            ),
        ],
    },
    {
        "slug": "seoul-smart-city",
        "title": "Studi Banding Smart City ke Seoul",
        "city": "Seoul",
        "province": "",
        "country": "Korea Selatan",
        "hosts": ["seoul-smg", "seoul-songpa"],
        "start": 200,
        "days": 5,
        "published": 190,
        "agencies": ["amb-kominfo", "amb-dlhp", "amb-bappeda", "amb-organisasi"],
        "participants": [
            ("Frans Tuanakotta", "Kepala Bidang Aplikasi Informatika", "amb-kominfo"),
            ("Daniel Siwabessy", "Kepala Bidang Pengelolaan Sampah", "amb-dlhp"),
            ("Yuliana Sopacua", "Perencana Ahli Muda", "amb-bappeda"),
            ("Rudi Leiwakabessy", "Analis Organisasi", "amb-organisasi"),
        ],
        "purpose": (
            "Melihat pusat panggilan warga Dasan 120 dan pengelolaan sampah makanan "
            "berbayar menurut berat di Songpa-gu."
        ),
        "report": [
            ("heading", "Satu nomor untuk semua pertanyaan"),
            (
                "paragraph",
                "Warga Seoul menghubungi satu nomor untuk hampir semua urusan kota. Yang "
                "menarik bagi kami adalah standar waktu jawab dan cara pertanyaan dialihkan "
                "ke dinas yang tepat.",
            ),
            ("heading", "Sampah makanan dibayar menurut berat"),
            (
                "paragraph",
                "Di Songpa-gu tempat sampah makanan membaca kartu warga dan menimbang "
                "setorannya. Teknologinya mahal untuk Ambon, tetapi prinsip bayar sesuai "
                "berat bisa dicoba di pasar.",
            ),
            (
                "quote",
                "Kita tidak perlu malu meniru, asal menyebut dari mana kita belajar.",
                "Catatan penutup peserta (contoh)",
            ),
        ],
    },
]
