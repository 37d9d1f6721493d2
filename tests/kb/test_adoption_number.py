"""One adoption number, one wording: the home page, the search results, the idea list and the
idea page all say "Diadopsi N kali" with N = adoption_count, every public adopter (direct or
through another adopter); the idea page adds how many adopted it directly."""

import html
import re

from django.test import TestCase

from ideas.choices import Stage
from tests import factories


def adoption_labels(response):
    """The texts of the elements that state an adoption count."""
    text = html.unescape(response.content.decode())
    return re.findall(r'class="[^"]*adoption-count[^"]*"[^>]*>\s*([^<]+?)\s*<', text)


class OneAdoptionNumberTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        adopter = factories.agency("Dukcapil Ambon")
        cls.original = factories.idea("Klampid asli", summary="Akta kelahiran daring.")

        def adopt(title, source, stage=Stage.TIRU, **fields):
            return factories.idea(
                title, stage, derived_from=source, adopting_agency=adopter, **fields
            )

        direct = [adopt(f"Tiru langsung {n}", cls.original) for n in range(3)]
        second = adopt("Modifikasi tingkat dua", direct[0], Stage.MODIFIKASI)
        adopt("Modifikasi tingkat tiga", second, Stage.MODIFIKASI)
        adopt("Draf tiru", cls.original, publish=False)
        cls.original.refresh_from_db()

    def test_the_stored_count_is_every_public_adopter(self):
        self.assertEqual(self.original.adoption_count, 5)

    def test_home_page(self):
        response = self.client.get("/")
        self.assertEqual(response.context["most_adopted"][0], self.original)
        self.assertIn("Diadopsi 5 kali", adoption_labels(response))
        self.assertContains(response, "5×")
        self.assertNotContains(response, "langsung 3")

    def test_search_results(self):
        response = self.client.get("/search/", {"q": "klampid"})
        self.assertEqual(adoption_labels(response), ["Diadopsi 5 kali"])

    def test_idea_list(self):
        self.assertIn("Diadopsi 5 kali", adoption_labels(self.client.get("/ide/")))

    def test_idea_page_with_the_direct_count_as_detail(self):
        response = self.client.get(self.original.url)
        self.assertEqual(adoption_labels(response), ["Diadopsi 5 kali", "Diadopsi 5 kali"])
        self.assertContains(response, "3 di antaranya meniru langsung dari ide ini.")
