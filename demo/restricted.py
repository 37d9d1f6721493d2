"""Internal ideas: draft policy material that only the city's signed-in staff may read.

They sit in one section of the idea list, "Inovasi internal", whose view restriction lets in
the groups in READERS: an anonymous visitor never sees them (not on the list, not in search,
not by their address) while a reader (Pembaca), an author or a leader finds them on the idea
list and in the section. The keys are those of ideas.IDEAS.
"""

from functools import partial

from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from ideas.models import Dimension, IdeaIndexPage, IdeaPage, IdeaSectionPage

READERS = ("Pembaca", "Penulis", "Pimpinan")
SECTION = {
    "slug": "internal",
    "title": "Inovasi internal",
    "intro": (
        "Kajian dan uji coba yang masih dibahas di lingkungan Pemerintah Kota Ambon. Hanya "
        "ASN yang masuk dengan akunnya yang dapat membacanya; jangan dikutip sebagai kebijakan."
    ),
}
TAG = "internal"

RESTRICTED_IDEAS = [
    {
        "slug": "kajian-tpp-berbasis-inovasi",
        "title": "Kajian Internal: Tambahan Penghasilan ASN Berbasis Capaian Inovasi",
        "stage": "amati",
        "dimensions": ["governance"],
        "tags": [TAG, "kebijakan", "asn"],
        "form": "tata_kelola",
        "digital": False,
        "source": "amb-bappeda",
        "observed": 120,
        "summary": (
            "Bahan kajian Bappeda-Litbang untuk rancangan Peraturan Wali Kota: sebagian "
            "tambahan penghasilan pegawai dikaitkan dengan inovasi yang sudah diuji coba "
            "dan tercatat di Lumbung Inovasi. Masih draf, belum menjadi kebijakan."
        ),
        "problem": (
            "ASN yang merintis inovasi menanggung beban kerja tambahan tanpa pengakuan, "
            "sehingga banyak gagasan berhenti setelah pejabatnya pindah tugas."
        ),
        "goal": "Menyusun dasar pengakuan yang adil bagi ASN yang merintis dan merawat inovasi.",
        "body": [
            ("heading", "Status dokumen"),
            (
                "paragraph",
                "Rancangan ini masih dibahas bersama Bagian Organisasi, Bagian Hukum dan BKPSDM. "
                "Isinya belum final dan tidak boleh dikutip sebagai kebijakan Pemerintah Kota.",
            ),
            (
                "paragraph",
                [
                    "Inovasi dihitung setelah lulus tahap uji coba dan diverifikasi pimpinan",
                    "Bobot lebih untuk inovasi yang ditiru perangkat daerah lain",
                    "Penilaian ulang setiap tahun bersama evaluasi kinerja",
                ],
            ),
        ],
        "regulation": (
            "Rancangan Peraturan Wali Kota tentang Tambahan Penghasilan Pegawai (draf "
            "pembahasan); mengacu pada ketentuan pengelolaan keuangan daerah yang berlaku."
        ),
        "budget": (0, 50_000_000),
        "infrastructure": "Data capaian inovasi dari Lumbung Inovasi dan aplikasi kinerja pegawai.",
        "staffing": "Tim penyusun dari Bappeda-Litbang, Bagian Organisasi dan Bagian Hukum.",
        "partners": "BKPSDM; Inspektorat untuk reviu kebijakan.",
        "months": 6,
        "status": "dikaji",
        "contact": ("Yohana Pattiasina", "Kepala Bidang Penelitian dan Pengembangan"),
        "published": 60,
        "verified": 30,
    },
    {
        "slug": "dasbor-keluhan-lintas-opd",
        "title": "Dasbor Keluhan Warga Lintas OPD untuk Rapat Pimpinan (Uji Coba Internal)",
        "stage": "amati",
        "dimensions": ["governance", "society"],
        "tags": [TAG, "pengaduan", "data"],
        "form": "tata_kelola",
        "digital": True,
        "source": "amb-kominfo",
        "observed": 200,
        "summary": (
            "Diskominfosandi menguji satu dasbor yang merangkum keluhan warga dari semua "
            "kanal pengaduan per perangkat daerah, untuk dibahas tiap pekan dalam rapat "
            "pimpinan. Hanya untuk internal selama uji coba."
        ),
        "problem": (
            "Keluhan warga tersebar di media sosial, kotak saran dan kanal pengaduan "
            "nasional, sehingga pimpinan tidak melihat pola yang berulang."
        ),
        "goal": "Pimpinan melihat keluhan yang belum selesai per perangkat daerah setiap pekan.",
        "body": [
            ("heading", "Lingkup uji coba"),
            (
                "paragraph",
                "Uji coba memakai data keluhan beberapa perangkat daerah saja. Nama pelapor "
                "disamarkan; dasbor tidak dibuka untuk publik.",
            ),
        ],
        "regulation": (
            "Kebijakan internal tentang pengelolaan pengaduan pelayanan publik; "
            "ketentuan pelindungan data pribadi."
        ),
        "budget": (25_000_000, 75_000_000),
        "infrastructure": "Server di pusat data kota, akses dari jaringan internal saja.",
        "staffing": "Dua analis data Diskominfosandi; admin pengaduan di tiap perangkat daerah.",
        "partners": "Bagian Organisasi Setda; pengelola kanal pengaduan tiap perangkat daerah.",
        "months": 4,
        "status": "uji_coba",
        "trial": 90,
        "contact": ("Samuel Lekatompessy", "Pranata Komputer Ahli Muda"),
        "published": 75,
        "verified": 20,
    },
    {
        "slug": "rancangan-sop-berbagi-data-kependudukan",
        "title": "Rancangan SOP Berbagi Data Kependudukan antar-OPD",
        "stage": "amati",
        "dimensions": ["governance"],
        "tags": [TAG, "adminduk", "data"],
        "form": "tata_kelola",
        "digital": True,
        "source": "amb-dukcapil",
        "observed": 150,
        "summary": (
            "Draf prosedur agar perangkat daerah memakai data kependudukan lewat hak akses "
            "resmi Dukcapil, bukan salinan berkas, untuk bantuan sosial dan layanan "
            "kesehatan. Masih menunggu telaah hukum."
        ),
        "problem": (
            "Beberapa perangkat daerah menyimpan salinan data penduduk sendiri-sendiri, "
            "sehingga datanya cepat usang dan sulit dijaga kerahasiaannya."
        ),
        "goal": "Satu jalur akses data kependudukan yang sah, tercatat dan selalu mutakhir.",
        "body": [
            ("heading", "Yang sedang dibahas"),
            (
                "paragraph",
                [
                    "Perjanjian kerja sama pemanfaatan data antara Dukcapil dan pengguna",
                    "Siapa yang boleh melihat kolom data apa",
                    "Pencatatan setiap akses untuk audit",
                ],
            ),
        ],
        "regulation": (
            "Ketentuan pemanfaatan data kependudukan oleh lembaga pengguna; "
            "ketentuan pelindungan data pribadi."
        ),
        "budget": (10_000_000, 40_000_000),
        "infrastructure": "Hak akses data dari Ditjen Dukcapil, jaringan aman antar-OPD.",
        "staffing": "Admin database Dukcapil; satu petugas penanggung jawab di tiap pengguna.",
        "partners": "Dinas Sosial; Dinas Kesehatan; Diskominfosandi.",
        "months": 5,
        "status": "dikaji",
        "contact": ("Ferdinand Tahapary", "Kepala Bidang Pemanfaatan Data dan Inovasi Pelayanan"),
        "published": 45,
        "verified": 15,
    },
]


def load_restricted(command, agencies, trips):
    """Add the internal section and its ideas where missing, and make sure the section is
    restricted to READERS. `command` is the load_demo command, whose helpers build and
    publish a page."""
    index = IdeaIndexPage.objects.get()
    section = IdeaSectionPage.objects.child_of(index).filter(slug=SECTION["slug"]).first()
    if section is None:
        section = IdeaSectionPage(**SECTION)
        command.add_page(index, section, max(d["published"] for d in RESTRICTED_IDEAS))
    restriction, _ = PageViewRestriction.objects.get_or_create(
        page=section, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=READERS))
    dimensions = {d.slug: d for d in Dimension.objects.all()}
    for data in RESTRICTED_IDEAS:
        idea = IdeaPage.objects.child_of(section).filter(slug=data["slug"]).first()
        created = idea is None
        if created:
            idea = command.build_idea(data, agencies, trips, {})
            idea.dimensions = [dimensions[slug] for slug in data["dimensions"]]
            idea.tags.set(data["tags"])
            history = partial(command.status_history, idea, data)
            command.add_page(section, idea, data["published"], history)
        command.tally["ideas", created] += 1
