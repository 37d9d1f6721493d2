"""The rubric review task: who may act, what a decision needs, what it records."""

import json

from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils import WagtailPageTestCase

from ideas.choices import Stage, Status
from ideas.models import IdeaPage
from review.choices import Recommendation
from review.models import RubricReviewTask, RubricReviewTaskState, RubricScore, leaders_workflow
from review.queries import pending_reviews
from tests import factories
from tests.ideas.editor import edit_url, idea_form

from .helpers import SCORES, modal_post, proposal


class WorkflowSetupTests(WagtailPageTestCase):
    def test_ideas_section_uses_the_leaders_review(self):
        workflow = leaders_workflow()
        self.assertEqual(factories.idea_index().get_workflow(), workflow)
        task = workflow.tasks.get().specific
        self.assertIsInstance(task, RubricReviewTask)
        self.assertEqual([g.name for g in task.groups.all()], ["Pimpinan"])


class WhoMayReviewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.other_leader = factories.user("pimpinan2", group="Pimpinan")

    def test_only_leaders_other_than_the_author_get_actions(self):
        page = proposal(self.author)
        task = page.current_workflow_task
        self.assertEqual(task.get_actions(page, self.author), [])
        self.assertEqual(
            [name for name, _label, _modal in task.get_actions(page, self.leader)],
            ["approve", "return", "reject", "score"],
        )

    def test_a_leader_cannot_review_their_own_proposal(self):
        page = proposal(self.leader)
        task = page.current_workflow_task
        self.assertEqual(task.get_actions(page, self.leader), [])
        self.assertTrue(task.locked_for_user(page, self.leader))
        self.assertNotEqual(task.get_actions(page, self.other_leader), [])
        self.assertEqual(list(pending_reviews(self.leader)), [])
        self.assertEqual(len(pending_reviews(self.other_leader)), 1)

        self.client.force_login(self.leader)
        modal_post(self.client, page, "approve", **SCORES)
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertEqual(page.current_workflow_task_state.status, TaskState.STATUS_IN_PROGRESS)

    def test_an_author_posting_a_decision_is_refused(self):
        page = proposal(self.author)
        self.client.force_login(self.author)
        modal_post(self.client, page, "approve", **SCORES)
        self.assertEqual(page.current_workflow_task_state.status, TaskState.STATUS_IN_PROGRESS)
        self.assertFalse(RubricScore.objects.exists())


class DecisionInputTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def setUp(self):
        self.page = proposal(self.author)
        self.client.force_login(self.leader)

    def assert_modal_error(self, response, message):
        self.assertEqual(response.status_code, 200)
        payload = json.loads(response.content)
        self.assertEqual(payload["step"], "action")
        self.assertIn(message, payload["html"])
        state = self.page.current_workflow_task_state.specific
        self.assertEqual(state.status, TaskState.STATUS_IN_PROGRESS)
        self.assertEqual(state.recommendation, "")
        self.assertFalse(RubricScore.objects.exists())

    def test_score_out_of_range(self):
        for bad in ("0", "6", "lima", ""):
            with self.subTest(bad=bad):
                response = modal_post(
                    self.client,
                    self.page,
                    "approve",
                    **{**SCORES, "impact": bad},
                    asks_next_status="1",
                    next_status="dikaji",
                )
                expected = "Beri nilai 1 sampai 5." if bad == "" else "Nilai harus antara 1 dan 5."
                self.assert_modal_error(response, expected)

    def test_return_and_reject_need_a_reason(self):
        for action in ("return", "reject"):
            with self.subTest(action=action):
                response = modal_post(self.client, self.page, action, **SCORES, reason="   ")
                self.assert_modal_error(response, "Tuliskan alasannya")

    def test_approving_a_tiru_needs_the_next_status(self):
        response = modal_post(self.client, self.page, "approve", **SCORES, asks_next_status="1")
        self.assert_modal_error(response, "Pilih status berikutnya")

    def test_the_modal_shows_the_rubric(self):
        response = self.client.get(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(self.page.pk, "approve", self.page.current_workflow_task_state.pk),
            ),
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        html = json.loads(response.content)["html"]
        for text in ("Dampak", "Kelayakan", "Biaya", "Kesiapan", "Kesesuaian", "Status berikutnya"):
            self.assertIn(text, html)


class DecisionTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis", first_name="Nur")
        cls.leader = factories.user("pimpinan", group="Pimpinan", first_name="Bu Kadis")
        cls.other_leader = factories.user("pimpinan2", group="Pimpinan")

    def setUp(self):
        self.page = proposal(self.author)
        self.judged = self.page.current_workflow_task_state.revision
        self.client.force_login(self.leader)
        mail.outbox.clear()

    def test_approval_publishes_in_the_chosen_status_and_keeps_the_judged_revision(self):
        response = modal_post(
            self.client,
            self.page,
            "approve",
            **SCORES,
            asks_next_status="1",
            next_status="uji_coba",
            comment="Lanjutkan uji coba di dua kecamatan.",
        )
        self.assertEqual(json.loads(response.content)["step"], "success")
        page = IdeaPage.objects.get(pk=self.page.pk)
        self.assertTrue(page.live)
        self.assertEqual(page.status, Status.TRIAL)
        state = RubricReviewTaskState.objects.get()
        self.assertEqual(state.recommendation, Recommendation.APPROVE)
        self.assertEqual(state.revision, self.judged)
        self.assertEqual(self.judged.as_object().status, Status.PROPOSED)
        self.assertNotEqual(page.live_revision, self.judged)
        score = state.decision_score
        self.assertEqual((score.impact, score.cost, score.average), (4, 5, 4.0))
        # The author is told, with the decision and scores.
        [email] = [m for m in mail.outbox if self.author.email in m.to]
        self.assertIn("disetujui", email.subject)
        self.assertIn("Uji coba", email.body)
        self.assertIn("Dampak 4", email.body)

    def test_the_leader_is_told_what_the_decision_did(self):
        response = modal_post(
            self.client,
            self.page,
            "approve",
            **SCORES,
            asks_next_status="1",
            next_status="uji_coba",
        )
        outcome = json.loads(response.content)["redirect"]
        self.assertEqual(
            outcome,
            reverse("review_outcome", args=[RubricReviewTaskState.objects.get().pk]),
        )
        landed = self.client.get(outcome, follow=True)
        self.assertContains(landed, "disetujui dan diterbitkan dengan status Uji coba")

    def test_only_reviewers_may_read_an_outcome(self):
        modal_post(self.client, self.page, "return", **SCORES, reason="Perbaiki indikator.")
        outcome = reverse("review_outcome", args=[RubricReviewTaskState.objects.get().pk])
        self.client.force_login(factories.user("penulis2", group="Penulis"))
        self.assertEqual(self.client.get(outcome).status_code, 404)

    def test_a_decision_from_the_editor_footer_says_what_it_did(self):
        page = self.page
        data = idea_form(
            title=page.title,
            slug=page.slug,
            stage=page.stage,
            summary=page.summary,
            derived_from=page.derived_from_id,
            adopting_agency=page.adopting_agency_id,
        )
        data["action-workflow-action"] = "1"
        data["workflow-action-name"] = "return"
        data["workflow-action-extra-data"] = json.dumps(
            {**SCORES, "comment": "", "reason": "Perjelas anggaran."}
        )
        response = self.client.post(edit_url(page), data, follow=True)
        state = RubricReviewTaskState.objects.get()
        self.assertEqual((state.recommendation, state.reason), ("kembalikan", "Perjelas anggaran."))
        self.assertContains(response, "Dikembalikan untuk revisi. Penulis diberi tahu")

    def test_return_keeps_the_proposal_open_for_changes_and_tells_the_author_why(self):
        modal_post(
            self.client,
            self.page,
            "return",
            **SCORES,
            reason="Lengkapi anggaran & regulasi <b>.",
        )
        page = IdeaPage.objects.get(pk=self.page.pk)
        self.assertFalse(page.live)
        self.assertEqual(page.current_workflow_state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        state = RubricReviewTaskState.objects.get()
        self.assertEqual(state.status, TaskState.STATUS_REJECTED)
        self.assertEqual(state.reason, "Lengkapi anggaran & regulasi <b>.")
        [email] = [m for m in mail.outbox if self.author.email in m.to]
        self.assertIn("dikembalikan untuk revisi", email.subject)
        self.assertIn("Lengkapi anggaran & regulasi <b>.", email.body)
        html = email.alternatives[0][0]
        self.assertIn("Lengkapi anggaran &amp; regulasi &lt;b&gt;.", html)

    def test_rejection_closes_the_proposal(self):
        modal_post(self.client, self.page, "reject", **SCORES, reason="Tidak sesuai prioritas.")
        page = IdeaPage.objects.get(pk=self.page.pk)
        self.assertIsNone(page.current_workflow_state)
        self.assertEqual(WorkflowState.objects.get().status, WorkflowState.STATUS_CANCELLED)
        [email] = [m for m in mail.outbox if self.author.email in m.to]
        self.assertIn("ditolak", email.subject)

    def test_an_approved_observation_keeps_its_status(self):
        page = proposal(self.author, title="Catatan pengamatan", stage=Stage.AMATI)
        modal = self.client.get(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(page.pk, "approve", page.current_workflow_task_state.pk),
            ),
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        self.assertNotIn("Status berikutnya", json.loads(modal.content)["html"])
        modal_post(self.client, page, "approve", **SCORES)
        page = IdeaPage.objects.get(pk=page.pk)
        self.assertTrue(page.live)
        self.assertEqual(page.status, Status.PROPOSED)

    def test_an_edit_of_a_published_idea_keeps_its_status(self):
        live = factories.idea(
            "Antrean daring Dukcapil",
            stage=Stage.TIRU,
            status=Status.IMPLEMENTED,
            owner=self.author,
            derived_from=factories.idea("Antrean daring Banyuwangi"),
            adopting_agency=factories.agency("Dukcapil"),
        )
        live.summary = "Ringkasan baru."
        live.save_revision(user=self.author)
        leaders_workflow().start(live, self.author)
        state = live.current_workflow_task_state.specific
        self.assertFalse(state.asks_next_status)
        self.assertTrue(self.page.current_workflow_task_state.specific.asks_next_status)
        modal = self.client.get(
            reverse("wagtailadmin_pages:workflow_action", args=(live.pk, "approve", state.pk)),
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        self.assertNotIn("Status berikutnya", json.loads(modal.content)["html"])
        modal_post(self.client, live, "approve", **SCORES)
        live = IdeaPage.objects.get(pk=live.pk)
        self.assertEqual((live.summary, live.status), ("Ringkasan baru.", Status.IMPLEMENTED))

    def test_a_score_without_decision_counts_in_the_average(self):
        modal_post(self.client, self.page, "score", **{**SCORES, "impact": 2}, comment="Catatan.")
        state = self.page.current_workflow_task_state.specific
        self.assertEqual(state.status, TaskState.STATUS_IN_PROGRESS)
        [pending] = pending_reviews(self.other_leader)
        self.assertAlmostEqual(pending.average_score, 3.6)

    def test_a_second_leader_cannot_overwrite_a_decision(self):
        stale = self.page.current_workflow_task_state.specific
        modal_post(self.client, self.page, "return", **SCORES, reason="Perbaiki indikator.")

        # The other leader's modal was opened before: the workflow no longer waits.
        self.client.force_login(self.other_leader)
        response = modal_post(
            self.client,
            self.page,
            "approve",
            stale,
            **SCORES,
            asks_next_status="1",
            next_status="dikaji",
        )
        self.assertEqual(response.status_code, 302)
        messages = [str(m) for m in response.wsgi_request._messages]
        self.assertTrue(
            any("tidak sedang menunggu" in m or "not currently" in m for m in messages), messages
        )

        # Both arrive together: the task still looks open to the second one.
        state = RubricReviewTaskState.objects.get()
        url = stale.task.specific.on_action(
            stale, self.other_leader, "approve", **SCORES, comment="", next_status="dikaji"
        )
        self.assertEqual(url, reverse("review_outcome", args=[stale.pk]))
        state.refresh_from_db()
        self.assertEqual(
            (state.recommendation, state.reason, state.finished_by),
            (Recommendation.RETURN, "Perbaiki indikator.", self.leader),
        )
        self.assertEqual(RubricScore.objects.count(), 1)

        response = self.client.get(url, follow=True)
        self.assertContains(response, "sudah diputuskan oleh Bu Kadis")
        self.assertContains(response, "Penilaian Anda tidak disimpan")

    def test_a_resubmitted_proposal_gets_a_new_round_and_keeps_the_old_one(self):
        modal_post(self.client, self.page, "return", **SCORES, reason="Perbaiki indikator.")
        page = IdeaPage.objects.get(pk=self.page.pk)
        page.summary = "Ringkasan yang diperbaiki."
        page.save_revision(user=self.author)
        page.current_workflow_state.resume(user=self.author)
        rounds = RubricReviewTaskState.objects.order_by("pk")
        self.assertEqual(len(rounds), 2)
        self.assertEqual(rounds[0].reason, "Perbaiki indikator.")
        self.assertEqual(rounds[0].revision, self.judged)
        self.assertNotEqual(rounds[1].revision, self.judged)
        self.assertEqual(rounds[1].status, TaskState.STATUS_IN_PROGRESS)


class MyProposalsTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def test_the_author_sees_each_decision_its_scores_and_reason(self):
        page = proposal(self.author, title="Antrean <i>daring</i>")
        waiting = proposal(self.author, title="Ide kedua")
        self.client.force_login(self.leader)
        modal_post(
            self.client, page, "return", **SCORES, reason="Tambahkan <script>x</script> data."
        )
        other_author_page = proposal(self.leader, title="Milik pimpinan")

        self.client.force_login(self.author)
        response = self.client.get(reverse("my_proposals"))
        self.assertContains(response, "Dikembalikan untuk revisi")
        self.assertContains(response, "Tambahkan &lt;script&gt;x&lt;/script&gt; data.")
        self.assertContains(response, "Antrean &lt;i&gt;daring&lt;/i&gt;")
        self.assertContains(response, "Menunggu tinjauan")
        self.assertContains(response, waiting.title)
        self.assertContains(response, "Dampak 4")
        self.assertNotContains(response, other_author_page.title)
        # The revision the leader judged is one click away, as it was.
        judged = RubricReviewTaskState.objects.get(recommendation="kembalikan").revision
        judged_url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, judged.pk])
        self.assertContains(response, judged_url)
        self.assertEqual(self.client.get(judged_url).status_code, 200)

    def test_the_workflow_history_and_page_history_show_the_reason(self):
        page = proposal(self.author)
        self.client.force_login(self.leader)
        modal_post(self.client, page, "return", **SCORES, reason="Lengkapi <b>bukti</b>.")
        self.client.force_login(self.author)
        state = RubricReviewTaskState.objects.get()
        detail = self.client.get(
            reverse(
                "wagtailadmin_pages:workflow_history_detail",
                args=[page.pk, state.workflow_state_id],
            )
        )
        history = self.client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
        for response in (detail, history):
            self.assertContains(response, "Alasan: Lengkapi &lt;b&gt;bukti&lt;/b&gt;.")
            self.assertContains(response, "Dikembalikan untuk revisi")
            self.assertContains(response, "Dampak 4, Kelayakan 3")

    def test_a_leader_is_notified_of_a_new_proposal(self):
        mail.outbox.clear()
        proposal(self.author, stage=Stage.MODIFIKASI)
        self.assertTrue(any(self.leader.email in m.to for m in mail.outbox))
        self.assertTrue(Page.objects.filter(live=False).exists())


