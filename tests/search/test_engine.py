"""search/engine.py on a backend that lacks what Whoosh has: Wagtail's database backend.

It has no spelling suggestions, no more-like-this, no stemming of Indonesian, and counts
facets only on real columns. Every page still answers 200, with the documented fallback: facets
counted by the database over the engine's matches, similar ideas from an OR query of the idea's
characteristic words, no suggestion, whole words highlighted.
"""

import datetime
import json

from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from wagtail.models import PageViewRestriction

from ideas.choices import Stage, Status
from ideas.duplicates import idea_words, similar_ideas
from search.engine import SearchEngine, characteristic_words
from search.forms import live_ideas
from search.query import parse
from tests import factories

from .test_search_page import SearchTestCase, make_idea

DATABASE = {"default": {"BACKEND": "wagtail.search.backends.database"}}
QUEUE = (
    "Warga mengambil nomor antrean layanan lewat ponsel, memantau giliran dari rumah, "
    "dan datang ke loket saat gilirannya hampir tiba."
)


@override_settings(WAGTAILSEARCH_BACKENDS=DATABASE)
class DatabaseBackendTests(SearchTestCase):
    @classmethod
    def build(cls):
        t0 = datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC)
        cls.health = factories.agency(
            "Dinas Kesehatan", city="Ambon", province="Maluku", acronym="Dinkes"
        )
        cls.seoul = factories.agency(
            "Seoul Metropolitan Government", city="Seoul", country="Korea Selatan", acronym="SMG"
        )
        cls.queue = make_idea(
            "Antrean daring puskesmas",
            summary=QUEUE,
            tags=["antrean", "kesehatan"],
            dimensions=("living", "governance"),
            source_agency=cls.health,
            observed_on=datetime.date(2021, 3, 1),
            status=Status.TRIAL,
            first_published_at=t0,
        )
        cls.kecamatan = make_idea(
            "Antrean daring kantor kecamatan",
            Stage.TIRU,
            derived_from=cls.queue,
            summary=QUEUE,
            tags=["antrean"],
            source_agency=cls.seoul,
            adopting_agency=cls.health,
            observed_on=datetime.date(2023, 5, 1),
            status=Status.IMPLEMENTED,
            first_published_at=t0 + datetime.timedelta(days=1),
        )
        cls.unrelated = make_idea(
            "Bank sampah sekolah",
            summary="Murid menabung sampah plastik yang dipilah setiap Jumat.",
            tags=["sampah"],
            dimensions=("environment",),
        )
        cls.service = make_idea(
            "Pelayanan perizinan terpadu",
            summary="Izin usaha dilayani di satu loket.",
            dimensions=("economy",),
        )
        cls.draft = make_idea("Antrean daring rumah sakit (draf)", summary=QUEUE, publish=False)
        cls.private = make_idea("Antrean daring pegawai (khusus)", summary=QUEUE)
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.LOGIN
        )
        cls.author = factories.user("penulis", group="Penulis")

    def test_the_engine_is_the_database_backend_lacking_what_whoosh_has(self):
        engine = SearchEngine()
        self.assertIn(".database.", type(engine.backend).__module__)
        self.assertFalse(hasattr(engine.backend, "suggest"))
        self.assertFalse(hasattr(engine.backend, "more_like_this"))
        self.assertFalse(engine.stems)

    # the search page

    def test_every_facet_is_counted_without_the_engine_notice(self):
        response = self.search(q="antrean")
        self.assertIsNone(response.context["search_notice"])
        self.assertNotContains(response, "Mesin pencarian sedang bermasalah")
        self.assertCountEqual(
            self.titles(response), ["Antrean daring puskesmas", "Antrean daring kantor kecamatan"]
        )
        self.assertEqual(
            self.facet(response, "dimension"), {"Smart Living": 1, "Smart Governance": 2}
        )
        self.assertEqual(self.facet(response, "tag"), {"antrean": 2, "kesehatan": 1})
        self.assertEqual(
            self.facet(response, "source"),
            {"Dinas Kesehatan (Dinkes)": 1, "Seoul Metropolitan Government (SMG)": 1},
        )
        self.assertEqual(self.facet(response, "adopter"), {"Dinas Kesehatan (Dinkes)": 1})
        self.assertEqual(self.facet(response, "region"), {"Maluku": 1, "Korea Selatan": 1})
        self.assertEqual(self.facet(response, "year"), {"2021": 1, "2023": 1})
        self.assertEqual(self.facet(response, "stage"), {"Amati": 1, "Tiru": 1})
        self.assertEqual(self.facet(response, "status"), {"Uji coba": 1, "Diterapkan": 1})

    def test_a_selected_facet_still_counts_its_other_values(self):
        response = self.search(q="antrean", tag="kesehatan", dimension="governance")
        self.assertIsNone(response.context["search_notice"])
        self.assertEqual(self.titles(response), ["Antrean daring puskesmas"])
        self.assertEqual(self.facet(response, "tag"), {"antrean": 2, "kesehatan": 1})
        self.assertEqual(
            self.facet(response, "dimension"), {"Smart Living": 1, "Smart Governance": 1}
        )
        browse = self.search(dimension="environment")
        self.assertEqual(self.titles(browse), ["Bank sampah sekolah"])
        self.assertEqual(self.facet(browse, "tag"), {"sampah": 1})

    def test_facets_count_every_match_not_only_the_page_shown(self):
        results = SearchEngine().run(live_ideas(), parse("antrean"), "and", None)
        counts = SearchEngine().facet(results[:1], "dimension_slugs", "dimensions__slug")
        self.assertEqual(dict(counts), {"governance": 2, "living": 1})

    def test_no_spelling_suggestion_is_shown(self):
        response = self.search(q="antraen")
        self.assertEqual(response.context["result_count"], 0)
        self.assertNotIn("suggestion", response.context)
        self.assertNotContains(response, "Maksud Anda:")
        self.assertIsNone(response.context["search_notice"])

    def test_whole_words_are_highlighted_as_the_engine_matched_them(self):
        response = self.search(q="layanan")
        hit = next(h for h in response.context["hits"] if h["idea"] == self.queue)
        self.assertIn("antrean <mark>layanan</mark> lewat", hit["passage"])
        # The database backend does not stem: "pelayanan" neither matches nor is marked.
        self.assertNotIn(self.service, [h["idea"] for h in response.context["hits"]])
        self.assertNotContains(response, "<mark>Pelayanan</mark>", html=False)
        title = self.search(q="ANTREAN puskesmas").context["hits"][0]["title"]
        self.assertEqual(str(title), "<mark>Antrean</mark> daring <mark>puskesmas</mark>")

    def test_hidden_ideas_are_not_found(self):
        response = self.search(q="antrean daring")
        for hidden in (self.draft, self.private):
            self.assertNotContains(response, hidden.title)

    # similar ideas: an OR query of the idea's characteristic words

    def test_idea_page_shows_similar_ideas_from_its_words(self):
        response = self.client.get(self.queue.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Ide serupa")
        similar = response.context["similar_ideas"]
        self.assertEqual(similar[0], self.kecamatan)
        self.assertNotIn(self.queue, similar)
        self.assertNotIn(self.unrelated, similar)
        for hidden in (self.draft, self.private):
            self.assertNotIn(hidden, similar)
            self.assertNotContains(response, hidden.title)

    def test_similar_ideas_never_include_the_idea_itself(self):
        found = similar_ideas(self.kecamatan)
        self.assertEqual(found[0], self.queue)
        self.assertNotIn(self.kecamatan, found)
        self.assertEqual(similar_ideas(self.kecamatan, limit=1), [self.queue])

    def test_an_idea_without_words_has_no_similar_ideas(self):
        page = make_idea("Kota", summary="Kota kabupaten.")
        self.assertEqual(idea_words(page), [])
        self.assertEqual(similar_ideas(page), [])

    # authors and autocomplete

    def test_the_duplicates_endpoint_lists_candidates(self):
        self.client.force_login(self.author)
        response = self.client.get(
            reverse("ideas_duplicates"), {"title": "Antrean daring puskesmas kecamatan"}
        )
        self.assertEqual(response.status_code, 200)
        titles = [r["title"] for r in response.json()["results"]]
        self.assertIn("Antrean daring puskesmas", titles)
        self.assertIn("Antrean daring kantor kecamatan", titles)
        self.assertNotIn("Bank sampah sekolah", titles)
        self.assertNotIn(self.draft.title, titles)
        excluded = self.client.get(
            reverse("ideas_duplicates"),
            {"title": "Antrean daring puskesmas", "exclude": str(self.queue.pk)},
        )
        self.assertNotIn(self.queue.pk, [r["id"] for r in excluded.json()["results"]])

    def test_autocomplete_finds_titles_by_prefix(self):
        for typed in ("antr", "antrean dar", "daring kant"):
            with self.subTest(typed=typed):
                response = self.client.get(reverse("search_autocomplete"), {"q": typed})
                self.assertEqual(response.status_code, 200)
                labels = [s["label"] for s in json.loads(response.content)["suggestions"]]
                self.assertIn("Antrean daring kantor kecamatan", labels)
                self.assertNotIn(self.draft.title, labels)
                self.assertNotIn(self.private.title, labels)


def test_characteristic_words_weigh_where_words_stand():
    words = characteristic_words(
        [("Antrean daring", 3), ("antrian", 2), ("Warga antre di loket, loket, loket.", 1)],
        ignored={"warga"},
        limit=3,
    )
    # "antrean", "antrian" and "antre" are one term (3 + 2 + 1), each form sent as written;
    # then "daring" (3) and "loket" (3 times 1); "warga" is ignored, "di" a stop word.
    assert words == ["antrean", "antrian", "antre", "daring", "loket"]
    assert characteristic_words([("Warga antre di loket, loket, loket.", 1)], limit=1) == ["loket"]


class EngineThatCannotStartTests(SearchTestCase):
    """A backend that cannot even be set up (a missing client library, say) is an engine
    failure like any other: every page answers, from the database where it can."""

    NOWHERE = {"default": {"BACKEND": "search.backends.nowhere"}}

    @classmethod
    def build(cls):
        cls.queue = make_idea("Antrean daring puskesmas", summary=QUEUE)
        cls.other = make_idea("Antrean daring kecamatan", summary=QUEUE)

    def test_every_page_still_answers(self):
        with override_settings(WAGTAILSEARCH_BACKENDS=self.NOWHERE):
            with self.assertLogs("search.engine", "ERROR"):
                response = self.search(q="antrean")
            self.assertContains(response, "Mesin pencarian sedang bermasalah")
            self.assertEqual(len(self.titles(response)), 2)
            with self.assertLogs("search.engine", "ERROR"):
                page = self.client.get(self.queue.url)
            self.assertEqual(page.status_code, 200)
            self.assertNotContains(page, "Ide serupa")
            with self.assertLogs("search.engine", "ERROR"):
                typed = self.client.get(reverse("search_autocomplete"), {"q": "antrean"})
            labels = [s["label"] for s in json.loads(typed.content)["suggestions"]]
            self.assertCountEqual(labels, ["Antrean daring puskesmas", "Antrean daring kecamatan"])


@override_settings(
    WAGTAILSEARCH_BACKENDS={
        "default": {"BACKEND": "search.backends.whoosh", "PATH": settings.SEARCH_INDEX_DIR}
    }
)
class CountedFromTheMatchesTests(SearchTestCase):
    """A facet the engine cannot count, on results that cannot give their queryset (Whoosh's),
    is counted by the database over the pks of all the matches."""

    @classmethod
    def build(cls):
        make_idea("Antrean daring puskesmas", dimensions=("living", "governance"))
        make_idea("Antrean daring kecamatan")
        make_idea("Bank sampah sekolah", dimensions=("environment",))

    def test_counts_every_match(self):
        engine = SearchEngine()
        results = engine.run(live_ideas(), parse("antrean"), "and", None)
        self.assertFalse(hasattr(results, "get_queryset"))
        counts = engine.facet(results[:1], "no_such_field", "dimensions__slug")
        self.assertEqual(dict(counts), {"governance": 2, "living": 1})
