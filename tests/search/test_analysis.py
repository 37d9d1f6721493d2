"""Indonesian/English analysis (search.language) and the Whoosh analyzers built on it (no
database needed).

Word families, spelling variants, stop words, accent folding, English words, autocomplete
prefixes, positions for phrases, pickling into a real index's TOC, and a real index on disk.
"""

import pickle
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory
from whoosh import fields, index
from whoosh.qparser import QueryParser

from search import language
from search.backends.whoosh import analysis
from search.backends.whoosh.analysis import (
    autocomplete_analyzer,
    autocomplete_terms,
    text_analyzer,
)
from search.language import analyse, normalise, stem, stemming, tables, text
from search.language.stemming import english_light_stem

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def tokens(analyzer, text, **kwargs):
    return [t.text for t in analyzer(text, **kwargs)]


# --- Word families -------------------------------------------------------------------------------

FAMILIES = {
    "layan": ["layanan", "pelayanan", "melayani", "dilayani", "pelayan", "Pelayanan"],
    "izin": ["izin", "perizinan", "mengizinkan", "diizinkan", "ijin", "perijinan", "Perizinan"],
    "antre": ["antre", "antrean", "antrian", "mengantre", "mengantri", "antri", "pengantre"],
    "adopsi": ["adopsi", "mengadopsi", "diadopsi"],
    "replikasi": ["replikasi", "mereplikasi", "direplikasi"],
    "inovasi": ["inovasi", "berinovasi"],
    "bangun": ["pembangunan", "membangun", "dibangun"],
    "kembang": ["pengembangan", "mengembangkan", "perkembangan", "berkembang"],
    "tiru": ["tiru", "meniru", "ditiru"],
    "modifikasi": ["modifikasi", "memodifikasi", "dimodifikasi"],
    "sehat": ["kesehatan", "sehat"],
    "duduk": ["kependudukan", "penduduk"],
    "puas": ["kepuasan", "puas"],
    "ubah": ["mengubah", "diubah", "merubah", "dirubah", "perubahan"],
    # Sastrawi alone gives gera, paja, awat, madam for some of these (ROOT_FIXES).
    "gerak": ["gerakan", "pergerakan", "bergerak", "menggerakkan", "penggerak"],
    "pajak": ["pajak", "perpajakan", "pajaknya"],
    "rawat": ["perawat", "perawatan", "merawat", "dirawat"],
    "padam": ["padam", "pemadam", "pemadaman", "memadamkan"],
}


@pytest.mark.parametrize("root", sorted(FAMILIES))
def test_word_family_meets_in_one_term(root):
    assert {stem(word) for word in FAMILIES[root]} == {root}


@pytest.mark.parametrize(("word", "term"), sorted(tables.STEM_EXCEPTIONS.items()))
def test_stem_exceptions(word, term):
    assert stem(word) == term


@pytest.mark.parametrize(
    ("word", "other"),
    [("desakan", "desa"), ("pengadaan", "mengadakan"), ("Bali", "bal"), ("teriakan", "ria")],
)
def test_words_sastrawi_would_merge_stay_apart(word, other):
    assert stem(word) != stem(other)


def test_families_stay_apart():
    terms = [stem(words[0]) for words in FAMILIES.values()]
    assert len(set(terms)) == len(terms)


@pytest.mark.parametrize(("variant", "standard"), sorted(language.SPELLING_VARIANTS.items()))
def test_spelling_variant_meets_its_standard_form(variant, standard):
    assert stem(variant) == stem(standard)


@pytest.mark.parametrize(
    ("variant", "standard"),
    [
        ("sistim", "sistem"),
        ("praktek", "praktik"),
        ("aktifitas", "aktivitas"),
        ("kwalitas", "kualitas"),
        ("tehnologi", "teknologi"),
        ("menganalisa", "analisis"),
        ("sensitifitas", "sensitivitas"),  # by the -ifitas rule, not the table
        ("konektifitas", "konektivitas"),
    ],
)
def test_spelling_variants_in_use(variant, standard):
    assert stem(variant) == stem(standard)


def test_query_and_document_forms_meet_through_the_analyzer():
    assert analyse("izin") == analyse("perizinan") == ["izin"]
    assert analyse("antrian") == analyse("antrean") == ["antre"]
    assert analyse("melayani") == analyse("pelayanan") == ["layan"]