class MismatchedIdsTests(WagtailPageTestCase):
    """A workflow URL names a page and a task state: they must belong together, and nobody
    decides on their own proposal through another page's id."""

    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def setUp(self):
        self.own = proposal(self.leader, title="Usulan pimpinan sendiri")
        self.other = proposal(self.author, title="Usulan penulis")
        self.own_state = self.own.current_workflow_task_state
        self.client.force_login(self.leader)

    def assert_untouched(self):
        self.own_state.refresh_from_db()
        self.assertEqual(self.own_state.status, TaskState.STATUS_IN_PROGRESS)
        self.assertEqual(self.own_state.specific.recommendation, "")
        self.assertFalse(RubricScore.objects.filter(task_state=self.own_state).exists())
        self.own.refresh_from_db()
        self.assertFalse(self.own.live)

    def test_every_action_on_own_proposal_under_another_page_id_is_not_found(self):
        for action in ("approve", "return", "reject", "score"):
            with self.subTest(action=action):
                response = modal_post(
                    self.client, self.other, action, self.own_state, reason="Bagus", **SCORES
                )
                self.assertEqual(response.status_code, 404)
                self.assert_untouched()

    def test_the_modal_of_another_pages_task_state_is_not_found(self):
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=(self.other.pk, "score", self.own_state.pk)
        )
        self.assertEqual(self.client.get(url).status_code, 404)
        collect = reverse(
            "wagtailadmin_pages:collect_workflow_action_data",
            args=(self.other.pk, "approve", self.own_state.pk),
        )
        self.assertEqual(self.client.post(collect, SCORES).status_code, 404)

    def test_the_task_refuses_its_own_author_whatever_the_view_checked(self):
        task = self.own_state.task.specific
        with self.assertRaises(PermissionDenied):
            task.on_action(self.own_state, self.leader, "score", comment="", **SCORES)
        self.assert_untouched()

    def test_matching_ids_still_work_for_another_leader(self):
        response = modal_post(self.client, self.other, "score", **SCORES)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(
            RubricScore.objects.filter(task_state=self.other.current_workflow_task_state).exists()
        )
