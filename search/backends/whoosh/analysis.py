"""Indonesian (and English) text analysis for the Whoosh backend.

Two analyzers, both used at index time *and* at query time (Whoosh runs a field's analyzer on
the query with ``mode="query"``), so a query word and a document word always meet in the same
form:

``text_analyzer()``, for full-text fields::

    WordTokenizer | NormaliseFilter(stop=True) | IndonesianStemFilter()

1. ``WordTokenizer``: runs of letters and digits (Unicode). Hyphens, underscores and other
   punctuation split words, so "e-KTP" gives "e" + "ktp" and "COVID-19" gives "covid" + "19".
   Digits joined by "." or "," stay one token ("4.0", "1.500"); an apostrophe inside a word
   is kept ("Jum'at") and dropped by the next step ("jumat").
2. ``NormaliseFilter``: lowercase, fold accents (café -> cafe), drop apostrophes, then drop stop
   words (``STOP_WORDS``) and one-letter words. Dropped words take no position: the positions of
   the remaining words are renumbered, so "pelayanan yang cepat" is indexed as the adjacent
   pair (layan, cepat) and the phrase query "pelayanan yang cepat" (analysed the same way)
   matches it.
3. ``IndonesianStemFilter``: ``stem()`` below. Sastrawi's stem is used only when Sastrawi
   reaches a root of its dictionary (otherwise Sastrawi gives the word back unchanged); a word
   that is not Indonesian gets a light English stem instead (plurals, -ed, -ing: Porter2's
   steps 1a-1c only), so "services"/"service" and "meeting"/"meetings" meet, and Indonesian
   words that happen to end in English-looking letters are not cut further. Known spelling
   variants are normalised (``SPELLING_VARIANTS``: antrian -> antrean, ijin -> izin...), and
   two small tables correct Sastrawi where it is wrong on words that matter here
   (``STEM_EXCEPTIONS``: place names such as Bali, Maluku; ``ROOT_FIXES``: gerakan -> gerak).
   The filter is marked ``is_morph``, so a ``TEXT(spelling=True)`` field keeps the unstemmed
   (but lowercased, folded, stop-filtered) words for spelling suggestions.

``autocomplete_analyzer()``, for autocomplete fields::

    WordTokenizer | NormaliseFilter(stop=False) | NgramFilter(2, 15, at="start")

No stemming and no stop words. At index time every word gives its prefixes of 2..15
characters ("pelayanan" -> "pe", "pel", ..., "pelayanan"). At query time (``mode="query"``)
Whoosh's NgramFilter does not split the word: it keeps its first 15 characters as one term, so
the query "pela" is the term "pela" and finds "Pelayanan"; a one-character query gives no term
and matches nothing. Use ``autocomplete_terms()`` when building queries by hand.

Whoosh pickles the schema, analyzers included, into the index's TOC. The classes here are
module-level and hold only a few flags; tables, caches and the Sastrawi stemmer live in this
module (Sastrawi is loaded lazily on the first word to stem, in about 0.03 s). Changing the tables
below changes the terms: rebuild the index (``manage.py update_index``) and bump
``ANALYSIS_VERSION``, which every stem filter records in the pickled schema.
"""

import re
import threading
import unicodedata

from whoosh.analysis import Filter, NgramFilter, RegexTokenizer
from whoosh.support.charset import accent_map

# Bump when anything below changes the terms produced, so stale indexes can be detected
# (IndonesianStemFilter.version holds the value an index was built with).
ANALYSIS_VERSION = 1

AUTOCOMPLETE_MIN = 2
AUTOCOMPLETE_MAX = 15

# Letters/digits; digits joined by "." or "," ("4.0", "1.500.000"); an apostrophe inside a word.
WORD_PATTERN = r"[^\W_]+(?:(?:(?<=\d)[.,](?=\d)|['\u2019])[^\W_]+)*"

# Words longer than this are indexed as they are (folded), never stemmed.
MAX_STEM_LENGTH = 40

# Size of each per-process word cache; a full cache is emptied and refilled.
CACHE_SIZE = 200_000

# --- Stop words -------------------------------------------------------------------------------


def _words(text):
    return frozenset(text.split())


