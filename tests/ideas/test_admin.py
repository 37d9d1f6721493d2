"""The admin screens authors and leaders use render, with our listings and actions."""

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase

from ideas.models import IdeaPage, StudyTripPage
from tests import factories
from tests.ideas.editor import add_url, edit_url


class AdminScreensTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.author = factories.user("penulis", group="Penulis")
        cls.observed = factories.idea("Pojok baca digital")
        cls.imitated = factories.idea(
            "Pojok baca Ambon",
            "tiru",
            derived_from=cls.observed,
            adopting_agency=factories.agency("Dinas Pendidikan"),
        )

    def test_idea_listing_filters_by_stage(self):
        self.client.force_login(self.leader)
        response = self.client.get(reverse("ideas:index"), {"stage": "tiru"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Pojok baca Ambon")
        self.assertNotContains(response, "Pojok baca digital")

    def test_trip_listing_and_agency_snippets(self):
        factories.trip()
        self.client.force_login(self.leader)
        self.assertContains(self.client.get(reverse("trips:index")), "Studi banding Surabaya")
        response = self.client.get(reverse("wagtailsnippets_ideas_agency:list"))
        self.assertContains(response, "Dinas Pendidikan")

    def test_author_editor_screens(self):
        self.client.force_login(self.author)
        self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)
        self.assertEqual(
            self.client.get(add_url(IdeaPage, factories.idea_index())).status_code, 200
        )
        self.assertEqual(
            self.client.get(add_url(StudyTripPage, factories.trip_index())).status_code, 200
        )

    def test_live_idea_offers_the_adapt_action_in_the_editor(self):
        self.client.force_login(self.leader)
        response = self.client.get(edit_url(self.observed))
        self.assertContains(response, reverse("ideas_adapt", args=[self.observed.pk]))
