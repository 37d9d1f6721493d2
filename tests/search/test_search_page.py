from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase

from search.views import search_terms
from tests import factories

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


class SearchPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.live = factories.idea("Antrean daring puskesmas", summary="Nomor antrean lewat ponsel.")
        cls.draft = factories.idea("Antrean rahasia", publish=False)

    def test_finds_live_ideas_only_and_is_not_indexed(self):
        response = self.client.get(reverse("search"), {"q": "antrean"})
        self.assertContains(response, "Antrean daring puskesmas")
        self.assertNotContains(response, "Antrean rahasia")
        self.assertContains(response, '<meta name="robots" content="noindex">', html=False)

    def test_any_query_gives_results_or_an_empty_state(self):
        for query in HOSTILE:
            with self.subTest(query=query[:30]):
                response = self.client.get(reverse("search"), {"q": query})
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "<script>alert(1)</script>")

    def test_query_syntax_is_plain_words(self):
        self.assertEqual(search_terms('"izin" (usaha) AND-x*'), "izin usaha AND x")
        self.assertEqual(search_terms("!!!"), "")