# --- English words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pair",
    [
        ("services", "service"),
        ("meeting", "meetings"),
        ("city", "cities"),
        ("developers", "developer"),
        ("platforms", "platform"),
        ("reports", "reported", "reporting", "report"),
        ("created", "create"),
        ("JavaScript", "javascript"),
        ("Hello", "hello"),
    ],
)
def test_english_forms_meet(pair):
    assert len({stem(word) for word in pair}) == 1


@pytest.mark.parametrize(
    "word",
    [
        "governance",
        "branding",
        "dashboard",
        "helpdesk",
        "javascript",
        "chatbot",
        "website",
        "online",
        "economy",
        "environment",
        "whatsapp",
        "python",
    ],
)
def test_sastrawi_does_not_touch_english_words(word):
    # Not cut into an Indonesian root: only the light English rule applies.
    assert stem(word) == english_light_stem(word)
    assert stem(word)[:4] == word[:4]


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [("mobile", "mobil"), ("unsure", "unsur"), ("institute", "institut"), ("lines", "les")],
)
def test_english_words_do_not_collide_with_indonesian_roots(english, indonesian):
    assert stem(english) != stem(indonesian)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("services", "service"),
        ("cities", "citi"),
        ("meetings", "meet"),
        ("running", "run"),
        ("hoped", "hope"),
        ("agreed", "agree"),
        ("news", "news"),
        ("bus", "bus"),
        ("glass", "glass"),
        ("happy", "happi"),
        ("day", "day"),
        ("it", "it"),
    ],
)
def test_english_light_stem(word, expected):
    assert english_light_stem(word) == expected


@pytest.mark.parametrize(
    ("place", "root"),
    [("Bali", "bal"), ("Maluku", "malu"), ("Kediri", "diri"), ("Bekasi", "bekas")],
)
def test_place_names_are_not_cut_into_roots(place, root):
    assert stem(place) == place.lower()
    assert stem(place) != stem(root)


def test_words_sastrawi_cannot_change_skip_sastrawi_with_the_same_result():
    """The fast path (no affix -> no Sastrawi call) never changes a result."""
    stemmer, roots = stemming._sastrawi()
    rng = random.Random(3)  # noqa: S311 (a fixed sample, not security)
    sample = rng.sample(sorted(r for r in roots if r.isalpha() and len(r) > 3), 1500)
    words = set()
    for root in sample:
        words.add(root[1:])
        words.add(root[:-1])
        words.add(root + "s")
        words.add(rng.choice("bcdfghjklmnpqrstvwxyz") + root)
        words.add(rng.choice(["me", "pe", "ber", "di", "ku", "ter", "se"]) + root)
        words.add(root + rng.choice(["an", "kan", "i", "nya", "lah", "is", "isme"]))
    words.update(["services", "meeting", "governance", "dashboard", "banyuwangi", "louhenapessy"])
    checked = 0
    for word in sorted(words):
        if word in roots:
            continue
        if not stemming._has_affix(word):
            checked += 1
            assert stemmer.stem_singular_word(word) == word, word
    assert checked > 500


# --- Stop words ----------------------------------------------------------------------------------


def test_sastrawi_stop_list_copy_matches_the_library():
    assert set(StopWordRemoverFactory().get_stop_words()) == tables.SASTRAWI_STOP_WORDS


def test_stop_words_are_dropped():
    assert analyse("yang dan di dari untuk the of and a pelayanan") == ["layan"]
    assert analyse("dimana yg dengan tersebut") == []


def test_domain_words_are_kept():
    assert analyse("Pelayanan Terpadu Satu Pintu") == ["layan", "padu", "satu", "pintu"]
    assert "baik" in analyse("praktik baik")
    assert analyse("kerja sama") == ["kerja", "sama"]
    assert analyse("lanjut usia") == ["lanjut", "usia"]
    assert analyse("Hello") == ["hello"]
    assert analyse("IT") == ["it"]


# --- Tokens and folding --------------------------------------------------------------------------


def test_accents_fold():
    assert analyse("Café Ñandú") == ["cafe", "nandu"]
    assert stem("café") == stem("CAFE") == "cafe"
    assert normalise("Café ÉLAN, Jum'at!") == "cafe elan, jumat!"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("e-KTP", ["ktp"]),
        ("COVID-19", ["covid", "19"]),
        ("Smart City 4.0", ["smart", "citi", "4.0"]),
        ("Jum'at", ["jumat"]),
        ("kota.Ambon", ["kota", "ambon"]),
        ("kota_ambon", ["kota", "ambon"]),
        ("🙂 <script>alert(1)</script>", ["script", "alert", "1", "script"]),
    ],
)
def test_tokenising(text, expected):
    assert analyse(text) == expected


