"""The public search page: ranking, highlighting, facets, sort, pagination, suggestions, failure."""

import datetime
import html
import shutil
import tempfile
from pathlib import Path

import pytest
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import PageViewRestriction

from ideas.choices import Stage, Status
from ideas.models import IdeaPage
from tests import factories
from tests.search import engines

pytestmark = pytest.mark.engines

SEARCH = "/search/"

HOSTILE = [
    '"',
    '"antrean',
    "antrean:",
    "(izin",
    "*",
    "-",
    "a AND OR NOT",
    "title:x",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "\x00\x07",
    "🙂 layanan",
    "x" * 10_000,
    '-""-',
    "NEAR(a b)",
]

# Words that only hidden pages (draft, private, unpublished, unpublished changes) contain.
HIDDEN_WORDS = [
    "zirkonium",
    "kriptonit",
    "molibdenum",
    "tungsten",
    "tagzirkon",
    "tagkripton",
    "tagwolfram",
]


# --- helpers shared with the other search test modules (functions only) ------------------------


def make_idea(title, stage=Stage.AMATI, *, tags=(), publish=True, **fields):
    page = factories.idea(title, stage, publish=False, **fields)
    if tags:
        page.tags.add(*tags)
        page.save()
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def hide_pages():
    """Pages the public must never see, each with words found nowhere else."""
    secret_agency = factories.agency("Badan Zirkonium Rahasia", city="Namlea", province="Maluku")
    make_idea(
        "Zirkonium rahasia draf",
        summary="Pelayanan zirkonium yang belum terbit.",
        tags=["tagzirkon"],
        publish=False,
        source_agency=secret_agency,
    )
    private = make_idea(
        "Kriptonit terbatas",
        summary="Pelayanan kriptonit hanya untuk pegawai.",
        tags=["tagkripton"],
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    gone = make_idea("Molibdenum ditarik", summary="Pelayanan molibdenum yang dihentikan.")
    gone.unpublish()
    changed = make_idea("Pelayanan terbit biasa", summary="Ringkasan pelayanan yang sudah terbit.")
    changed.summary = "Perubahan tungsten yang belum diterbitkan."
    changed.tags.add("tagwolfram")
    changed.save_revision()
    return changed


def broken_engine(path):
    """Settings whose search engine fails: a Whoosh index at `path`, where none can be read,
    whatever engine the run uses (KB_SEARCH_BACKEND)."""
    backends = {"default": {"BACKEND": "search.backends.whoosh", "PATH": path}}
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)


def text_of(response):
    return html.unescape(response.content.decode())


class SearchTestCase(TestCase):
    """Each class builds its own fixtures; tests/conftest.py indexes them before every test."""

    @classmethod
    def setUpTestData(cls):
        cls.build()

    @classmethod
    def build(cls):
        raise NotImplementedError

    def search(self, **params):
        response = self.client.get(SEARCH, params)
        self.assertEqual(response.status_code, 200)
        return response

    def titles(self, response):
        return [hit["idea"].title for hit in response.context["hits"]]

    def facet(self, response, param):
        for group in response.context["facet_groups"]:
            if group["param"] == param:
                return {v["label"]: v["count"] for v in group["values"]}
        return {}


# --- the corpus --------------------------------------------------------------------------------