# Sastrawi 1.2.1's list (StopWordRemoverFactory.get_stop_words), copied so that the list used by
# an index never changes with the library.
SASTRAWI_STOP_WORDS = _words(
    """
    a ada adalah adanya adapun agak agaknya agar akan akankah akhir akhiri akhirnya aku akulah
    amat amatlah anda andalah antar antara antaranya apa apaan apabila apakah apalagi apatah arti
    artinya asal asalkan atas atau ataukah ataupun awal awalnya b bagai bagaikan bagaimana
    bagaimanakah bagaimanapun bagainamakah bagi bagian bahkan bahwa bahwasannya bahwasanya baik
    baiklah bakal bakalan balik banyak bapak baru bawah beberapa begini beginian beginikah
    beginilah begitu begitukah begitulah begitupun bekerja belakang belakangan belum belumlah
    benar benarkah benarlah berada berakhir berakhirlah berakhirnya berapa berapakah berapalah
    berapapun berarti berawal berbagai berdatangan beri berikan berikut berikutnya berjumlah
    berkali-kali berkata berkehendak berkeinginan berkenaan berlainan berlalu berlangsung
    berlebihan bermacam bermacam-macam bermaksud bermula bersama bersama-sama bersiap
    bersiap-siap bertanya bertanya-tanya berturut berturut-turut bertutur berujar berupa besar
    betul betulkah biasa biasanya bila bilakah bisa bisakah boleh bolehkah bolehlah buat bukan
    bukankah bukanlah bukannya bulan bung c cara caranya cukup cukupkah cukuplah cuma d dahulu
    dalam dan dapat dari daripada datang dekat demi demikian demikianlah dengan depan di dia
    diakhiri diakhirinya dialah diantara diantaranya diberi diberikan diberikannya dibuat
    dibuatnya didapat didatangkan digunakan diibaratkan diibaratkannya diingat diingatkan
    diinginkan dijawab dijelaskan dijelaskannya dikarenakan dikatakan dikatakannya dikerjakan
    diketahui diketahuinya dikira dilakukan dilalui dilihat dimaksud dimaksudkan dimaksudkannya
    dimaksudnya diminta dimintai dimisalkan dimulai dimulailah dimulainya dimungkinkan dini
    dipastikan diperbuat diperbuatnya dipergunakan diperkirakan diperlihatkan diperlukan
    diperlukannya dipersoalkan dipertanyakan dipunyai diri dirinya disampaikan disebut
    disebutkan disebutkannya disini disinilah ditambahkan ditandaskan ditanya ditanyai
    ditanyakan ditegaskan ditujukan ditunjuk ditunjuki ditunjukkan ditunjukkannya ditunjuknya
    dituturkan dituturkannya diucapkan diucapkannya diungkapkan dong dua dulu e empat enak
    enggak enggaknya entah entahlah f g guna gunakan h hadap hai hal halo hallo hampir hanya
    hanyalah hari harus haruslah harusnya helo hello hendak hendaklah hendaknya hingga i ia
    ialah ibarat ibaratkan ibaratnya ibu ikut ingat ingat-ingat ingin inginkah inginkan ini
    inikah inilah itu itukah itulah j jadi jadilah jadinya jangan jangankan janganlah jauh jawab
    jawaban jawabnya jelas jelaskan jelaslah jelasnya jika jikalau juga jumlah jumlahnya justru
    k kadar kala kalau kalaulah kalaupun kali kalian kami kamilah kamu kamulah kan kapan
    kapankah kapanpun karena karenanya kasus kata katakan katakanlah katanya ke keadaan
    kebetulan kecil kedua keduanya keinginan kelamaan kelihatan kelihatannya kelima keluar
    kembali kemudian kemungkinan kemungkinannya kena kenapa kepada kepadanya kerja kesampaian
    keseluruhan keseluruhannya keterlaluan ketika khusus khususnya kini kinilah kira kira-kira
    kiranya kita kitalah kok kurang l lagi lagian lah lain lainnya laku lalu lama lamanya
    langsung lanjut lanjutnya lebih lewat lihat lima luar m macam maka makanya makin maksud
    malah malahan mampu mampukah mana manakala manalagi masa masalah masalahnya masih masihkah
    masing masing-masing masuk mata mau maupun melainkan melakukan melalui melihat melihatnya
    memang memastikan memberi memberikan membuat memerlukan memihak meminta memintakan
    memisalkan memperbuat mempergunakan memperkirakan memperlihatkan mempersiapkan
    mempersoalkan mempertanyakan mempunyai memulai memungkinkan menaiki menambahkan menandaskan
    menanti menanti-nanti menantikan menanya menanyai menanyakan mendapat mendapatkan mendatang
    mendatangi mendatangkan menegaskan mengakhiri mengapa mengatakan mengatakannya mengenai
    mengerjakan mengetahui menggunakan menghendaki mengibaratkan mengibaratkannya mengingat
    mengingatkan menginginkan mengira mengucapkan mengucapkannya mengungkapkan menjadi menjawab
    menjelaskan menuju menunjuk menunjuki menunjukkan menunjuknya menurut menuturkan
    menyampaikan menyangkut menyatakan menyebutkan menyeluruh menyiapkan merasa mereka
    merekalah merupakan meski meskipun meyakini meyakinkan minta mirip misal misalkan misalnya
    mohon mula mulai mulailah mulanya mungkin mungkinkah n nah naik namun nanti nantinya nya
    nyaris nyata nyatanya o oleh olehnya orang p pada padahal padanya pak paling panjang pantas
    para pasti pastilah penting pentingnya per percuma perlu perlukah perlunya pernah persoalan
    pertama pertama-tama pertanyaan pertanyakan pihak pihaknya pukul pula pun punya q r rasa
    rasanya rupa rupanya s saat saatnya saja sajalah salam saling sama sama-sama sambil sampai
    sampai-sampai sampaikan sana sangat sangatlah sangkut satu saya sayalah se sebab sebabnya
    sebagai sebagaimana sebagainya sebagian sebaik sebaik-baiknya sebaiknya sebaliknya sebanyak
    sebegini sebegitu sebelum sebelumnya sebenarnya seberapa sebesar sebetulnya sebisanya
    sebuah sebut sebutlah sebutnya secara secukupnya sedang sedangkan sedemikian sedikit
    sedikitnya seenaknya segala segalanya segera seharusnya sehingga seingat sejak sejauh
    sejenak sejumlah sekadar sekadarnya sekali sekali-kali sekalian sekaligus sekalipun
    sekarang sekaranglah sekecil seketika sekiranya sekitar sekitarnya sekurang-kurangnya
    sekurangnya sela selain selaku selalu selama selama-lamanya selamanya selanjutnya seluruh
    seluruhnya semacam semakin semampu semampunya semasa semasih semata semata-mata semaunya
    sementara semisal semisalnya sempat semua semuanya semula sendiri sendirian sendirinya
    seolah seolah-olah seorang sepanjang sepantasnya sepantasnyalah seperlunya seperti
    sepertinya sepihak sering seringnya serta serupa sesaat sesama sesampai sesegera sesekali
    seseorang sesuatu sesuatunya sesudah sesudahnya setelah setempat setengah seterusnya setiap
    setiba setibanya setidak-tidaknya setidaknya setinggi seusai sewaktu siap siapa siapakah
    siapapun sini sinilah soal soalnya suatu sudah sudahkah sudahlah supaya t tadi tadinya tahu
    tak tambah tambahnya tampak tampaknya tandas tandasnya tanpa tanya tanyakan tanyanya tapi
    tegas tegasnya telah tempat tentang tentu tentulah tentunya tepat terakhir terasa terbanyak
    terdahulu terdapat terdiri terhadap terhadapnya teringat teringat-ingat terjadi terjadilah
    terjadinya terkira terlalu terlebih terlihat termasuk ternyata tersampaikan tersebut
    tersebutlah tertentu tertuju terus terutama tetap tetapi tiap tiba tiba-tiba tidak tidakkah
    tidaklah tiga toh tuju tunjuk turut tutur tuturnya u ucap ucapnya ujar ujarnya umumnya
    ungkap ungkapnya untuk usah usai v w waduh wah wahai waktunya walau walaupun wong x y ya
    yaitu yakin yakni yang z
    """
)