def test_pathological_input_is_analysed_without_stemming():
    long_word = "x" * 10_000
    assert analyse(long_word) == [long_word]
    assert analyse("\x00\x07 \u200b") == []
    assert analyse("東京 Ελλάδα") == ["東京", "ελλαδα"]


def test_caches_stay_bounded(monkeypatch):
    monkeypatch.setattr(text, "CACHE_SIZE", 50)
    language.clear_caches()
    for i in range(500):
        stem(f"kata{i}x")
    assert 0 < len(stemming.STEMMED) <= 50
    assert 0 < len(text.FOLDED) <= 50
    language.clear_caches()


# --- Positions -----------------------------------------------------------------------------------


def test_positions_skip_stop_words():
    found = [
        (t.text, t.pos)
        for t in text_analyzer()("Pelayanan yang cepat dan tepat di Puskesmas", positions=True)
    ]
    assert found == [("layan", 0), ("cepat", 1), ("tepat", 2), ("puskesmas", 3)]


def test_character_offsets_point_into_the_original_text():
    text = "Perizinan  CAFÉ yang cepat"
    found = [(t.text, text[t.startchar : t.endchar]) for t in text_analyzer()(text, chars=True)]
    assert found == [("izin", "Perizinan"), ("cafe", "CAFÉ"), ("cepat", "cepat")]


def test_stop_words_are_marked_when_kept_for_highlighting():
    found = [
        (t.text, t.stopped) for t in text_analyzer()("pelayanan yang cepat", removestops=False)
    ]
    assert found == [("layan", False), ("yang", True), ("cepat", False)]


def test_no_morph_gives_unstemmed_words_for_spelling():
    words = tokens(text_analyzer(), "Pelayanan yang Perizinan", no_morph=True)
    assert words == ["pelayanan", "perizinan"]
    assert text_analyzer().has_morph()


# --- Autocomplete --------------------------------------------------------------------------------


def test_autocomplete_indexes_edge_ngrams_without_stemming_or_stop_words():
    grams = tokens(autocomplete_analyzer(), "Pelayanan yang Banyuwangi")
    assert grams[:3] == ["pe", "pel", "pela"]
    assert "pelayanan" in grams
    assert "layan" not in grams
    assert {"ya", "yan", "yang"} <= set(grams)
    assert "banyuwangi" in grams
    assert all(2 <= len(g) <= analysis.AUTOCOMPLETE_MAX for g in grams)
    assert not any(g.startswith("elay") for g in grams)


def test_autocomplete_query_terms_are_not_ngrammed():
    assert autocomplete_terms("pela") == ["pela"]
    assert autocomplete_terms("Ban") == ["ban"]
    assert autocomplete_terms("Café pela") == ["cafe", "pela"]
    assert autocomplete_terms("p") == []
    assert autocomplete_terms("pelayananterpadusatupintu") == ["pelayananterpad"]
    assert tokens(autocomplete_analyzer(), "pela", mode="query") == ["pela"]


# --- Pickling ------------------------------------------------------------------------------------


@pytest.mark.parametrize("factory", [text_analyzer, autocomplete_analyzer])
def test_analyzers_pickle_small_and_without_sastrawi(factory):
    analyzer = factory()
    tokens(analyzer, "pelayanan perizinan")  # Sastrawi is loaded now: it must not be pickled
    data = pickle.dumps(analyzer, protocol=pickle.HIGHEST_PROTOCOL)
    assert b"Sastrawi" not in data
    assert len(data) < 1000
    clone = pickle.loads(data)  # noqa: S301 (our own bytes)
    assert clone == analyzer
    text = "Pelayanan perizinan yang cepat di Banyuwangi: antrian daring, services"
    assert tokens(clone, text, positions=True) == tokens(analyzer, text, positions=True)


