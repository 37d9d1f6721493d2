"""Page titles are single-line: a CR/LF would break every notification email about the page."""

from django.core import mail
from wagtail.test.utils import WagtailPageTestCase

from ideas.models import IdeaPage
from tests import factories
from tests.ideas.editor import add_url, edit_url, idea_form, trip_form

FORGED = "Antrean daring\r\nBcc: semua@example.org\n\tDukcapil"


class SingleLineTitleTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def test_a_forged_title_is_saved_on_one_line_and_the_leaders_are_still_emailed(self):
        self.client.force_login(self.author)
        data = idea_form(title=FORGED)
        data["action-submit"] = "action-submit"
        mail.outbox.clear()
        response = self.client.post(add_url(IdeaPage, factories.idea_index()), data)
        self.assertEqual(response.status_code, 302)
        page = IdeaPage.objects.get(slug="antrean-daring-dukcapil")
        expected = "Antrean daring Bcc: semua@example.org Dukcapil"
        self.assertEqual(page.title, expected)
        self.assertEqual(page.draft_title, expected)
        self.assertEqual(page.get_latest_revision().content["title"], expected)
        self.assertTrue(page.workflow_in_progress)
        to_leader = [m for m in mail.outbox if self.leader.email in m.to]
        self.assertEqual(len(to_leader), 1, "the leader is told of the proposal")
        self.assertNotIn("\n", to_leader[0].subject)
        self.assertNotIn("semua@example.org", to_leader[0].bcc)

    def test_an_edit_and_a_trip_title_are_single_line_too(self):
        idea = factories.idea("Milik penulis", publish=False, owner=self.author)
        self.client.force_login(self.author)
        response = self.client.post(
            edit_url(idea), idea_form(title="Baris satu\nbaris dua", slug=idea.slug)
        )
        self.assertEqual(response.status_code, 302)
        idea.refresh_from_db()
        self.assertEqual(idea.draft_title, "Baris satu baris dua")

        self.client.force_login(self.leader)
        from ideas.models import StudyTripPage

        self.client.post(
            add_url(StudyTripPage, factories.trip_index()),
            trip_form(title="Studi\r\nbanding", seo_title="SEO\nrusak"),
        )
        trip = StudyTripPage.objects.get(slug="studi-banding-banyuwangi")
        self.assertEqual((trip.title, trip.seo_title), ("Studi banding", "SEO rusak"))