# Words of Sastrawi's list that carry meaning in this domain, so they stay searchable:
# agency and programme names ("Bagian Hukum", "Pelayanan Terpadu Satu Pintu", "unit kerja",
# "kunjungan kerja", "studi kasus", "praktik baik", "teknologi tepat guna", "pendidikan anak
# usia dini", "lanjut usia", "luar negeri", "jarak jauh", "usaha kecil", "masyarakat kurang
# mampu", "Bantuan Langsung Tunai", "keadaan darurat", "orang tua", "ibu hamil", "tanya jawab",
# "kesehatan mata", "tempat sampah", "surat masuk/keluar", "Otonomi Khusus", "kerja sama",
# IKM grades "baik"/"kurang baik"), numbers (stage and phase names), and greetings that are
# also English words people search for ("Hello").
DOMAIN_WORDS = _words(
    """
    bagian kerja bekerja masalah persoalan kasus ibu baru baik cara mata luar jauh dekat tempat
    masuk keluar mampu kurang langsung tanya jawab jawaban pertanyaan besar kecil dini sama
    tepat khusus keadaan orang guna lanjut satu dua tiga empat lima pertama kedua kelima
    hai halo hallo helo hello
    """
)

# Written-together forms and chat/government abbreviations of stop words.
EXTRA_INDONESIAN_STOP_WORDS = _words(
    "dimana kemana darimana yg dgn utk dll dsb dst tsb krn pd sbg spt"
)

