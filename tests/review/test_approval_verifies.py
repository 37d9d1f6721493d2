"""A leader's approval verifies the idea: it is published as verified on the approval date."""

from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from ideas.choices import Stage
from ideas.models import IdeaPage
from ideas.staleness import stale_condition
from tests import factories

from .helpers import SCORES, modal_post, proposal


class ApprovalVerifiesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def approve(self, page, **data):
        self.assertIsNone(IdeaPage.objects.get(pk=page.pk).last_verified_on)
        self.client.force_login(self.leader)
        modal_post(self.client, page, "approve", **SCORES, **data)
        return IdeaPage.objects.get(pk=page.pk)

    def assert_live_and_verified_today(self, approved):
        self.assertTrue(approved.live)
        self.assertEqual(approved.last_verified_on, timezone.localdate())
        self.assertFalse(approved.is_stale)
        self.assertFalse(IdeaPage.objects.filter(stale_condition(), pk=approved.pk).exists())
        response = self.client.get(approved.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Perlu diverifikasi ulang")

    def test_an_approved_tiru_is_live_and_verified(self):
        page = proposal(self.author)
        approved = self.approve(page, asks_next_status="1", next_status="uji_coba")
        self.assert_live_and_verified_today(approved)
        self.assertEqual(approved.live_revision.as_object().last_verified_on, timezone.localdate())

    def test_an_approved_observation_is_live_and_verified(self):
        page = proposal(self.author, title="Pengamatan Surabaya", stage=Stage.AMATI)
        self.assert_live_and_verified_today(self.approve(page))

    def test_a_returned_proposal_is_not_verified(self):
        page = proposal(self.author)
        self.client.force_login(self.leader)
        modal_post(self.client, page, "return", **SCORES, reason="Lengkapi.")
        self.assertIsNone(IdeaPage.objects.get(pk=page.pk).last_verified_on)
