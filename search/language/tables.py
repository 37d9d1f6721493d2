"""The word tables of Indonesian (and English) text analysis, for every search engine.

Stop words, spelling variants and the corrections to Sastrawi's stemmer. The Whoosh analyzer,
the highlighter, the duplicate check and OpenSearch's analysis settings all read them from here.
Changing a table changes the terms an index holds: bump ``ANALYSIS_VERSION`` and rebuild the
index (``manage.py update_index``).
"""

import re

# Bump when anything in this package changes the terms produced, so stale indexes can be told
# apart (the Whoosh stem filter records the value an index was built with).
ANALYSIS_VERSION = 2


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
IFITAS = re.compile(r"ifitas$")

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

ROOT_MAP = {**SPELLING_VARIANTS, **ROOT_FIXES}