def test_unpickling_does_not_load_sastrawi(tmp_path):
    data = tmp_path / "analyzers.pickle"
    data.write_bytes(pickle.dumps([text_analyzer(), autocomplete_analyzer()]))
    script = textwrap.dedent(
        f"""
        import os, pickle, sys, time
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb.settings.test")
        import django
        django.setup()
        start = time.perf_counter()
        text, auto = pickle.loads(open({str(data)!r}, "rb").read())
        elapsed = time.perf_counter() - start
        from search.language import stemming
        assert "Sastrawi" not in sys.modules and not stemming.sastrawi_loaded()
        assert elapsed < 0.5, elapsed
        assert [t.text for t in text("melayani")] == ["layan"]
        assert stemming.sastrawi_loaded()
        assert [t.text for t in auto("pela", mode="query")] == ["pela"]
        print("ok")
        """
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# --- A real index --------------------------------------------------------------------------------

DOCS = [
    ("1", "Perizinan usaha daring", "Pelayanan perizinan satu pintu untuk pelaku usaha kecil."),
    ("2", "Antrean puskesmas", "Nomor antrean lewat ponsel, pelayanan yang cepat di puskesmas."),
    ("3", "Layanan Banyuwangi", "Pemkab Banyuwangi melayani warga di kecamatan."),
    ("4", "Smart city services", "Online services and meetings for citizens of Ambon."),
    ("5", "Cepat tanggap bencana", "Pelayanan darurat: cepat, tepat, dan terpadu."),
]


@pytest.fixture
def ix(tmp_path):
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(analyzer=text_analyzer(), phrase=True, stored=True),
        body=fields.TEXT(analyzer=text_analyzer(), phrase=True),
        title_ac=fields.TEXT(analyzer=autocomplete_analyzer(), phrase=False),
    )
    index.create_in(tmp_path, schema)
    writer = index.open_dir(tmp_path).writer()
    for doc_id, title, body in DOCS:
        writer.add_document(id=doc_id, title=title, body=body, title_ac=title)
    writer.commit()
    # Reopen, so the schema and its analyzers come back from the pickled TOC.
    return index.open_dir(tmp_path)


def search(ix, fieldname, querystring):
    with ix.searcher() as searcher:
        query = QueryParser(fieldname, ix.schema).parse(querystring)
        return sorted(hit["id"] for hit in searcher.search(query, limit=None))


def test_index_schema_holds_the_analyzers(ix):
    assert ix.schema["body"].analyzer == text_analyzer()
    assert ix.schema["title_ac"].analyzer == autocomplete_analyzer()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("izin", ["1"]),
        ("ijin", ["1"]),
        ("antrian", ["2"]),
        ("mengantri", ["2"]),
        ("melayani", ["1", "2", "3", "5"]),
        ("layanan", ["1", "2", "3", "5"]),
        ("service", ["4"]),
        ("meeting", ["4"]),
        ("cafe", []),
        ("yang", []),
    ],
)
def test_index_finds_other_word_forms(ix, query, expected):
    assert search(ix, "body", query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"pelayanan cepat"', ["2"]),
        ('"pelayanan yang cepat"', ["2"]),
        ('"melayani yang cepat"', ["2"]),
        ('"cepat pelayanan"', []),
        ('"pelayanan puskesmas"', []),
        ('"satu pintu"', ["1"]),
        ('"cepat tepat"', ["5"]),
    ],
)
def test_index_phrases(ix, query, expected):
    assert search(ix, "body", query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("pela", []),
        ("ban", ["3"]),
        ("Banyu", ["3"]),
        ("per", ["1"]),
        ("perizinan", ["1"]),
        ("izin", []),
        ("ant", ["2"]),
        ("serv", ["4"]),
        ("b", []),
        ("lay ban", ["3"]),
    ],
)
def test_index_autocomplete_prefixes(ix, query, expected):
    assert search(ix, "title_ac", query) == expected


def test_index_autocomplete_matches_pelayanan(tmp_path):
    schema = fields.Schema(
        id=fields.ID(stored=True), ac=fields.TEXT(analyzer=autocomplete_analyzer(), phrase=False)
    )
    ix = index.create_in(tmp_path, schema)
    with ix.writer() as writer:
        writer.add_document(id="a", ac="Pelayanan Terpadu")
        writer.add_document(id="b", ac="Pemkab Banyuwangi")
    ix = index.open_dir(tmp_path)
    assert search(ix, "ac", "pela") == ["a"]
    assert search(ix, "ac", "pe") == ["a", "b"]
    assert search(ix, "ac", "ban") == ["b"]
    assert search(ix, "ac", "Pelayanan") == ["a"]
    assert search(ix, "ac", "layan") == []