# Common English function words. Deliberately absent: "it" (IT, information technology) and
# "us"; "as" is present, so "AS" (Amerika Serikat) is not searchable.
ENGLISH_STOP_WORDS = _words(
    """
    a about above after again all also an and any are as at be because been before being below
    between both but by can could did do does down during each few for from further had has have
    he her here his how i if in into is its just me more most my no nor not of off on once only
    or other our out over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your
    """
)

STOP_WORDS = (SASTRAWI_STOP_WORDS - DOMAIN_WORDS) | EXTRA_INDONESIAN_STOP_WORDS | ENGLISH_STOP_WORDS

# --- Spelling variants -------------------------------------------------------------------------

# Non-standard spellings common in Indonesian government text -> the standard (KBBI) form.
# Applied to a whole word before stemming ("antrian" -> antrean -> antre) and to the root
# Sastrawi finds ("mengantri" -> antri -> antre). A variant whose standard form is a root is
# also added to Sastrawi's dictionary, so its affixed forms reach it ("perijinan" -> ijin ->
# izin).
SPELLING_VARIANTS = {
    "antri": "antre",
    "antrian": "antrean",
    "ijin": "izin",
    "sistim": "sistem",
    "praktek": "praktik",
    "aktifitas": "aktivitas",
    "kreatifitas": "kreativitas",
    "efektifitas": "efektivitas",
    "produktifitas": "produktivitas",
    "kwalitas": "kualitas",
    "kwantitas": "kuantitas",
    "kwitansi": "kuitansi",
    "frekwensi": "frekuensi",
    "resiko": "risiko",
    "nasehat": "nasihat",
    "apotik": "apotek",
    "tehnik": "teknik",
    "tehnis": "teknis",
    "tehnologi": "teknologi",
    "analisa": "analisis",
    "jadual": "jadwal",
    "propinsi": "provinsi",
    "obyek": "objek",
    "obyektif": "objektif",
    "subyek": "subjek",
    "subyektif": "subjektif",
    "sekertariat": "sekretariat",
    "karir": "karier",
    "hutang": "utang",
    "standarisasi": "standardisasi",
    "managemen": "manajemen",
    "menejemen": "manajemen",
    "ijasah": "ijazah",
    "atlit": "atlet",
    "konkrit": "konkret",
    "ekstrim": "ekstrem",
    "azas": "asas",
    "jaman": "zaman",
    "faham": "paham",
    "fikir": "pikir",
    "himbau": "imbau",
    "himbauan": "imbauan",
    "perduli": "peduli",
    "trampil": "terampil",
    "ketrampilan": "keterampilan",
    "kadaluarsa": "kedaluwarsa",
    "kadaluwarsa": "kedaluwarsa",
    "nopember": "november",
    "pebruari": "februari",
    # "merubah" is the common misspelling of "mengubah" (Sastrawi would find "rubah", fox).
    "merubah": "mengubah",
    "dirubah": "diubah",
    "perubah": "pengubah",
}

