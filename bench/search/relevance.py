"""The labelled relevance set of the search benchmark.

Each topic is an Indonesian root. Its query is one word form of the root; the documents that are
relevant to it never contain that form, only other forms of the same root (the query "melayani"
must find documents that say "pelayanan", "layanan" or "dilayani"). A search that only matches
the letters typed finds none of them; a search that understands Indonesian word formation finds
them all.

How the documents are labelled (``bench.search.corpus`` plants them into the synthetic corpus,
deterministically from the seed):

- A topic is planted into a few documents: a form of the root is written into the title of
  some (grade 3), into the summary of others (grade 2) and into the body of others (grade 1).
  At 1,000 documents and more a topic has 2-3 title, 3-4 summary and 5-6 body documents; at
  smaller sizes at least one of each.
- A document carries at most one topic in its title (in a corpus too small for that, as
  few as fit), and never the same topic in two fields.
- The filler vocabulary contains no word of any topic root: no form listed here, and no word that
  Sastrawi stems to a topic root or to one of its spelling variants (antri for antre). So the
  planted documents are exactly the relevant ones, and every other document has grade 0.

nDCG@10 uses the exponential gain (2^grade - 1) / log2(rank + 1), normalised by the ideal
ordering of all labelled documents of the query.
"""

from dataclasses import dataclass

TITLE_GRADE, SUMMARY_GRADE, BODY_GRADE = 3, 2, 1


@dataclass(frozen=True)
class Topic:
    root: str
    query: str
    # Forms written into documents: never the query's own form.
    forms: tuple[str, ...]
    # Other spellings of the root that a reader takes for the same word: no word built on
    # them may appear in the filler text either (it would be relevant but unlabelled).
    variants: tuple[str, ...] = ()


TOPICS = (
    Topic("layan", "melayani", ("pelayanan", "layanan", "dilayani", "pelayan")),
    Topic("izin", "perizinan", ("izin", "mengizinkan", "diizinkan"), variants=("ijin",)),
    # "antrian" is the common misspelling of "antrean": one word to a reader.
    Topic("antre", "antrean", ("antre", "mengantre", "antrian"), variants=("antri",)),
    Topic("daftar", "pendaftaran", ("mendaftar", "didaftarkan", "terdaftar", "daftar")),
    Topic("bayar", "pembayaran", ("membayar", "dibayarkan", "bayaran", "terbayar")),
    Topic("lapor", "pelaporan", ("melaporkan", "laporan", "dilaporkan", "pelapor")),
    Topic("didik", "pendidikan", ("mendidik", "dididik", "terdidik", "pendidik")),
    Topic("sehat", "kesehatan", ("menyehatkan", "sehat", "penyehatan")),
    Topic("kelola", "pengelolaan", ("mengelola", "dikelola", "terkelola", "pengelola")),
    Topic("rencana", "perencanaan", ("merencanakan", "direncanakan", "rencana", "berencana")),
    Topic("ukur", "pengukuran", ("mengukur", "diukur", "ukuran", "terukur")),
    Topic("periksa", "pemeriksaan", ("memeriksa", "diperiksa", "pemeriksa")),
    Topic("bangun", "pembangunan", ("membangun", "dibangun", "bangunan")),
    Topic("tanam", "penanaman", ("menanam", "ditanam", "tanaman")),
    Topic("pantau", "pemantauan", ("memantau", "dipantau", "terpantau")),
    Topic("kirim", "pengiriman", ("mengirim", "dikirim", "kiriman", "mengirimkan")),
    Topic("cetak", "pencetakan", ("mencetak", "dicetak", "cetakan")),
    Topic("tolong", "pertolongan", ("menolong", "ditolong", "tertolong")),
    Topic("angkut", "pengangkutan", ("mengangkut", "diangkut", "angkutan")),
    Topic("olah", "pengolahan", ("mengolah", "diolah", "olahan")),
    Topic("bersih", "kebersihan", ("membersihkan", "dibersihkan", "pembersihan")),
    Topic("aman", "keamanan", ("mengamankan", "diamankan", "pengamanan")),
    Topic("timbang", "penimbangan", ("menimbang", "ditimbang", "timbangan")),
    Topic("tulis", "penulisan", ("menulis", "ditulis", "tulisan")),
    Topic("ajar", "pembelajaran", ("mengajar", "belajar", "pelajaran", "diajarkan")),
    Topic("latih", "pelatihan", ("melatih", "dilatih", "terlatih")),
    Topic("tugas", "penugasan", ("bertugas", "ditugaskan", "petugas")),
    Topic("kumpul", "pengumpulan", ("mengumpulkan", "dikumpulkan", "kumpulan")),
    Topic("pilih", "pemilihan", ("memilih", "dipilih", "pilihan", "terpilih")),
    Topic("hitung", "penghitungan", ("menghitung", "dihitung", "hitungan")),
    Topic("tanggulang", "penanggulangan", ("menanggulangi", "ditanggulangi")),
    Topic("cegah", "pencegahan", ("mencegah", "dicegah")),
    Topic("obat", "pengobatan", ("mengobati", "diobati", "obat")),
    Topic("rawat", "perawatan", ("merawat", "dirawat", "perawat")),
    Topic("simpan", "penyimpanan", ("menyimpan", "disimpan", "simpanan")),
    Topic("salur", "penyaluran", ("menyalurkan", "disalurkan", "saluran")),
    Topic("terbit", "penerbitan", ("menerbitkan", "diterbitkan", "terbitan")),
    Topic("tata", "penataan", ("menata", "ditata", "tatanan")),
    Topic("kembang", "pengembangan", ("mengembangkan", "dikembangkan", "perkembangan")),
    Topic("gerak", "penggerak", ("bergerak", "menggerakkan", "digerakkan", "gerakan")),
    Topic("hubung", "perhubungan", ("menghubungi", "dihubungi", "hubungan")),
    Topic("data", "pendataan", ("mendata", "didata", "data")),
    Topic("jual", "penjualan", ("menjual", "dijual", "jualan")),
    Topic("beli", "pembelian", ("membeli", "dibeli", "pembeli")),
    Topic("adu", "pengaduan", ("mengadukan", "diadukan", "aduan")),
    Topic("sampah", "persampahan", ("sampah",)),
    Topic("sewa", "penyewaan", ("menyewa", "disewakan", "sewaan")),
    Topic("tampung", "penampungan", ("menampung", "ditampung", "tampungan")),
    Topic("cari", "pencarian", ("mencari", "dicari")),
    Topic("usaha", "pengusaha", ("berusaha", "mengusahakan", "usaha", "diusahakan")),
)

# Forms that Sastrawi (PySastrawi 1.2.1) does not reduce to the topic's root: the spelling
# variant antrian (-> antri), perawat/perawatan (-> awat), tatanan (left as is) and gerakan
# (-> gera). Kept on purpose: a reader relates them, so the engine should too.
SASTRAWI_MISSES = frozenset({"antrian", "perawat", "perawatan", "tatanan", "gerakan"})


def all_topic_words():
    """Every word of every topic: roots and their variants, queries and planted forms."""
    words = set()
    for topic in TOPICS:
        words.add(topic.root)
        words.add(topic.query)
        words.update(topic.forms)
        words.update(topic.variants)
    return words


def topic_stems():
    """The roots (and variant roots) no filler word may stem to."""
    return {topic.root for topic in TOPICS} | {v for topic in TOPICS for v in topic.variants}
