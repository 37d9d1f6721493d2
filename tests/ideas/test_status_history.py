"""Every idea's life is tracked: each published status change, when, by whom and why."""

import datetime
import importlib

from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.test import TestCase
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase

from ideas.choices import Status, StopReason
from ideas.history import last_recorded_status, record_status_change
from ideas.models import StatusChange
from tests import factories
from tests.ideas.editor import edit_url, idea_form

initial_statuses = importlib.import_module("ideas.migrations.0007_record_initial_statuses")


class RecordStatusChangeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def test_publishing_a_new_idea_records_its_first_status(self):
        idea = factories.idea("Antrean daring", owner=self.leader)
        change = idea.status_changes.get()
        self.assertEqual((change.status, change.previous_status), (Status.PROPOSED, ""))
        self.assertEqual(change.changed_by, self.leader)  # no revision user: the owner

    def test_records_only_when_the_status_differs(self):
        idea = factories.idea("Antrean daring")
        self.assertIsNone(record_status_change(idea, Status.PROPOSED, self.leader))
        when = timezone.now() + datetime.timedelta(hours=1)
        change = record_status_change(
            idea, Status.TRIAL, self.leader, note="Mulai di dua puskesmas.", when=when
        )
        self.assertEqual(change.previous_status, Status.PROPOSED)
        self.assertEqual(change.changed_at, when)
        self.assertEqual(change.note, "Mulai di dua puskesmas.")
        self.assertEqual(last_recorded_status(idea), Status.TRIAL)
        self.assertIsNone(record_status_change(idea, Status.TRIAL, self.leader))
        self.assertEqual(idea.status_changes.count(), 2)

    def test_revision_user_is_recorded_and_stop_fields_copied(self):
        idea = factories.idea("Angkot bayar botol", owner=self.leader)
        editor = factories.user(
            "editor", group="Pimpinan", first_name="Rina", last_name="Latuconsina"
        )
        idea.status = Status.STOPPED
        idea.stop_reason = StopReason.BUDGET
        idea.stop_detail = "Dana voucer terlambat."
        idea.status_note = "Dihentikan setelah enam bulan."
        idea.save_revision(user=editor).publish()
        change = idea.status_changes.last()
        self.assertEqual(change.changed_by, editor)
        self.assertEqual(change.changed_by_name, "Rina Latuconsina")
        self.assertEqual(change.stop_reason, StopReason.BUDGET)
        self.assertEqual(change.stop_detail, "Dana voucer terlambat.")
        self.assertEqual(change.note, "Dihentikan setelah enam bulan.")

    def test_anonymous_user_is_recorded_as_nobody(self):
        idea = factories.idea("Antrean daring")
        change = record_status_change(idea, Status.TRIAL, AnonymousUser())
        self.assertIsNone(change.changed_by)
        self.assertEqual(change.changed_by_name, "")

    def test_data_migration_records_the_current_status_once(self):
        owner = factories.user("penulis", group="Penulis")
        idea = factories.idea("Antrean daring", status=Status.IMPLEMENTED, owner=owner)
        draft = factories.idea("Draf", publish=False)
        StatusChange.objects.all().delete()
        initial_statuses.record(apps, None)
        change = idea.status_changes.get()
        self.assertEqual(change.status, Status.IMPLEMENTED)
        self.assertEqual(change.changed_at, idea.first_published_at)
        self.assertEqual(change.changed_by, owner)
        self.assertEqual(change.note, "Dicatat saat riwayat status mulai dipakai.")
        self.assertEqual(draft.status_changes.get().changed_at, draft.latest_revision_created_at)


class StatusNoteEditorTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def setUp(self):
        self.client.force_login(self.leader)
        self.idea = factories.idea("Antrean daring Dukcapil", status=Status.PROPOSED)

    def post(self, action="action-publish", **fields):
        fields.setdefault("slug", self.idea.slug)
        fields.setdefault("title", self.idea.title)
        data = idea_form(**fields)
        if action:
            data[action] = action
        return self.client.post(edit_url(self.idea), data)

    def test_status_change_without_note_is_refused(self):
        response = self.post(status="uji_coba", status_note="  ")
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertIn("status_note", errors)
        self.assertIn("tuliskan catatan singkat", " ".join(errors["status_note"]))
        self.assertContains(response, "Status berubah dari")
        self.assertEqual(self.idea.status_changes.count(), 1)

    def test_status_change_with_note_is_recorded(self):
        response = self.post(status="uji_coba", status_note="Mulai uji coba di Sirimau.")
        self.assertEqual(response.status_code, 302)
        change = self.idea.status_changes.last()
        self.assertEqual((change.previous_status, change.status), ("diusulkan", "uji_coba"))
        self.assertEqual(change.note, "Mulai uji coba di Sirimau.")
        self.assertEqual(change.changed_by, self.leader)

    def test_same_status_needs_no_note_and_records_nothing(self):
        response = self.post(status="diusulkan")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.idea.status_changes.count(), 1)

    def test_draft_save_needs_no_note_and_records_nothing_until_published(self):
        response = self.post(action=None, status="uji_coba")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.idea.status_changes.count(), 1)

    def test_new_idea_without_history_needs_no_note(self):
        StatusChange.objects.filter(idea=self.idea).delete()
        response = self.post(status="uji_coba")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(self.idea.status_changes.get().status, Status.TRIAL)

    def test_note_field_starts_blank_and_panel_shows_history(self):
        self.post(status="uji_coba", status_note="Catatan lama yang sudah tercatat.")
        response = self.client.get(edit_url(self.idea))
        form = response.context["form"]
        self.assertEqual(form["status_note"].value(), "")
        self.assertContains(response, "Riwayat status")
        self.assertContains(response, "Catatan lama yang sudah tercatat.", count=1)  # the panel


class StatusTimelineTests(TestCase):
    def test_public_page_shows_the_timeline_escaped(self):
        author = factories.user("penulis", group="Penulis", first_name="Nona", last_name="Sahetapy")
        idea = factories.idea("Antrean daring", owner=author)
        idea.status = Status.STOPPED
        idea.stop_reason = StopReason.REGULATION
        idea.stop_detail = "Perda <i>belum</i> terbit."
        idea.status_note = "<script>alert(1)</script>"
        idea.save_revision(user=author).publish()

        response = self.client.get(idea.url)
        self.assertContains(response, "Riwayat status")
        self.assertContains(response, '<ol class="status-timeline">', html=False)
        timeline = response.content.decode().split('<ol class="status-timeline">')[1]
        timeline = timeline.split("</ol>")[0]
        self.assertEqual(timeline.count("<li"), 2)
        self.assertLess(timeline.index("Diusulkan"), timeline.index("Dihentikan"))
        self.assertIn("Nona Sahetapy", timeline)
        self.assertIn("Alasan dihentikan: Regulasi", timeline)
        self.assertIn("Perda &lt;i&gt;belum&lt;/i&gt; terbit.", timeline)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", timeline)
        self.assertNotContains(response, "<script>alert(1)</script>")

    def test_username_when_there_is_no_full_name(self):
        author = factories.user("penulis", group="Penulis")
        idea = factories.idea("Antrean daring", owner=author)
        response = self.client.get(idea.url)
        self.assertContains(response, "· penulis")
