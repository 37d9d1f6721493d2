"""'Masih berjalan?': owners confirm an idea still runs, through a signed link or the admin."""

import datetime
import time
from unittest import mock

from django.conf import settings
from django.core import signing
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils import WagtailPageTestCase

from ideas import freshness
from ideas.choices import Status, StopReason
from ideas.models import IdeaPage, StatusChange
from tests import factories
from tests.ideas.editor import edit_url, idea_form

LONG_AGO = datetime.date(2020, 1, 15)


def confirm_path(idea):
    return reverse("confirm_running", args=[freshness.make_token(idea)])


class ConfirmLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.idea = factories.idea(
            "Antrean daring puskesmas", status=Status.IMPLEMENTED, last_verified_on=LONG_AGO
        )

    def verified_on(self):
        return IdeaPage.objects.values_list("last_verified_on", flat=True).get(pk=self.idea.pk)

    def test_get_shows_the_question_and_changes_nothing(self):
        response = self.client.get(confirm_path(self.idea))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Antrean daring puskesmas")
        self.assertContains(response, "Ya, masih berjalan")
        self.assertContains(response, 'method="post"')
        self.assertContains(response, "csrfmiddlewaretoken")
        self.assertContains(response, "ubah statusnya menjadi Dihentikan")
        self.assertEqual(self.verified_on(), LONG_AGO)

    def test_post_confirms_today_without_status_history(self):
        changes = StatusChange.objects.count()
        response = self.client.post(confirm_path(self.idea))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Terima kasih!")
        self.assertEqual(self.verified_on(), timezone.localdate())
        self.assertEqual(StatusChange.objects.count(), changes)
        page = self.client.get(self.idea.url)
        self.assertContains(page, "Terakhir diverifikasi")
        self.assertNotContains(page, "Perlu diverifikasi ulang")

    def test_post_needs_the_csrf_token(self):
        response = Client(enforce_csrf_checks=True).post(confirm_path(self.idea))
        self.assertEqual(response.status_code, 403)
        self.assertEqual(self.verified_on(), LONG_AGO)

    def test_used_link_says_when_it_was_confirmed(self):
        path = confirm_path(self.idea)
        self.client.post(path)
        today = timezone.localdate()
        IdeaPage.objects.filter(pk=self.idea.pk).update(last_verified_on=today)
        for method in (self.client.get, self.client.post):
            response = method(path)
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, "sudah dikonfirmasi pada")
            self.assertNotContains(response, "Ya, masih berjalan")

    def test_used_link_does_not_move_the_date_again(self):
        path = confirm_path(self.idea)
        earlier = datetime.date(2025, 6, 1)
        IdeaPage.objects.filter(pk=self.idea.pk).update(last_verified_on=earlier)
        self.client.post(path)
        self.assertEqual(self.verified_on(), earlier)

    def test_expired_link(self):
        days = settings.KB_CONFIRM_LINK_MAX_AGE_DAYS + 1
        with mock.patch("time.time", return_value=time.time() - days * 86400):
            path = confirm_path(self.idea)
        for method in (self.client.get, self.client.post):
            response = method(path)
            self.assertEqual(response.status_code, 410)
            self.assertContains(response, "Tautan ini sudah kedaluwarsa", status_code=410)
            self.assertContains(response, "Konfirmasi masih berjalan", status_code=410)
        self.assertEqual(self.verified_on(), LONG_AGO)

    def test_tampered_link(self):
        token = freshness.make_token(self.idea)
        other = factories.idea("Ide lain", last_verified_on=LONG_AGO)
        forged = signing.dumps({"idea": other.pk, "verified": LONG_AGO.isoformat()}, salt="lain")
        rest = token.split(":", 1)[1]
        swapped = signing.dumps({"idea": other.pk, "verified": None}).split(":", 1)[0]
        for bad in (token[:-2] + "xx", f"{swapped}:{rest}", forged, "bukan-token"):
            with self.subTest(token=bad):
                response = self.client.post(reverse("confirm_running", args=[bad]))
                self.assertContains(response, "Tautan tidak sah", status_code=400)
                self.assertNotContains(response, "Ide lain", status_code=400)
        self.assertEqual(self.verified_on(), LONG_AGO)
        other.refresh_from_db()
        self.assertEqual(other.last_verified_on, LONG_AGO)

    def test_stopped_idea_is_not_confirmed(self):
        stopped = factories.idea(
            "Angkot bayar botol",
            status=Status.STOPPED,
            stop_reason=StopReason.BUDGET,
            stop_detail="Dana terlambat.",
            last_verified_on=LONG_AGO,
        )
        response = self.client.post(confirm_path(stopped))
        self.assertContains(response, "tercatat sudah dihentikan")
        stopped.refresh_from_db()
        self.assertEqual(stopped.last_verified_on, LONG_AGO)


