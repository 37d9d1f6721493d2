"""The Wagtail admin's own page search runs on the configured engine (drafts included)."""

import pytest
from django.test import TestCase
from django.urls import reverse

from tests import factories
from tests.search import engines

pytestmark = pytest.mark.engines


class AdminPageSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = factories.user("admin", is_superuser=True, is_staff=True)
        cls.idea = factories.idea(
            "Pelayanan perizinan daring", summary="Izin usaha lewat aplikasi."
        )
        cls.draft = factories.idea("Antrean puskesmas", publish=False)

    def setUp(self):
        self.client.force_login(self.admin)

    def search(self, words):
        response = self.client.get(reverse("wagtailadmin_pages:search"), {"q": words})
        self.assertEqual(response.status_code, 200)
        return [page.specific for page in response.context["pages"]]

    def test_other_word_forms_find_the_page(self):
        found = self.search("melayani izin")
        if engines.stems():
            self.assertIn(self.idea, found)
        else:
            # Expected on Wagtail's database backend: the words as written only.
            self.assertNotIn(self.idea, found)
            self.assertIn(self.idea, self.search("pelayanan perizinan"))

    def test_editors_find_drafts(self):
        self.assertIn(self.draft, self.search("antrean"))
        # A spelling variant finds it where the engine knows the variants.
        self.assertEqual(self.draft in self.search("antrian"), engines.stems())
