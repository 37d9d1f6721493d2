"""Lists and search results say why a stopped idea stopped, and which ideas need verifying."""

import datetime

from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from tests import factories

STOPPED = "badge--stopped"
STALE = "badge--stale"


class ListingBadgeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        today = timezone.localdate()
        cls.stopped = factories.idea(
            "Voucer angkot botol plastik",
            status="dihentikan",
            stop_reason="anggaran",
            stop_detail="Pencairan terlambat.",
            last_verified_on=today,
        )
        cls.stale = factories.idea(
            "Voucer parkir lama", last_verified_on=today - datetime.timedelta(days=400)
        )
        cls.fresh = factories.idea("Voucer bus baru", last_verified_on=today)

    def badges(self, response, idea):
        """The HTML of the card (or search hit) that links to `idea`."""
        html = response.content.decode()
        start = html.rindex("<article", 0, html.index(f'href="{idea.url}"'))
        return html[start : html.index("</article>", start)]

    def test_idea_list_and_search_results_carry_the_badges(self):
        for url in (factories.idea_index().url, "/search/?q=voucer"):
            with self.subTest(url=url):
                response = self.client.get(url)
                stopped = self.badges(response, self.stopped)
                self.assertIn(STOPPED, stopped)
                self.assertIn("Dihentikan: Anggaran", stopped)
                self.assertNotIn(STALE, stopped, "a stopped idea is not asked to verify")
                self.assertIn(STALE, self.badges(response, self.stale))
                fresh = self.badges(response, self.fresh)
                self.assertNotIn(STALE, fresh)
                self.assertNotIn(STOPPED, fresh)
