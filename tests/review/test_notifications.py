"""The review's emails: one per person and event, with links on the host the event came from."""

from collections import Counter

from django.core import mail
from django.test import override_settings
from wagtail.test.utils import WagtailPageTestCase

from tests import factories

from .helpers import SCORES, action_url, draft, proposal, submit_in_editor

HOST = "inovasi.ambon.go.id"


def recipients():
    return Counter(address for message in mail.outbox for address in message.to)


@override_settings(ALLOWED_HOSTS=["testserver", HOST], WAGTAILADMIN_BASE_URL="http://kb-base")
class ReviewEmailTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.admin = factories.user("admin", is_superuser=True)
        cls.leading_admin = factories.user("kepala", group="Pimpinan", is_superuser=True)

    def test_a_new_proposal_reaches_each_leader_and_administrator_once(self):
        page = draft(self.author)
        self.client.force_login(self.author)
        mail.outbox.clear()
        submit_in_editor(self.client, page, headers={"host": HOST}, secure=True)
        self.assertEqual(
            recipients(),
            Counter({"pimpinan@example.org": 1, "admin@example.org": 1, "kepala@example.org": 1}),
        )
        for message in mail.outbox:
            self.assertIn("diajukan untuk Tinjauan Pimpinan", message.body)
            self.assertIn(f"https://{HOST}/admin/pages/{page.pk}/edit/", message.body)
            self.assertNotIn("http://kb-base", message.body)
            html, _type = message.alternatives[0]
            self.assertIn(f'href="https://{HOST}/admin/pages/{page.pk}/edit/"', html)
            self.assertIn(f"https://{HOST}/admin/account/", html)

    def test_the_author_hears_of_the_decision_once_on_the_leaders_host(self):
        page = proposal(self.author)
        self.client.force_login(self.leader)
        mail.outbox.clear()
        self.client.post(
            action_url(page, "return"),
            {**SCORES, "reason": "Lengkapi."},
            headers={"x-requested-with": "XMLHttpRequest", "host": HOST},
            secure=True,
        )
        self.assertEqual(recipients(), Counter({"penulis@example.org": 1}))
        [message] = mail.outbox
        self.assertIn("Alasan: Lengkapi.", message.body)
        self.assertIn(f"https://{HOST}/admin/pages/{page.pk}/edit/", message.body)

    def test_without_a_request_links_use_the_configured_base_url(self):
        mail.outbox.clear()
        page = proposal(self.author)
        self.assertEqual(recipients()["pimpinan@example.org"], 1)
        for message in mail.outbox:
            self.assertIn(f"http://kb-base/admin/pages/{page.pk}/edit/", message.body)