# -ifitas -> -ivitas for words not in the table (sensitifitas, konektifitas, selektifitas...).
_IFITAS = re.compile(r"ifitas$")

# Roots this domain needs that Sastrawi's dictionary lacks ("mereplikasi" -> replikasi).
EXTRA_ROOTS = _words(
    """
    replikasi validasi fasilitasi monitoring persandian daring luring
    """
)

# Whole words whose term is fixed here, before Sastrawi: place names it would cut into
# unrelated roots (Bali -> bal, Maluku -> malu, Kediri -> diri, Bekasi -> bekas), English words
# it was seen to cut ("lines" -> les), words where it takes "-kan" for a suffix although the
# root ends in k (desakan -> desa, village), and "pengadaan" (procurement), which it would
# merge with "ada" (there is; mengadakan, to hold).
STEM_EXCEPTIONS = {
    "bali": "bali",
    "maluku": "maluku",
    "kediri": "kediri",
    "bekasi": "bekasi",
    "pekalongan": "pekalongan",
    "tabanan": "tabanan",
    "tarakan": "tarakan",
    "lines": "line",
    "minute": "minute",
    "belong": "belong",
    "deleting": "delete",
    "desakan": "desak",
    "teriakan": "teriak",
    "pengadaan": "pengadaan",
}

# Roots Sastrawi lands on by mistake -> the intended root: gerakan/pergerakan -> gera (gerak),
# perpajakan -> paja (pajak), perawat/perawatan -> awat (rawat), pemadam/memadamkan -> madam
# (padam). Each wrong root is a rare word, so mapping it costs nothing.
ROOT_FIXES = {
    "gera": "gerak",
    "paja": "pajak",
    "awat": "rawat",
    "madam": "padam",
}

_ROOT_MAP = {**SPELLING_VARIANTS, **ROOT_FIXES}

# --- Folding -------------------------------------------------------------------------------------

_fold_cache = {}


def _fold_uncached(word):
    text = word.lower().translate(accent_map)
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return text.replace("'", "").replace("\u2019", "")


def fold(word):
    """A word lowercased, accent-folded and without apostrophes (``"Café"`` -> ``"cafe"``)."""
    folded = _fold_cache.get(word)
    return folded if folded is not None else _remember(_fold_cache, word, _fold_uncached(word))


def normalise(text):
    """Text lowercased and accent-folded the way the analyzers see it, word by word."""
    return _TOKEN_RE.sub(lambda m: fold(m.group(0)), text)


def is_stop_word(word):
    """Whether the (folded) word is dropped by ``text_analyzer``."""
    return word in STOP_WORDS or (len(word) < 2 and not word.isdigit())


# --- Stemming ------------------------------------------------------------------------------------

_sastrawi_lock = threading.Lock()
_sastrawi_state = None


def _sastrawi():
    """(Sastrawi Stemmer, its dictionary as a dict): loaded once per process, on first use."""
    global _sastrawi_state
    if _sastrawi_state is None:
        with _sastrawi_lock:
            if _sastrawi_state is None:
                from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
                from Sastrawi.Stemmer.Stemmer import Stemmer
                from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

                words = set(StemmerFactory().get_words()) | EXTRA_ROOTS
                words |= {v for v, std in SPELLING_VARIANTS.items() if std in words}
                dictionary = ArrayDictionary(sorted(words))
                _sastrawi_state = (Stemmer(dictionary), dictionary.words)
    return _sastrawi_state


def sastrawi_loaded():
    """Whether this process has loaded Sastrawi (it is loaded lazily, by the first stem)."""
    return _sastrawi_state is not None


def is_root(word):
    """Whether the word is a root of the (extended) Sastrawi dictionary."""
    return word in _sastrawi()[1]