class UnavailableIdeaTests(TestCase):
    def test_draft_reveals_nothing(self):
        draft = factories.idea(
            "Zirkonium rahasia", publish=False, summary="Ringkasan kriptonit.", owner=None
        )
        path = confirm_path(draft)
        for method in (self.client.get, self.client.post):
            response = method(path)
            self.assertContains(response, "Ide ini tidak tersedia", status_code=404)
            self.assertNotContains(response, "Zirkonium", status_code=404)
            self.assertNotContains(response, "kriptonit", status_code=404)
        draft.refresh_from_db()
        self.assertIsNone(draft.last_verified_on)

    def test_unpublished_idea_reveals_nothing(self):
        idea = factories.idea("Zirkonium ditarik")
        path = confirm_path(idea)
        idea.unpublish()
        response = self.client.get(path)
        self.assertContains(response, "Ide ini tidak tersedia", status_code=404)
        self.assertNotContains(response, "Zirkonium", status_code=404)

    def test_only_the_live_title_is_shown_not_a_draft_change(self):
        idea = factories.idea("Antrean daring")
        idea.title = "Judul draf zirkonium"
        idea.save_revision()
        response = self.client.get(confirm_path(idea))
        self.assertContains(response, "Antrean daring")
        self.assertNotContains(response, "zirkonium")


class EditorKeepsVerifiedDateTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def setUp(self):
        self.client.force_login(self.leader)
        self.idea = factories.idea("Antrean daring Dukcapil", last_verified_on=LONG_AGO)

    def test_last_verified_is_not_in_the_editor(self):
        response = self.client.get(edit_url(self.idea))
        self.assertNotIn("last_verified_on", response.context["form"].fields)
        self.assertNotIn("stale_reminded_on", response.context["form"].fields)

    def test_publishing_an_older_draft_keeps_the_confirmed_date(self):
        self.idea.summary = "Ringkasan draf lama."
        old_draft = self.idea.save_revision(user=self.leader)
        self.client.post(confirm_path(self.idea))
        Revision.objects.get(pk=old_draft.pk).publish()  # as a later request loads it
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.summary, "Ringkasan draf lama.")
        self.assertEqual(self.idea.last_verified_on, timezone.localdate())

    def test_editor_save_after_confirmation_keeps_the_date(self):
        self.client.post(confirm_path(self.idea))
        data = idea_form(slug=self.idea.slug, title=self.idea.title)
        data["action-publish"] = "action-publish"
        response = self.client.post(edit_url(self.idea), data)
        self.assertEqual(response.status_code, 302)
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.last_verified_on, timezone.localdate())


class AdminConfirmTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.author = factories.user("penulis", group="Penulis")

    def setUp(self):
        self.idea = factories.idea("Antrean daring", last_verified_on=LONG_AGO)
        self.url = reverse("ideas_confirm_running", args=[self.idea.pk])

    def test_editor_sees_the_button_and_confirms_by_post(self):
        self.client.force_login(self.leader)
        response = self.client.get(edit_url(self.idea))
        self.assertContains(response, "Konfirmasi masih berjalan")
        self.assertContains(response, f'data-w-action-url-value="{self.url}"')
        response = self.client.post(self.url, {"next": edit_url(self.idea)})
        self.assertRedirects(response, edit_url(self.idea), fetch_redirect_response=False)
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.last_verified_on, timezone.localdate())
        response = self.client.get(edit_url(self.idea))
        self.assertContains(response, "tercatat masih berjalan per")

    def test_get_changes_nothing(self):
        self.client.force_login(self.leader)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 405)
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.last_verified_on, LONG_AGO)

    def test_unsafe_next_goes_to_the_editor(self):
        self.client.force_login(self.leader)
        response = self.client.post(self.url, {"next": "https://contoh.invalid/"})
        self.assertRedirects(response, edit_url(self.idea))

    def test_user_who_cannot_edit_is_refused(self):
        self.client.force_login(self.author)
        response = self.client.post(self.url)
        # Wagtail's admin answers PermissionDenied with a message on the dashboard.
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.last_verified_on, LONG_AGO)

    def test_no_button_for_a_stopped_idea(self):
        self.client.force_login(self.leader)
        stopped = factories.idea(
            "Angkot bayar botol",
            status=Status.STOPPED,
            stop_reason=StopReason.OTHER,
            stop_detail="Sopir menolak voucer.",
        )
        response = self.client.get(edit_url(stopped))
        self.assertNotContains(response, "Konfirmasi masih berjalan")
        response = self.client.post(reverse("ideas_confirm_running", args=[stopped.pk]))
        stopped.refresh_from_db()
        self.assertIsNone(stopped.last_verified_on)


class StaleMarkTests(TestCase):
    def test_stale_and_fresh_ideas_on_the_page(self):
        stale = factories.idea("Lama", last_verified_on=LONG_AGO)
        never = factories.idea("Belum pernah")
        fresh = factories.idea("Baru", last_verified_on=timezone.localdate())
        response = self.client.get(stale.url)
        self.assertContains(response, "Perlu diverifikasi ulang.")
        self.assertContains(response, "Terakhir diverifikasi: 15 Januari 2020")
        self.assertContains(self.client.get(never.url), "Belum pernah diverifikasi")
        response = self.client.get(fresh.url)
        self.assertNotContains(response, "Perlu diverifikasi ulang.")
        self.assertContains(response, "Terakhir diverifikasi")


class CopyTests(TestCase):
    def test_a_copy_starts_unverified(self):
        idea = factories.idea("Antrean daring", last_verified_on=LONG_AGO)
        IdeaPage.objects.filter(pk=idea.pk).update(stale_reminded_on=LONG_AGO)
        idea.refresh_from_db()
        copy = idea.copy(update_attrs={"slug": "antrean-daring-salinan"})
        copy.refresh_from_db()
        self.assertIsNone(copy.last_verified_on)
        self.assertIsNone(copy.stale_reminded_on)


class RestrictedIdeaTests(TestCase):
    """A reminder link can be forwarded: a private idea shows nothing to whoever holds it."""

    @classmethod
    def setUpTestData(cls):
        from django.contrib.auth.models import Group
        from wagtail.models import PageViewRestriction

        cls.owner = factories.user("pimpinan", group="Pimpinan")
        cls.idea = factories.idea(
            "Zirkonium pimpinan", summary="Ringkasan kriptonit.", owner=cls.owner
        )
        restriction = PageViewRestriction.objects.create(
            page=cls.idea, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get(name="Pimpinan")])

    def test_a_visitor_who_may_not_view_it_learns_nothing_and_confirms_nothing(self):
        path = confirm_path(self.idea)
        for client in (self.client, Client()):
            if client is not self.client:
                client.force_login(factories.user("penulis", group="Penulis"))
            for method in (client.get, client.post):
                response = method(path)
                self.assertContains(response, "hanya dapat dilihat", status_code=403)
                self.assertNotContains(response, "Zirkonium", status_code=403)
        self.idea.refresh_from_db()
        self.assertIsNone(self.idea.last_verified_on)

    def test_the_signed_in_owner_sees_and_confirms_it(self):
        self.client.force_login(self.owner)
        path = confirm_path(self.idea)
        self.assertContains(self.client.get(path), "Zirkonium pimpinan")
        self.assertContains(self.client.post(path), "Terima kasih!")
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.last_verified_on, timezone.localdate())
