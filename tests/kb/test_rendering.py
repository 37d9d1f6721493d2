"""The public pages render with the demo content, and filter input is handled."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.html import escape
from wagtail.test.utils import WagtailPageTestCase

from ideas.models import IdeaPage, StudyTripPage


class DemoSiteRenderingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", password="demo-uji-123", stdout=StringIO())
        cls.popular = max(IdeaPage.objects.live(), key=lambda i: i.adoption_count)
        cls.deep = next(i for i in IdeaPage.objects.live() if len(i.source_chain) >= 2)

    def test_home_page(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'name="q"')
        self.assertContains(response, "Amati")
        self.assertContains(response, "Modifikasi")
        self.assertContains(response, "Smart Environment")
        self.assertContains(response, self.popular.title)
        self.assertEqual(response.context["idea_total"], IdeaPage.objects.live().public().count())

    def test_home_page_counts_internal_ideas_only_for_their_readers(self):
        self.client.force_login(get_user_model().objects.get(username="pembaca"))
        response = self.client.get("/")
        self.assertEqual(response.context["idea_total"], IdeaPage.objects.live().count())
        self.assertGreater(
            IdeaPage.objects.live().count(), IdeaPage.objects.live().public().count()
        )

    def test_idea_page_shows_lineage_both_ways(self):
        response = self.client.get(self.deep.url)
        self.assertEqual(response.status_code, 200)
        for link in self.deep.source_chain:
            self.assertContains(response, link.idea.title)
        response = self.client.get(self.popular.url)
        for node in self.popular.adoption_tree:
            self.assertContains(response, node.idea.title)
            self.assertContains(response, node.idea.adopting_agency.name)

    def test_illustrative_entries_say_so(self):
        self.assertContains(self.client.get(self.deep.url), "ilustratif")

    def test_trip_page_lists_its_ideas(self):
        trip = next(t for t in StudyTripPage.objects.live() if t.public_ideas().exists())
        response = self.client.get(trip.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, trip.public_ideas().first().title)
        self.assertEqual(self.client.get("/studi-banding/").status_code, 200)

    def test_idea_index_filters(self):
        response = self.client.get("/ide/", {"stage": "modifikasi"})
        self.assertEqual(response.status_code, 200)
        shown = list(response.context["ideas"])
        self.assertTrue(shown)
        self.assertTrue(all(i.stage == "modifikasi" for i in shown))
        response = self.client.get("/ide/", {"dimension": "environment"})
        self.assertTrue(
            all(
                "environment" in [d.slug for d in i.dimensions.all()]
                for i in response.context["ideas"]
            )
        )

    def test_bad_filter_values_get_a_message_not_an_error(self):
        response = self.client.get("/ide/", {"stage": "<script>x</script>", "page": "zzz"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("stage", response.context["filters"].errors)
        self.assertNotContains(response, "<script>x</script>")
        message = response.context["filters"].errors["stage"][0]
        self.assertIn("valid", message)
        self.assertContains(response, escape(message))
