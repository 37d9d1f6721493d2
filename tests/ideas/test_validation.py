"""Bad input in the editor: a clear Indonesian message next to the field, nothing saved."""

from wagtail.test.utils import WagtailPageTestCase

from ideas.models import IdeaPage, StudyTripPage
from tests import factories
from tests.ideas.editor import EditorAssertions, add_url, edit_url, idea_form, trip_form


class IdeaEditorValidationTests(EditorAssertions, WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.ambon = factories.agency("Dukcapil")
        cls.source = factories.idea("Antrean daring Surabaya")
        cls.index = factories.idea_index()

    def setUp(self):
        self.client.force_login(self.leader)

    def publish(self, url=None, **fields):
        """Publish an edit; a new idea cannot be published directly, so it is submitted."""
        data = idea_form(**fields)
        action = "action-publish" if url else "action-submit"
        data[action] = action
        return self.client.post(url or add_url(IdeaPage, self.index), data)

    def test_valid_idea_is_submitted_for_review(self):
        response = self.publish()
        self.assertEqual(response.status_code, 302)
        page = IdeaPage.objects.get(slug="antrean-daring-dukcapil")
        self.assertFalse(page.live)
        self.assertTrue(page.workflow_in_progress)

    def test_tiru_without_source_is_refused(self):
        response = self.publish(stage="tiru", adopting_agency=self.ambon.pk)
        self.assertFieldError(response, "derived_from", "wajib menyebutkan ide sumbernya")
        self.assertFalse(IdeaPage.objects.filter(slug="antrean-daring-dukcapil").exists())

    def test_modifikasi_without_source_is_refused_even_as_draft(self):
        data = idea_form(stage="modifikasi", adopting_agency=self.ambon.pk)
        response = self.client.post(add_url(IdeaPage, self.index), data)
        self.assertFieldError(response, "derived_from", "wajib menyebutkan ide sumbernya")
        self.assertFalse(IdeaPage.objects.filter(slug="antrean-daring-dukcapil").exists())

    def test_tiru_without_adopting_agency_is_refused(self):
        response = self.publish(stage="tiru", derived_from=self.source.pk)
        self.assertFieldError(response, "adopting_agency", "perangkat daerah")

    def test_modifikasi_needs_a_modification_to_publish(self):
        response = self.publish(
            stage="modifikasi", derived_from=self.source.pk, adopting_agency=self.ambon.pk
        )
        self.assertFieldError(response, "stage", "minimal satu modifikasi")
        response = self.publish(
            stage="modifikasi",
            derived_from=self.source.pk,
            adopting_agency=self.ambon.pk,
            modifications=[{"what_changed": "Kuota per kelurahan", "reason": "Wilayah kepulauan"}],
        )
        self.assertEqual(response.status_code, 302)
        page = IdeaPage.objects.get(slug="antrean-daring-dukcapil")
        self.assertEqual(page.derived_from, self.source)
        self.assertEqual(page.modifications.get().what_changed, "Kuota per kelurahan")

    def test_ikm_outside_range_is_refused(self):
        for value in ("24.99", "100.01"):
            with self.subTest(value=value):
                response = self.publish(ikm_before=value, ikm_after="80")
                self.assertFieldError(response, "ikm_before", "antara 25,00 dan 100,00")
        self.assertFalse(IdeaPage.objects.filter(slug="antrean-daring-dukcapil").exists())

    def test_budget_min_above_max_is_refused(self):
        response = self.publish(budget_min="200000000", budget_max="50000000")
        self.assertFieldError(response, "budget_max", "tidak boleh lebih kecil")
        self.assertFalse(IdeaPage.objects.filter(slug="antrean-daring-dukcapil").exists())

    def test_cycle_is_refused_and_nothing_changes(self):
        child = factories.idea(
            "Antrean daring Ambon", "tiru", derived_from=self.source, adopting_agency=self.ambon
        )
        response = self.publish(
            url=edit_url(self.source),
            title=self.source.title,
            slug=self.source.slug,
            stage="tiru",
            derived_from=child.pk,
            adopting_agency=self.ambon.pk,
        )
        self.assertFieldError(response, "derived_from", "silsilah akan berputar")
        self.source.refresh_from_db()
        self.assertIsNone(self.source.derived_from_id)
        self.assertEqual(self.source.stage, "amati")
        self.assertFalse(self.source.has_unpublished_changes)

    def test_self_derivation_is_refused(self):
        response = self.publish(
            url=edit_url(self.source),
            title=self.source.title,
            slug=self.source.slug,
            stage="tiru",
            derived_from=self.source.pk,
            adopting_agency=self.ambon.pk,
        )
        self.assertFieldError(response, "derived_from", "silsilah akan berputar")


class TripEditorValidationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def test_end_date_before_start_date_is_refused(self):
        self.client.force_login(self.leader)
        data = trip_form(start_date="2024-03-06", end_date="2024-03-04")
        data["action-publish"] = "action-publish"
        response = self.client.post(add_url(StudyTripPage, factories.trip_index()), data)
        self.assertEqual(response.status_code, 200)
        self.assertIn(
            "sebelum tanggal mulai", " ".join(response.context["form"].errors["end_date"])
        )
        self.assertFalse(StudyTripPage.objects.exists())

    def test_valid_trip_is_published(self):
        self.client.force_login(self.leader)
        data = trip_form()
        data["action-publish"] = "action-publish"
        response = self.client.post(add_url(StudyTripPage, factories.trip_index()), data)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(StudyTripPage.objects.get().live)
