"""A proposal from adaptation to approval, through the admin as its users click it."""

import json

from django.core import mail
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils import WagtailPageTestCase

from ideas.choices import Status
from ideas.models import IdeaPage
from review.models import RubricReviewTaskState
from tests import factories
from tests.ideas.editor import edit_url, idea_form

from .helpers import SCORES, action_url


class ProposalEndToEndTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis", first_name="Nur")
        cls.other_author = factories.user("penulis2", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan", first_name="Kepala Dinas")
        cls.banyuwangi = factories.agency("Dinas Kependudukan Banyuwangi", city="Banyuwangi")
        cls.dukcapil = factories.agency("Dukcapil Ambon", acronym="Dukcapil", is_own=True)
        cls.source = factories.idea(
            "Antrean daring Mal Pelayanan Publik",
            source_agency=cls.banyuwangi,
            summary="Warga mengambil nomor antrean lewat ponsel.",
        )

    def editor_post(self, page, **fields):
        data = idea_form(
            title=page.title,
            slug=page.slug,
            stage=page.stage,
            summary=fields.pop("summary", page.summary),
            derived_from=page.derived_from_id,
            adopting_agency=page.adopting_agency_id,
            source_agency=page.source_agency_id,
            **fields,
        )
        data["action-submit"] = "action-submit"
        return self.client.post(edit_url(page), data)

    def decide(self, page, action, **data):
        return self.client.post(
            action_url(page, action), data, headers={"x-requested-with": "XMLHttpRequest"}
        )

    def dashboard(self):
        self.client.force_login(self.leader)
        return self.client.get(reverse("leaders_dashboard"))

    def test_adapt_submit_return_revise_approve(self):
        # An author adapts the observed idea into a tiru draft and submits it.
        self.client.force_login(self.author)
        response = self.client.post(
            reverse("ideas_adapt", args=[self.source.pk]),
            {"stage": "tiru", "adopting_agency": self.dukcapil.pk},
        )
        draft = IdeaPage.objects.get(derived_from=self.source)
        self.assertRedirects(response, edit_url(draft))
        mail.outbox.clear()
        self.assertEqual(self.editor_post(draft).status_code, 302)
        draft.refresh_from_db()
        self.assertEqual(draft.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertTrue(any(self.leader.email in m.to for m in mail.outbox), "leader notified")
        self.assertContains(self.dashboard(), draft.title)

        # Another Penulis cannot approve it.
        self.client.force_login(self.other_author)
        self.decide(draft, "approve", **SCORES, asks_next_status="1", next_status="dikaji")
        self.assertEqual(draft.current_workflow_task_state.status, TaskState.STATUS_IN_PROGRESS)

        # The leader scores it and returns it with a reason.
        self.client.force_login(self.leader)
        editor = self.client.get(edit_url(draft))
        self.assertContains(editor, "Kembalikan untuk revisi")
        response = self.decide(draft, "return", **SCORES, reason="Tambahkan target IKM.")
        self.assertEqual(json.loads(response.content)["step"], "success")

        # The author sees the reason (email, my proposals), revises and resubmits.
        [email] = [m for m in mail.outbox if self.author.email in m.to]
        self.assertIn("Tambahkan target IKM.", email.body)
        self.client.force_login(self.author)
        mine = self.client.get(reverse("my_proposals"))
        self.assertContains(mine, "Dikembalikan untuk revisi")
        self.assertContains(mine, "Tambahkan target IKM.")
        self.editor_post(draft, summary="Antrean daring, target IKM 85.")
        draft.refresh_from_db()
        self.assertEqual(draft.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(RubricReviewTaskState.objects.count(), 2)

        # The leader approves it; it is published as "dikaji".
        self.client.force_login(self.leader)
        self.decide(
            draft,
            "approve",
            **SCORES,
            asks_next_status="1",
            next_status="dikaji",
            comment="Silakan.",
        )
        page = IdeaPage.objects.get(pk=draft.pk)
        self.assertTrue(page.live)
        self.assertEqual(page.status, Status.UNDER_REVIEW)
        self.assertEqual(page.summary, "Antrean daring, target IKM 85.")
        first, second = RubricReviewTaskState.objects.order_by("pk")
        self.assertEqual((first.recommendation, second.recommendation), ("kembalikan", "setujui"))
        self.assertNotEqual(first.revision_id, second.revision_id)

        # The status history and the public timeline show each step.
        history = list(page.status_changes.values_list("status", "changed_by__username"))
        self.assertEqual(history, [("diusulkan", "penulis"), ("dikaji", "pimpinan")])
        self.client.logout()
        public = self.client.get(page.url)
        self.assertContains(public, "Riwayat status")
        self.assertContains(public, "Disetujui dalam Tinjauan Pimpinan")

        # The dashboard counts it and no longer lists it as waiting.
        dashboard = self.dashboard().context
        self.assertEqual(list(dashboard["pending"]), [])
        by_status = {row.label: row.value for row in dashboard["status_chart"].rows}
        self.assertEqual(by_status["Dikaji"], 1)
        by_stage = {row.label: row.value for row in dashboard["stage_chart"].rows}
        self.assertEqual((by_stage["Amati"], by_stage["Tiru"]), (1, 1))