class SearchPageTests(SearchTestCase):
    @classmethod
    def build(cls):
        t0 = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
        cls.health = factories.agency(
            "Dinas Kesehatan", city="Ambon", province="Maluku", acronym="Dinkes"
        )
        cls.licensing = factories.agency(
            "Dinas Penanaman Modal dan PTSP",
            city="Surabaya",
            province="Jawa Timur",
            acronym="DPMPTSP",
        )
        cls.seoul = factories.agency(
            "Seoul Metropolitan Government", city="Seoul", country="Korea Selatan", acronym="SMG"
        )
        cls.queue = make_idea(
            "Antrean daring puskesmas",
            summary="Nomor antrean diambil lewat ponsel sehingga pelayanan lebih cepat.",
            problem="Warga menunggu berjam-jam di ruang tunggu.",
            tags=["antrean", "kesehatan"],
            dimensions=("living",),
            source_agency=cls.health,
            observed_on=datetime.date(2021, 3, 1),
            status=Status.TRIAL,
            first_published_at=t0,
        )
        cls.licence = make_idea(
            "Perizinan usaha satu pintu",
            summary="Izin usaha terbit dalam satu hari melalui layanan terpadu.",
            tags=["perizinan"],
            dimensions=("economy",),
            source_agency=cls.licensing,
            observed_on=datetime.date(2019, 5, 1),
            status=Status.IMPLEMENTED,
            first_published_at=t0 + datetime.timedelta(days=1),
        )
        cls.parking = make_idea(
            "Pembayaran parkir non-tunai",
            summary="Parkir dibayar dengan kartu, tanpa uang tunai.",
            tags=["parkir"],
            dimensions=("environment",),
            source_agency=cls.seoul,
            observed_on=datetime.date(2019, 9, 1),
            first_published_at=t0 + datetime.timedelta(days=2),
        )
        cls.wild_parking = make_idea(
            "Penertiban parkir liar",
            summary="Parkir liar di trotoar ditertibkan bersama warga.",
            tags=["parkir"],
            dimensions=("environment", "society"),
            source_agency=cls.health,
            observed_on=datetime.date(2022, 1, 1),
            first_published_at=t0 + datetime.timedelta(days=3),
        )
        cls.scattered = make_idea(
            "Pintu masuk ramah difabel",
            summary="Satu jalur landai di setiap pintu gedung pelayanan.",
            dimensions=("society",),
            first_published_at=t0 + datetime.timedelta(days=4),
        )
        cls.copy = make_idea(
            "Perizinan usaha kilat Ambon",
            Stage.TIRU,
            summary="Meniru izin usaha satu pintu dari Surabaya.",
            derived_from=cls.licence,
            adopting_agency=cls.health,
            source_agency=cls.licensing,
            dimensions=("economy",),
            observed_on=datetime.date(2023, 1, 1),
            status=Status.IMPLEMENTED,
            first_published_at=t0 + datetime.timedelta(days=5),
        )
        cls.adapted = make_idea(
            "Perizinan usaha keliling",
            Stage.MODIFIKASI,
            summary="Izin usaha dilayani dari mobil keliling untuk pulau-pulau.",
            derived_from=cls.licence,
            adopting_agency=cls.health,
            source_agency=cls.licensing,
            dimensions=("economy",),
            observed_on=datetime.date(2024, 1, 1),
            first_published_at=t0 + datetime.timedelta(days=6),
        )
        cls.script = make_idea(
            "Skrip <b>tebal</b> pengaduan",
            summary="<script>alert('x')</script> Pengaduan warga dilayani lewat pesan singkat.",
            first_published_at=t0 + datetime.timedelta(days=7),
        )
        cls.changed = hide_pages()

    # ranking and the page itself

    def test_finds_live_ideas_only_and_is_not_indexed(self):
        response = self.search(q="antrean")
        self.assertEqual(self.titles(response), ["Antrean daring puskesmas"])
        self.assertContains(response, '<meta name="robots" content="noindex">', html=False)
        self.assertEqual(response["X-Robots-Tag"], "noindex")

    def test_other_word_forms_match_and_are_highlighted(self):
        response = self.search(q="melayani")
        titles = self.titles(response)
        if not engines.stems():
            # Expected on Wagtail's database backend: it finds the word as typed only.
            self.assertNotIn("Antrean daring puskesmas", titles)
            return
        self.assertIn("Antrean daring puskesmas", titles)
        hit = next(h for h in response.context["hits"] if h["idea"] == self.queue)
        self.assertIn("<mark>pelayanan</mark>", hit["passage"])
        self.assertContains(response, "<mark>pelayanan</mark>", html=False)

    def test_highlight_prefers_the_text_that_matches(self):
        response = self.search(q="menunggu")
        hit = response.context["hits"][0]
        self.assertEqual(hit["idea"], self.queue)
        # The problem text matches, not the summary; "tunggu" is the same word as "menunggu"
        # where the engine stems (elsewhere only the word typed is marked).
        tunggu = "<mark>tunggu</mark>" if engines.stems() else "tunggu"
        self.assertEqual(
            str(hit["passage"]), f"Warga <mark>menunggu</mark> berjam-jam di ruang {tunggu}."
        )

    def test_title_is_highlighted(self):
        response = self.search(q="perizinan")
        self.assertContains(response, "<mark>Perizinan</mark> usaha satu pintu", html=False)

    def test_content_and_query_are_escaped(self):
        response = self.search(q="pengaduan <script>alert(1)</script>")
        body = response.content.decode()
        self.assertIn("Skrip &lt;b&gt;tebal&lt;/b&gt;", body)
        self.assertIn("&lt;script&gt;alert(", body)
        self.assertNotIn("<script>alert", body)
        self.assertNotIn("<b>tebal</b>", body)
        self.assertIn("<mark>Pengaduan</mark>", body)

    def test_phrase_needs_the_words_together(self):
        response = self.search(q='"satu pintu"')
        titles = self.titles(response)
        self.assertIn("Perizinan usaha satu pintu", titles)
        self.assertNotIn("Pintu masuk ramah difabel", titles)
        loose = self.titles(self.search(q="satu pintu"))
        self.assertIn("Pintu masuk ramah difabel", loose)

    def test_minus_excludes_a_word(self):
        self.assertCountEqual(
            self.titles(self.search(q="parkir")),
            ["Pembayaran parkir non-tunai", "Penertiban parkir liar"],
        )
        self.assertEqual(
            self.titles(self.search(q="parkir -liar")), ["Pembayaran parkir non-tunai"]
        )
        self.assertEqual(
            self.titles(self.search(q='parkir -"uang tunai"')), ["Penertiban parkir liar"]
        )

    def test_only_excluded_words_ask_for_a_word(self):
        response = self.search(q="-parkir")
        self.assertContains(response, "Tambahkan setidaknya satu kata yang dicari")
        self.assertNotIn("hits", response.context)

    def test_punctuation_only_query_explains(self):
        response = self.search(q="*** ::")
        self.assertContains(response, "Tidak ada kata yang bisa dicari")

    def test_syntax_is_plain_text(self):
        # As field syntax this would search titles for "ponsel" and find nothing.
        response = self.search(q="title:ponsel")
        self.assertEqual(self.titles(response), ["Antrean daring puskesmas"])
        self.assertTrue(response.context["relaxed"])
        self.assertEqual(
            self.titles(self.search(q="(antrean) ponsel*")), ["Antrean daring puskesmas"]
        )
        self.assertEqual(self.titles(self.search(q="antrean AND")), ["Antrean daring puskesmas"])

    def test_all_words_first_then_any_word_with_a_notice(self):
        response = self.search(q="antrean trotoar")
        self.assertTrue(response.context["relaxed"])
        self.assertCountEqual(
            self.titles(response), ["Antrean daring puskesmas", "Penertiban parkir liar"]
        )
        self.assertContains(response, "Tidak ada ide yang memuat semua kata")
        strict = self.search(q="parkir trotoar")
        self.assertFalse(strict.context["relaxed"])
        self.assertEqual(self.titles(strict), ["Penertiban parkir liar"])

    def test_no_result_gives_an_empty_state(self):
        response = self.search(q="qwertyuiop")
        self.assertContains(response, "Tidak ada ide yang cocok dengan")
        self.assertEqual(response.context["result_count"], 0)

    def test_empty_query_shows_tips_and_stage_links(self):
        response = self.search()
        self.assertContains(response, "Kiat mencari")
        for stage in Stage.values:
            self.assertContains(response, f'href="?stage={stage}"', html=False)
        self.assertNotIn("hits", response.context)

    def test_any_query_gives_results_or_an_empty_state(self):
        for query in HOSTILE:
            with self.subTest(query=query[:30]):
                response = self.search(q=query)
                self.assertNotContains(response, "<script>alert(1)</script>")

    # did you mean

    def test_misspelling_suggests_a_link(self):
        response = self.search(q="perizinam")
        if not engines.suggests():
            # Expected on Wagtail's database backend: no suggestion, and the page answers.
            self.assertNotIn("suggestion", response.context)
            self.assertNotContains(response, "Maksud Anda:")
            return
        suggestion = response.context["suggestion"]
        self.assertEqual(suggestion["text"], "perizinan")
        self.assertContains(response, "Maksud Anda:")
        self.assertContains(response, 'href="?q=perizinan"', html=False)
        followed = self.search(q="perizinan")
        self.assertIn("Perizinan usaha satu pintu", self.titles(followed))

    def test_suggestion_keeps_excluded_words(self):
        response = self.search(q="perizinam -keliling")
        if not engines.suggests():
            self.assertNotContains(response, "Maksud Anda:")
            return
        self.assertContains(response, 'href="?q=perizinan+-keliling"', html=False)

    def test_no_suggestion_for_a_known_word(self):
        self.assertNotIn("suggestion", self.search(q="antrean").context)

    # facets

    def test_facets_count_every_dimension_of_the_results(self):
        response = self.search(q="perizinan")
        self.assertEqual(self.facet(response, "stage"), {"Amati": 1, "Tiru": 1, "Modifikasi": 1})
        self.assertEqual(
            self.facet(response, "source"), {"Dinas Penanaman Modal dan PTSP (DPMPTSP)": 3}
        )
        self.assertEqual(self.facet(response, "adopter"), {"Dinas Kesehatan (Dinkes)": 2})
        self.assertEqual(self.facet(response, "region"), {"Jawa Timur": 3})
        self.assertEqual(self.facet(response, "year"), {"2024": 1, "2023": 1, "2019": 1})
        self.assertEqual(self.facet(response, "status"), {"Diusulkan": 1, "Diterapkan": 2})
        self.assertEqual(self.facet(response, "tag"), {"perizinan": 1})
        self.assertEqual(self.facet(response, "dimension"), {"Smart Economy": 3})

    def test_region_is_the_country_abroad(self):
        response = self.search(q="parkir")
        self.assertEqual(self.facet(response, "region"), {"Korea Selatan": 1, "Maluku": 1})
        filtered = self.search(q="parkir", region="Korea Selatan")
        self.assertEqual(self.titles(filtered), ["Pembayaran parkir non-tunai"])

    def test_facet_values_of_one_facet_are_ored(self):
        response = self.search(q="perizinan", stage=["tiru", "modifikasi"])
        self.assertCountEqual(
            self.titles(response), ["Perizinan usaha kilat Ambon", "Perizinan usaha keliling"]
        )
        # The stage facet still counts every stage: it ignores its own selection.
        self.assertEqual(self.facet(response, "stage"), {"Amati": 1, "Tiru": 1, "Modifikasi": 1})
        # Other facets count only the selection.
        self.assertEqual(self.facet(response, "status"), {"Diusulkan": 1, "Diterapkan": 1})

    def test_different_facets_are_anded(self):
        response = self.search(q="perizinan", stage=["tiru", "modifikasi"], status="diterapkan")
        self.assertEqual(self.titles(response), ["Perizinan usaha kilat Ambon"])
        self.assertEqual(self.facet(response, "stage"), {"Amati": 1, "Tiru": 1, "Modifikasi": 0})
        self.assertEqual(self.facet(response, "status"), {"Diusulkan": 1, "Diterapkan": 1})

    def test_facets_filter_without_a_query(self):
        response = self.search(dimension="environment", tag="parkir")
        self.assertCountEqual(
            self.titles(response), ["Pembayaran parkir non-tunai", "Penertiban parkir liar"]
        )
        response = self.search(dimension="society", year="2022")
        self.assertEqual(self.titles(response), ["Penertiban parkir liar"])
        response = self.search(source=str(self.seoul.pk))
        self.assertEqual(self.titles(response), ["Pembayaran parkir non-tunai"])
        response = self.search(adopter=str(self.health.pk), q="keliling")
        self.assertEqual(self.titles(response), ["Perizinan usaha keliling"])

    def test_selected_values_are_removable(self):
        response = self.search(q="perizinan", stage=["tiru", "modifikasi"], status="diterapkan")
        chips = {c["label"]: c["url"] for c in response.context["active_filters"]}
        self.assertEqual(set(chips), {"Tiru", "Modifikasi", "Diterapkan"})
        self.assertEqual(chips["Tiru"], "?q=perizinan&stage=modifikasi&status=diterapkan")
        self.assertContains(
            response, 'href="?q=perizinan&amp;stage=modifikasi&amp;status=diterapkan"', html=False
        )
        removed = self.client.get(SEARCH + chips["Tiru"])
        self.assertEqual(self.titles(removed), [])
        self.assertEqual(self.facet(removed, "stage")["Tiru"], 1)

    def test_agency_link_from_autocomplete_filters_either_role(self):
        response = self.search(agency=str(self.health.pk))
        self.assertCountEqual(
            self.titles(response),
            [
                "Antrean daring puskesmas",
                "Penertiban parkir liar",
                "Perizinan usaha kilat Ambon",
                "Perizinan usaha keliling",
            ],
        )
        chips = [c["label"] for c in response.context["active_filters"]]
        self.assertEqual(chips, ["Dinas Kesehatan (Dinkes)"])

    def test_bad_facet_values_give_a_message_not_an_error(self):
        cases = {
            "stage": "xxx",
            "dimension": "smart-nothing",
            "source": "999999",
            "adopter": "abc",
            "region": "Atlantis",
            "tag": "tidak-ada",
            "year": "20x4",
            "status": "<script>alert(1)</script>",
            "sort": "acak",
        }
        for param, value in cases.items():
            with self.subTest(param=param):
                response = self.search(q="parkir", **{param: value})
                self.assertContains(response, "diabaikan")
                self.assertEqual(len(response.context["problems"]), 1)
                # The bad filter is ignored: the query still finds both parking ideas.
                self.assertEqual(len(self.titles(response)), 2)
                self.assertNotContains(response, "<script>alert(1)</script>")
        response = self.search(q="parkir", year="1" * 5000, page="abc")
        self.assertEqual(len(self.titles(response)), 2)

    def test_a_good_facet_survives_a_bad_one(self):
        response = self.search(q="parkir", stage="xxx", tag="parkir", region="Maluku")
        self.assertEqual(self.titles(response), ["Penertiban parkir liar"])

    # sort

    def test_sort_orders(self):
        relevance = self.titles(self.search(q="perizinan usaha"))
        self.assertEqual(relevance[0], "Perizinan usaha satu pintu")
        newest = self.titles(self.search(q="perizinan usaha", sort="terbaru"))
        self.assertEqual(
            newest,
            [
                "Perizinan usaha keliling",
                "Perizinan usaha kilat Ambon",
                "Perizinan usaha satu pintu",
            ],
        )
        adopted = self.titles(self.search(q="usaha", sort="diadopsi"))
        self.assertEqual(adopted[0], "Perizinan usaha satu pintu")
        self.assertEqual(IdeaPage.objects.get(pk=self.licence.pk).adoption_count, 2)

    def test_sort_links_keep_the_query_and_filters(self):
        response = self.search(q="usaha", stage="tiru")
        links = {link["value"]: link["url"] for link in response.context["sort_links"]}
        self.assertEqual(links["terbaru"], "?q=usaha&stage=tiru&sort=terbaru")

    def test_browsing_without_words_is_newest_first(self):
        response = self.search(stage="amati")
        self.assertEqual(
            self.titles(response),
            [
                "Pelayanan terbit biasa",
                "Skrip <b>tebal</b> pengaduan",
                "Pintu masuk ramah difabel",
                "Penertiban parkir liar",
                "Pembayaran parkir non-tunai",
                "Perizinan usaha satu pintu",
                "Antrean daring puskesmas",
            ],
        )
        links = response.context["sort_links"]
        self.assertEqual([link["value"] for link in links], ["terbaru", "diadopsi"])
        self.assertTrue(links[0]["current"])

    # the public sees only the public

    def test_hidden_pages_never_show(self):
        queries = [*HIDDEN_WORDS, "rahasia", "terbatas", "ditarik", "zirkonum", "kriptonti"]
        for query in queries:
            with self.subTest(query=query):
                response = self.search(q=query)
                text = text_of(response).lower()
                for word in HIDDEN_WORDS:
                    self.assertNotIn(word, text.replace(query, ""))
                self.assertNotIn("suggestion", response.context)
                for hit in response.context.get("hits", []):
                    self.assertTrue(hit["idea"].live)
        response = self.search(q="pelayanan")
        text = text_of(response).lower()
        for word in HIDDEN_WORDS + ["namlea", "badan zirkonium"]:
            self.assertNotIn(word, text)
        self.assertNotIn("Badan Zirkonium Rahasia", str(response.context["facet_groups"]))
        response = self.search(tag="tagzirkon")
        self.assertEqual(len(response.context["problems"]), 1)
        chips = [c["label"] for c in response.context.get("active_filters", [])]
        self.assertNotIn("tagzirkon", chips)

    def test_unpublished_changes_are_not_shown(self):
        response = self.search(q="pelayanan terbit")
        hit = next(h for h in response.context["hits"] if h["idea"] == self.changed)
        self.assertTrue(hit["passage"].startswith("Ringkasan <mark>pelayanan</mark>"))
        self.assertNotIn("tungsten", text_of(response).lower())


