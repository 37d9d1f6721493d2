"""manage.py remind_stale: one email per owner of stale ideas, at most once per interval."""

import datetime
import re
from io import StringIO

from django.conf import settings
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils import timezone

from ideas.choices import Status, StopReason
from ideas.models import IdeaPage
from tests import factories

LONG_AGO = datetime.date(2020, 1, 15)


def remind(*args):
    out, err = StringIO(), StringIO()
    call_command("remind_stale", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


class RemindStaleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.owner = factories.user("penulis", group="Penulis", first_name="Nona")
        cls.other = factories.user("penulis2", group="Penulis")
        today = timezone.localdate()
        cls.queue = factories.idea("Antrean daring", owner=cls.owner, last_verified_on=LONG_AGO)
        cls.never = factories.idea("Parkir meter", owner=cls.owner)
        cls.fresh = factories.idea("Baru diverifikasi", owner=cls.owner, last_verified_on=today)
        factories.idea(
            "Angkot bayar botol",
            owner=cls.owner,
            status=Status.STOPPED,
            stop_reason=StopReason.BUDGET,
            stop_detail="Dana terlambat.",
        )
        factories.idea("Draf lama", owner=cls.owner, publish=False)
        cls.licence = factories.idea("Izin usaha", owner=cls.other, last_verified_on=LONG_AGO)

    def reminded_on(self, idea):
        return IdeaPage.objects.values_list("stale_reminded_on", flat=True).get(pk=idea.pk)

    def test_one_email_per_owner_listing_their_stale_ideas(self):
        out, err = remind()
        self.assertIn("3 pengingat dikirim ke 2 pemilik", out)
        self.assertEqual(err, "")
        self.assertEqual(len(mail.outbox), 2)
        message = next(m for m in mail.outbox if m.to == [self.owner.email])
        self.assertIn("Masih berjalan?", message.subject)
        self.assertIn("Yth. Nona,", message.body)
        self.assertIn("Antrean daring", message.body)
        self.assertIn("Parkir meter", message.body)
        for absent in ("Baru diverifikasi", "Angkot bayar botol", "Draf lama", "Izin usaha"):
            self.assertNotIn(absent, message.body)
        self.assertIn("Terakhir diverifikasi: 15 Januari 2020", message.body)
        self.assertIn("Belum pernah diverifikasi", message.body)
        self.assertIn(f"http://testserver{self.queue.url}", message.body)
        self.assertNotIn("&quot;", message.body)
        self.assertEqual(self.reminded_on(self.queue), timezone.localdate())
        self.assertIsNone(self.reminded_on(self.fresh))

    def test_link_in_the_email_confirms_the_idea(self):
        remind()
        message = next(m for m in mail.outbox if m.to == [self.other.email])
        links = re.findall(r"http://testserver(/masih-berjalan/[^/\s]+/)", message.body)
        self.assertEqual(len(links), 1)
        self.assertContains(self.client.get(links[0]), "Ya, masih berjalan")
        self.client.post(links[0])
        self.licence.refresh_from_db()
        self.assertEqual(self.licence.last_verified_on, timezone.localdate())

    def test_twice_in_a_row_sends_once(self):
        remind()
        self.assertEqual(len(mail.outbox), 2)
        out, _ = remind()
        self.assertEqual(len(mail.outbox), 2)
        self.assertIn("0 pengingat dikirim ke 0 pemilik", out)

    def test_reminds_again_after_the_interval(self):
        remind()
        interval = datetime.timedelta(days=settings.KB_STALE_REMINDER_INTERVAL_DAYS)
        IdeaPage.objects.filter(pk=self.licence.pk).update(
            stale_reminded_on=timezone.localdate() - interval
        )
        out, _ = remind()
        self.assertIn("1 pengingat dikirim ke 1 pemilik", out)
        self.assertEqual(mail.outbox[-1].to, [self.other.email])

    def test_owner_without_email_is_skipped_and_reported(self):
        self.other.email = ""
        self.other.save()
        out, err = remind()
        self.assertIn("penulis2 tidak punya email", err)
        self.assertIn("Izin usaha", err)
        self.assertIn("2 pengingat dikirim ke 1 pemilik", out)
        self.assertEqual([m.to for m in mail.outbox], [[self.owner.email]])
        self.assertIsNone(self.reminded_on(self.licence))

    def test_idea_without_owner_is_reported(self):
        IdeaPage.objects.filter(pk=self.licence.pk).update(owner=None)
        _, err = remind()
        self.assertIn("(tanpa pemilik)", err)

    def test_dry_run_sends_and_remembers_nothing(self):
        out, _ = remind("--dry-run")
        self.assertEqual(mail.outbox, [])
        self.assertIn("Akan diingatkan: penulis@example.org", out)
        self.assertIn("3 pengingat akan dikirim ke 2 pemilik", out)
        self.assertIsNone(self.reminded_on(self.queue))

    def test_days_option_overrides_the_setting(self):
        recent = timezone.localdate() - datetime.timedelta(days=10)
        IdeaPage.objects.filter(pk=self.fresh.pk).update(last_verified_on=recent)
        out, _ = remind("--days", "5", "--dry-run")
        self.assertIn("4 pengingat akan dikirim", out)
        self.assertIn("Baru diverifikasi", out)

    def test_negative_days_is_refused(self):
        with self.assertRaisesMessage(CommandError, "--days tidak boleh negatif."):
            remind("--days", "-1")
        self.assertEqual(mail.outbox, [])
