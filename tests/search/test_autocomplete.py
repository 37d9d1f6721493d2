"""/search/autocomplete/: titles, tags and agencies of live public ideas, as JSON."""

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.search import engines
from tests.search import test_search_page as page_tests

pytestmark = pytest.mark.engines

URL = "/search/autocomplete/"


class AutocompleteTests(page_tests.SearchTestCase):
    @classmethod
    def build(cls):
        cls.health = factories.agency("Dinas Kesehatan", city="Ambon", province="Maluku")
        cls.queue = page_tests.make_idea(
            "Antrean daring puskesmas",
            summary="Nomor antrean lewat ponsel.",
            tags=["kesehatan", "antrean"],
            source_agency=cls.health,
        )
        page_tests.make_idea(
            "Kesiapsiagaan bencana sekolah",
            summary="Latihan evakuasi rutin.",
            tags=["tagpublik"],
        )
        page_tests.make_idea("Café <b>kopi</b> & UMKM", summary="Kedai binaan.")
        for n in range(12):
            page_tests.make_idea(f"Layanan keliling nomor {n}", summary="Layanan di desa.")
        page_tests.hide_pages()

    def complete(self, q):
        response = self.client.get(URL, {"q": q})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json; charset=utf-8")
        self.assertEqual(response["X-Robots-Tag"], "noindex")
        return response, json.loads(response.content)

    def labels(self, q, kind=None):
        _response, data = self.complete(q)
        return [s["label"] for s in data["suggestions"] if kind in (None, s["kind"])]

    def test_titles_by_prefix(self):
        _response, data = self.complete("antr")
        self.assertEqual(data["query"], "antr")
        self.assertIn(
            {
                "label": "Antrean daring puskesmas",
                "url": "/ide/antrean-daring-puskesmas/",
                "kind": "ide",
            },
            data["suggestions"],
        )
        self.assertEqual(self.labels("daring pusk", "ide"), ["Antrean daring puskesmas"])

    def test_prefixes_are_not_stemmed_and_accents_fold(self):
        # "pelayanan" stems to "layan": a piece of a word is not a prefix of it.
        self.assertEqual(self.labels("ayan"), [])
        cafe = ["Café <b>kopi</b> & UMKM"] if engines.folds_accents() else []
        self.assertEqual(self.labels("cafe", "ide"), cafe)

    def test_a_whole_word_finds_its_other_forms(self):
        if not engines.stems():
            # Expected on Wagtail's database backend: prefixes of the words as written only.
            self.assertEqual(self.labels("mengantre", "ide"), [])
            self.assertEqual(self.labels("sehat", "tag"), [])
            return
        self.assertEqual(self.labels("mengantre", "ide"), ["Antrean daring puskesmas"])
        self.assertEqual(self.labels("sehat", "tag"), ["kesehatan"])

    def test_tags_link_to_the_tag_facet(self):
        _response, data = self.complete("keseh")
        tag = next(s for s in data["suggestions"] if s["kind"] == "tag")
        self.assertEqual(
            tag, {"label": "kesehatan", "url": "/search/?tag=kesehatan", "kind": "tag"}
        )
        response = self.client.get(tag["url"])
        self.assertEqual(
            [hit["idea"].title for hit in response.context["hits"]], ["Antrean daring puskesmas"]
        )

    def test_agencies_link_to_their_ideas(self):
        _response, data = self.complete("dinas kes")
        agency = next(s for s in data["suggestions"] if s["kind"] == "instansi")
        self.assertEqual(agency["label"], "Dinas Kesehatan (Dinas Keseha)")
        self.assertEqual(agency["url"], f"/search/?agency={self.health.pk}")
        response = self.client.get(agency["url"])
        self.assertEqual(
            [hit["idea"].title for hit in response.context["hits"]], ["Antrean daring puskesmas"]
        )

    def test_at_most_eight(self):
        labels = self.labels("layanan kel")
        self.assertEqual(len(labels), 8)
        self.assertTrue(all(label.startswith("Layanan keliling") for label in labels))

    def test_short_or_empty_queries_suggest_nothing(self):
        for q in ["", "a", " ", "-", "*", '"']:
            with self.subTest(q=q):
                self.assertEqual(self.complete(q)[1]["suggestions"], [])

    def test_nothing_typed_comes_back_as_markup(self):
        response, data = self.complete("<script>alert(1)</script> caf")
        body = response.content.decode()
        self.assertNotIn("<", body)
        self.assertNotIn(">", body)
        self.assertEqual(data["query"], "<script>alert(1)</script> caf")
        response, data = self.complete("café")
        self.assertNotIn("<b>", response.content.decode())
        self.assertEqual(data["suggestions"][0]["label"], "Café <b>kopi</b> & UMKM")

    def test_hidden_pages_tags_and_agencies_never_appear(self):
        self.assertIn("tagpublik", self.labels("tag", "tag"))
        probes = ["tag", "zirk", "kript", "molib", "tungs", "tagz", "tagk", "tagw", "badan zir"]
        probes += ["pelayanan", "rahasia", "namlea"]
        for q in probes:
            with self.subTest(q=q):
                suggestions = json.dumps(self.complete(q)[1]["suggestions"]).lower()
                for word in [*page_tests.HIDDEN_WORDS, "badan zirkonium", "namlea"]:
                    self.assertNotIn(word, suggestions)

    def test_one_engine_query_and_a_few_lookups(self):
        self.complete("kes")  # warm caches (site root paths)
        with CaptureQueriesContext(connection) as queries:
            self.complete("kes")
        # View restrictions (public()), the hits, their tags, their agencies, the site (URLs).
        self.assertLessEqual(len(queries), 5, [q["sql"][:200] for q in queries])

    def test_the_search_box_is_a_plain_form_that_script_enhances(self):
        html = self.client.get("/search/").content.decode()
        self.assertIn('action="/search/"', html)
        self.assertIn('method="get"', html)
        self.assertIn('name="q"', html)
        self.assertIn('data-autocomplete-url="/search/autocomplete/"', html)
        self.assertIn('src="/static/search/autocomplete.js" defer', html)
        self.assertIn('href="/static/search/autocomplete.css"', html)
        script = Path(finders.find("search/autocomplete.js")).read_text()
        # Suggestions are inserted as text, never as markup; the listbox is announced.
        self.assertNotIn("innerHTML", script)
        for needle in ['"combobox"', '"listbox"', '"option"', "aria-activedescendant"]:
            self.assertIn(needle, script)


class AutocompleteFailureTests(page_tests.SearchTestCase):
    @classmethod
    def build(cls):
        page_tests.make_idea("Antrean daring puskesmas")
        page_tests.make_idea("Antrean rahasia", publish=False)

    def test_answers_from_the_database_when_the_index_is_unreadable(self):
        folder = Path(tempfile.mkdtemp(prefix="kb-broken-index-"))
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        (folder / "index").write_text("not an index")
        with (
            page_tests.broken_engine(folder / "index"),
            self.assertLogs("search.engine", level="ERROR"),
        ):
            response = self.client.get(URL, {"q": "antre"})
        self.assertEqual(response.status_code, 200)
        labels = [s["label"] for s in json.loads(response.content)["suggestions"]]
        self.assertEqual(labels, ["Antrean daring puskesmas"])