_VOWELS = frozenset("aeiouy")
_LIGHT_EXCEPTIONS = {
    "news": "news",
    "atlas": "atlas",
    "bias": "bias",
    "cosmos": "cosmos",
    "skis": "ski",
    "skies": "sky",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "inning": "inning",
    "outing": "outing",
    "canning": "canning",
    "herring": "herring",
    "earring": "earring",
    "proceed": "proceed",
    "exceed": "exceed",
    "succeed": "succeed",
}
_R1 = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]")
_SHORT_END = re.compile(r"(?:^[aeiouy][^aeiouy]|[^aeiouy][aeiouy][^aeiouywxY])$")
_DOUBLES = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")


def _r1(word):
    for prefix in ("gener", "commun", "arsen"):
        if word.startswith(prefix):
            return len(prefix)
    match = _R1.match(word)
    return match.end() if match else len(word)


def english_light_stem(word):
    """Porter2 (English Snowball) steps 1a, 1b and 1c only: plurals, -ed, -ing, final -y.

    "services" -> service, "meetings"/"meeting" -> meet, "cities"/"city" -> citi. The later
    Porter steps (-ational, -ness, -ment, final -e...) are left out: they would also cut words
    this corpus shares with Indonesian ("mobile" -> mobil, "unsure" -> unsur).
    """
    if len(word) <= 2:
        return word
    if word in _LIGHT_EXCEPTIONS:
        return _LIGHT_EXCEPTIONS[word]
    if word[0] == "y":
        word = "Y" + word[1:]
    word = re.sub(r"([aeiouy])y", r"\1Y", word)
    r1 = _r1(word)
    # Step 1a: plurals.
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith(("ied", "ies")):
        word = word[:-3] + ("i" if len(word) > 4 else "ie")
    elif (
        word.endswith("s")
        and not word.endswith(("us", "ss"))
        and any(c in _VOWELS for c in word[:-2])
    ):
        word = word[:-1]
    if word in _LIGHT_EXCEPTIONS:
        return word
    # Step 1b: -eed, -ed, -ing.
    if word.endswith("eedly"):
        if len(word) - 5 >= r1:
            word = word[:-3]
    elif word.endswith("eed"):
        if len(word) - 3 >= r1:
            word = word[:-1]
    else:
        for suffix in ("ingly", "edly", "ing", "ed"):
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                if any(c in _VOWELS for c in stem):
                    if stem.endswith(("at", "bl", "iz")):
                        stem += "e"
                    elif stem.endswith(_DOUBLES):
                        stem = stem[:-1]
                    elif _SHORT_END.search(stem) and _r1(stem) >= len(stem):
                        stem += "e"
                    word = stem
                break
    # Step 1c: final consonant + y -> i.
    if len(word) > 2 and word[-1] in "yY" and word[-2] not in _VOWELS:
        word = word[:-1] + "i"
    return word.replace("Y", "y")


# Every prefix, infix and suffix rule of Sastrawi 1.2.1 needs one of these; a word (not itself
# a root) with none of them comes back from Sastrawi unchanged, so it need not be asked (Sastrawi
# takes 0.1-0.3 ms a word; most English words and names are answered here at once).
_SASTRAWI_PREFIXES = ("be", "me", "pe", "te", "di", "ke", "se", "ku")
_SASTRAWI_INFIX = re.compile(r"[bcdfghjklmnpqrstvwxyz](?:el|em|er|in)[aiueo]")
_SASTRAWI_SUFFIXES = ("lah", "kah", "tah", "pun", "ku", "mu", "nya", "is", "isme", "i", "an")


def _has_affix(word):
    return (
        word.startswith(_SASTRAWI_PREFIXES)
        or word.endswith(_SASTRAWI_SUFFIXES)
        or _SASTRAWI_INFIX.match(word) is not None
    )


def _stem_uncached(word):
    if len(word) < 3 or len(word) > MAX_STEM_LENGTH or not word.isalpha() or not word.isascii():
        return word
    if word in STEM_EXCEPTIONS:
        return STEM_EXCEPTIONS[word]
    word = SPELLING_VARIANTS.get(word, word)
    if word.endswith("ifitas"):
        word = _IFITAS.sub("ivitas", word)
    stemmer, roots = _sastrawi()
    if word in roots:
        root = word
    else:
        root = stemmer.stem_singular_word(word) if _has_affix(word) else word
        if root not in roots:
            # Sastrawi found no Indonesian root: not (known) Indonesian, stem it as English.
            return english_light_stem(word)
    return _ROOT_MAP.get(root, root)


