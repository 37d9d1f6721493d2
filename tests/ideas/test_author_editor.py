"""The author's editor: a new idea never stops on its slug, shows only what applies to it,
and a study trip opens a prefilled Amati."""

import datetime

from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase

from ideas.models import IdeaPage, StudyTripPage
from tests import factories
from tests.ideas.editor import add_url, edit_url, idea_form, trip_form


class NewPageSlugTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")

    def setUp(self):
        self.client.force_login(self.author)

    def test_a_second_idea_with_a_taken_slug_gets_a_number(self):
        factories.idea("Antrean daring Dukcapil", publish=False)  # an earlier, forgotten draft
        response = self.client.post(add_url(IdeaPage, factories.idea_index()), idea_form())
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            sorted(IdeaPage.objects.values_list("slug", flat=True)),
            ["antrean-daring-dukcapil", "antrean-daring-dukcapil-2"],
        )

    def test_the_editor_does_not_autosave(self):
        """Wagtail 8.0's autosave duplicates new inline children (see kb/settings/base.py)."""
        for url in (
            add_url(IdeaPage, factories.idea_index()),
            edit_url(factories.idea("Parkir", owner=self.author)),
        ):
            response = self.client.get(url)
            self.assertContains(response, 'id="page-edit-form"')
            self.assertNotContains(response, "w-autosave#save")
            self.assertNotContains(response, "data-w-autosave-interval-value")

    def test_a_draft_needs_no_dimension_yet(self):
        response = self.client.post(
            add_url(IdeaPage, factories.idea_index()), idea_form(dimensions=[])
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(IdeaPage.objects.get().dimensions.count(), 0)

    def test_a_new_trip_with_a_taken_slug_gets_a_number(self):
        factories.trip("Studi banding Banyuwangi")
        response = self.client.post(add_url(StudyTripPage, factories.trip_index()), trip_form())
        self.assertEqual(response.status_code, 302)
        self.assertTrue(StudyTripPage.objects.filter(slug="studi-banding-banyuwangi-2").exists())

    def test_an_existing_idea_still_refuses_a_taken_slug(self):
        factories.idea("Antrean daring Dukcapil")
        other = factories.idea("Parkir daring", owner=self.author)
        response = self.client.post(edit_url(other), idea_form(title="Parkir daring"))
        self.assertEqual(response.status_code, 200)
        self.assertIn("slug", response.context["form"].errors)

    def test_publishing_still_needs_a_dimension(self):
        response = self.client.post(
            add_url(IdeaPage, factories.idea_index()),
            {**idea_form(dimensions=[]), "action-submit": "1"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("dimensions", response.context["form"].errors)
        self.assertFalse(IdeaPage.objects.exists())


class StatusChangePanelTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")

    def setUp(self):
        self.client.force_login(self.author)

    def test_a_new_idea_has_no_status_change_group(self):
        response = self.client.get(add_url(IdeaPage, factories.idea_index()))
        self.assertContains(response, 'name="status"')
        for name in ("stop_reason", "stop_detail", "status_note"):
            self.assertNotContains(response, f'name="{name}"')
        self.assertNotContains(response, "Riwayat status")

    def test_a_new_idea_set_as_stopped_shows_why_next_to_the_fields(self):
        response = self.client.post(
            add_url(IdeaPage, factories.idea_index()),
            {**idea_form(status="dihentikan"), "action-submit": "1"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("stop_reason", response.context["form"].errors)
        self.assertContains(response, 'name="stop_reason"')

    def test_an_existing_idea_has_it(self):
        idea = factories.idea("Antrean daring", owner=self.author)
        response = self.client.get(edit_url(idea))
        for name in ("stop_reason", "stop_detail", "status_note"):
            self.assertContains(response, f'name="{name}"')
        self.assertContains(response, "Riwayat status")


class ObserveOnTripTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.reader = factories.user("pembaca", group="Pembaca")
        cls.host = factories.agency("DPMPTSP Kota Surabaya", city="Surabaya", acronym="DPMPTSP")
        cls.trip = factories.trip(destination_province="Jawa Timur", owner=cls.author)
        cls.trip.host_agencies.set([cls.host])
        cls.trip.save_revision().publish()
        cls.url = reverse("ideas_observe", args=[cls.trip.pk])

    def test_public_trip_page_offers_it_to_authors_only(self):
        self.assertNotContains(self.client.get(self.trip.url), "Catat ide yang diamati di sini")
        self.client.force_login(self.reader)
        self.assertNotContains(self.client.get(self.trip.url), "Catat ide yang diamati di sini")
        self.client.force_login(self.author)
        response = self.client.get(self.trip.url)
        self.assertContains(response, "Catat ide yang diamati di sini")
        self.assertContains(response, f'href="{self.url}"')

    def test_admin_trip_header_offers_it(self):
        self.client.force_login(self.author)
        self.assertContains(self.client.get(edit_url(self.trip)), self.url)

    def test_editor_opens_prefilled_and_saving_creates_the_amati(self):
        self.client.force_login(self.author)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertEqual(form["stage"].value(), "amati")
        self.assertEqual(form["study_trip"].value(), self.trip.pk)
        self.assertEqual(form["origin_place"].value(), "Surabaya, Jawa Timur")
        self.assertEqual(form["observed_on"].value(), datetime.date(2024, 5, 6))
        self.assertEqual(form["source_agency"].value(), self.host.pk)
        self.assertEqual(IdeaPage.objects.count(), 0, "nothing exists before the author saves")
        data = idea_form(
            study_trip=self.trip.pk,
            origin_place="Surabaya, Jawa Timur",
            observed_on="2024-05-06",
            source_agency=self.host.pk,
        )
        response = self.client.post(add_url(IdeaPage, factories.idea_index()), data)
        self.assertEqual(response.status_code, 302)
        idea = IdeaPage.objects.get()
        self.assertEqual((idea.study_trip, idea.source_agency), (self.trip, self.host))

    def test_a_reader_may_not_open_it(self):
        self.client.force_login(self.reader)
        response = self.client.get(self.url)
        self.assertNotEqual(response.status_code, 200)
        self.assertEqual(IdeaPage.objects.count(), 0)

    def test_a_draft_trip_is_not_found(self):
        draft = StudyTripPage(
            title="Belum terbit",
            destination_city="Makassar",
            start_date=datetime.date(2024, 1, 1),
            end_date=datetime.date(2024, 1, 2),
            purpose="Rahasia.",
            live=False,
        )
        factories.trip_index().add_child(instance=draft)
        self.client.force_login(self.author)
        response = self.client.get(reverse("ideas_observe", args=[draft.pk]))
        self.assertEqual(response.status_code, 404)