class PaginationTests(SearchTestCase):
    @classmethod
    def build(cls):
        for n in range(13):
            make_idea(f"Layanan digital nomor {n}", summary=f"Layanan ke-{n} untuk warga.")

    def test_ten_per_page(self):
        first = self.search(q="layanan")
        self.assertEqual(first.context["result_count"], 13)
        self.assertEqual(len(first.context["hits"]), 10)
        self.assertContains(first, 'href="?q=layanan&amp;page=2"', html=False)
        second = self.search(q="layanan", page="2")
        self.assertEqual(len(second.context["hits"]), 3)
        both = set(self.titles(first)) | set(self.titles(second))
        self.assertEqual(len(both), 13)

    def test_out_of_range_pages_fall_back(self):
        self.assertEqual(len(self.search(q="layanan", page="99").context["hits"]), 3)
        self.assertEqual(len(self.search(q="layanan", page="-1").context["hits"]), 3)
        self.assertEqual(len(self.search(q="layanan", page="x").context["hits"]), 10)


class EngineFailureTests(SearchTestCase):
    @classmethod
    def build(cls):
        cls.idea = make_idea("Antrean daring puskesmas", summary="Nomor antrean lewat ponsel.")
        make_idea("Antrean rahasia", summary="Belum terbit.", publish=False)

    def broken_indexes(self):
        folder = Path(tempfile.mkdtemp(prefix="kb-broken-index-"))
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        # A file where the index folder should be: the index can be neither found nor read.
        (folder / "file").write_text("not an index")
        # A generation whose files are garbage.
        garbled = folder / "garbled" / "wagtailcore.page"
        (garbled / "gen-1").mkdir(parents=True)
        (garbled / "gen-1" / "_MAIN_1.toc").write_bytes(b"\x00garbage")
        (garbled / "current").symlink_to("gen-1")
        return {
            "missing": folder / "never-built",
            "file": folder / "file",
            "garbled": folder / "garbled",
        }

    def test_search_answers_from_the_database_with_a_notice(self):
        for name, path in self.broken_indexes().items():
            with self.subTest(index=name):
                with broken_engine(path), self.assertLogs("search.engine", "ERROR") as logs:
                    response = self.search(q="antrean", stage="amati")
                self.assertIn("Search engine failed", logs.output[0])
                self.assertContains(response, "Mesin pencarian sedang bermasalah")
                self.assertEqual(self.titles(response), ["Antrean daring puskesmas"])
                self.assertNotContains(response, "Antrean rahasia")
                self.assertEqual(self.facet(response, "stage"), {"Amati": 1})
                passage = response.context["hits"][0]["passage"]
                self.assertIn("<mark>antrean</mark>", passage)

    def test_browsing_by_facet_works_too(self):
        with broken_engine(self.broken_indexes()["missing"]), self.assertLogs("search.engine"):
            response = self.search(stage="amati", sort="diadopsi")
        self.assertEqual(self.titles(response), ["Antrean daring puskesmas"])


def test_search_url_is_stable():
    assert reverse("search") == SEARCH
    assert reverse("search_autocomplete") == "/search/autocomplete/"