_stem_cache = {}


def stem(word):
    """The index term for one word: lowercased, folded, spelling-normalised and stemmed.

    ``stem("Pelayanan") == stem("melayani") == "layan"``; ``stem("antrian") == "antre"``;
    ``stem("services") == "service"``. Stop words are stemmed too (the analyzer drops them).
    """
    return _stem_folded(fold(word))


def _stem_folded(word):
    term = _stem_cache.get(word)
    return term if term is not None else _remember(_stem_cache, word, _stem_uncached(word))


def _remember(cache, word, value):
    if len(cache) >= CACHE_SIZE:
        cache.clear()
    cache[word] = value
    return value


def clear_caches():
    """Empty the word caches (tests, or after changing the tables at run time)."""
    _fold_cache.clear()
    _stem_cache.clear()


# --- Whoosh components ---------------------------------------------------------------------------

_TOKEN_RE = re.compile(WORD_PATTERN)


class WordTokenizer(RegexTokenizer):
    """Whoosh's RegexTokenizer with ``WORD_PATTERN``; pickles as its class name only."""

    def __init__(self):
        super().__init__(WORD_PATTERN)

    def __reduce__(self):
        return (self.__class__, ())


class NormaliseFilter(Filter):
    """Lowercase, fold accents, drop apostrophes; with ``stop=True`` also drop stop words.

    Dropped words take no position (later words are renumbered), exactly like Whoosh's
    ``StopFilter(renumber=True)``; with ``removestops=False`` (highlighting) they are kept and
    marked ``stopped``.
    """

    def __init__(self, stop=True):
        self.stop = stop

    def __reduce__(self):
        return (self.__class__, (self.stop,))

    def __call__(self, tokens):
        cache = _fold_cache
        if not self.stop:
            for t in tokens:
                text = t.text
                folded = cache.get(text)
                t.text = folded if folded is not None else fold(text)
                yield t
            return
        stops = STOP_WORDS
        pos = None
        for t in tokens:
            text = t.text
            folded = cache.get(text)
            if folded is None:
                folded = fold(text)
            t.text = folded
            if folded in stops or (len(folded) < 2 and not folded.isdigit()):
                if not t.removestops:
                    t.stopped = True
                    yield t
                continue
            if t.positions:
                if pos is None:
                    pos = t.pos
                else:
                    pos += 1
                    t.pos = pos
            t.stopped = False
            yield t


class IndonesianStemFilter(Filter):
    """Replace each word by ``stem()`` of it (Sastrawi root, or light English stem)."""

    is_morph = True

    def __init__(self):
        self.version = ANALYSIS_VERSION

    def __call__(self, tokens):
        cache = _stem_cache
        for t in tokens:
            if t.stopped:
                yield t
                continue
            text = t.text
            term = cache.get(text)
            t.text = term if term is not None else _stem_folded(text)
            yield t


def text_analyzer():
    """Analyzer for full-text fields, at index and query time (see the module docstring)."""
    return WordTokenizer() | NormaliseFilter(stop=True) | IndonesianStemFilter()


def autocomplete_analyzer():
    """Analyzer for autocomplete fields: unstemmed edge n-grams (2..15) at index time only."""
    return (
        WordTokenizer()
        | NormaliseFilter(stop=False)
        | NgramFilter(AUTOCOMPLETE_MIN, AUTOCOMPLETE_MAX, at="start")
    )


_local = threading.local()


def _cached_analyzer(name, factory):
    analyzer = getattr(_local, name, None)
    if analyzer is None:
        analyzer = factory()
        setattr(_local, name, analyzer)
    return analyzer


def analyse(text):
    """The terms ``text_analyzer`` gives for a query text, in order (stop words dropped)."""
    return [t.text for t in _cached_analyzer("text", text_analyzer)(text, mode="query")]


def autocomplete_terms(text):
    """The query-time terms for autocomplete: each word folded and cut to 15 characters.

    Words shorter than 2 characters give no term. Search each term as a plain ``Term`` in an
    autocomplete field (AND them for several words).
    """
    analyzer = _cached_analyzer("autocomplete", autocomplete_analyzer)
    return [t.text for t in analyzer(text, mode="query")]
