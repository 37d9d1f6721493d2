"""The review in the page editor: the actions each person gets, the decision shown above the
form, and the modal's labels."""

from django.contrib.messages import get_messages
from wagtail.models import WorkflowState
from wagtail.test.utils import WagtailPageTestCase

from ideas.models import IdeaPage
from review.forms import ApproveForm, ReasonedDecisionForm
from review.models import LEADERS_WORKFLOW, leaders_workflow
from tests import factories
from tests.ideas.editor import edit_url, idea_form

from .helpers import SCORES, modal_post, proposal, submit_in_editor

REASON = "Tambahkan target IKM & <dasar hukum>."
BYPASSES = {"action-publish", "action-cancel-workflow", "action-restart-workflow"}


class EditorTestCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis", first_name="Nur")
        cls.leader = factories.user("pimpinan", group="Pimpinan", first_name="Bu Kadis")
        cls.admin = factories.user("admin", is_superuser=True)

    def menu(self, user, page):
        """(default action, the other actions) of the editor's action menu for `user`."""
        self.client.force_login(user)
        response = self.client.get(edit_url(page))
        self.assertEqual(response.status_code, 200)
        menu = response.context["action_menu"]
        return menu.default_item.name, [item.name for item in menu.menu_items]

    def return_proposal(self, page):
        self.client.force_login(self.leader)
        modal_post(self.client, page, "return", **SCORES, reason=REASON, comment="Bagus.")
        page.refresh_from_db()
        self.assertEqual(page.current_workflow_state.status, WorkflowState.STATUS_NEEDS_CHANGES)


class ActionMenuTests(EditorTestCase):
    def test_one_name_for_the_workflow_and_its_task(self):
        workflow = leaders_workflow()
        self.assertEqual(workflow.name, LEADERS_WORKFLOW)
        self.assertEqual([task.name for task in workflow.tasks.all()], [LEADERS_WORKFLOW])

    def test_a_leader_decides_only_through_the_review(self):
        page = proposal(self.author)
        default, others = self.menu(self.leader, page)
        actions = [default, *others]
        self.assertLessEqual({"approve", "return", "reject", "score"}, set(actions))
        self.assertFalse(BYPASSES & set(actions), actions)

    def test_an_administrator_keeps_the_bypasses(self):
        page = proposal(self.author)
        default, others = self.menu(self.admin, page)
        self.assertLessEqual(BYPASSES - {"action-restart-workflow"}, {default, *others})

    def test_a_returned_proposal_offers_its_author_one_way_on_resubmit_first(self):
        page = proposal(self.author)
        self.return_proposal(page)
        default, others = self.menu(self.author, page)
        self.assertEqual(default, "action-submit")
        self.assertFalse(BYPASSES & {default, *others}, others)
        response = self.client.get(edit_url(page))
        self.assertContains(response, "Ajukan ulang ke Tinjauan Pimpinan")
        self.assertNotContains(response, "Mulai ulang alur kerja")
        self.assertNotContains(response, "Batalkan alur kerja")

    def test_outside_the_review_the_menu_is_wagtails(self):
        idea = factories.idea("Ide terbit", owner=self.leader)
        default, others = self.menu(self.leader, idea)
        self.assertEqual(default, "action-save-draft")
        self.assertIn("action-publish", others)

    def test_a_posted_bypass_is_refused_and_nothing_is_saved(self):
        page = proposal(self.author)
        self.client.force_login(self.leader)
        data = idea_form(title=page.title, slug=page.slug, summary="Diterbitkan tanpa rubrik.")
        data["action-publish"] = "action-publish"
        response = self.client.post(edit_url(page), data)
        self.assertRedirects(response, edit_url(page))
        [message] = get_messages(response.wsgi_request)
        self.assertIn("sedang dalam Tinjauan Pimpinan", str(message))
        page = IdeaPage.objects.get(pk=page.pk)
        self.assertFalse(page.live)
        self.assertNotEqual(page.get_latest_revision_as_object().summary, data["summary"])
        self.assertEqual(page.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS)


class DecisionInEditorTests(EditorTestCase):
    def test_the_author_sees_the_reason_scores_and_who_decided_above_the_form(self):
        page = proposal(self.author)
        self.client.force_login(self.author)
        self.assertNotContains(self.client.get(edit_url(page)), "review-decision")

        self.return_proposal(page)
        self.client.force_login(self.author)
        response = self.client.get(edit_url(page))
        html = response.content.decode()
        self.assertContains(response, "Usulan ini dikembalikan untuk revisi")
        self.assertContains(response, "Tambahkan target IKM &amp; &lt;dasar hukum&gt;.")
        self.assertContains(response, "Diputuskan oleh Bu Kadis")
        self.assertContains(response, "Dampak 4")
        self.assertContains(response, "Bagus.")
        self.assertLess(html.index("review-decision"), html.index('id="page-edit-form"'))

    def test_after_resubmission_the_leader_sees_the_previous_decision(self):
        page = proposal(self.author)
        self.return_proposal(page)
        self.client.force_login(self.author)
        submit_in_editor(self.client, page)
        page.refresh_from_db()
        self.assertEqual(page.current_workflow_state.status, WorkflowState.STATUS_IN_PROGRESS)

        self.client.force_login(self.leader)
        response = self.client.get(edit_url(page))
        self.assertContains(response, "Keputusan sebelumnya dalam Tinjauan Pimpinan")
        self.assertContains(response, "Tambahkan target IKM")
        self.assertNotContains(response, "Usulan ini dikembalikan untuk revisi")


class ModalLabelTests(WagtailPageTestCase):
    def test_the_reason_and_the_note_say_which_is_which(self):
        form = ReasonedDecisionForm()
        self.assertEqual(list(form.fields)[-2:], ["reason", "comment"])
        reason, comment = form.fields["reason"], form.fields["comment"]
        self.assertEqual(reason.label, "Alasan keputusan")
        self.assertTrue(reason.required)
        self.assertIn("dikembalikan atau ditolak", reason.help_text)
        self.assertEqual(comment.label, "Catatan penilaian (tidak wajib)")
        self.assertFalse(comment.required)
        self.assertIn("menyertai nilai", comment.help_text)
        self.assertNotIn("reason", ApproveForm().fields)

    def test_the_modal_shows_both_help_texts(self):
        author = factories.user("penulis", group="Penulis")
        leader = factories.user("pimpinan", group="Pimpinan")
        page = proposal(author)
        self.client.force_login(leader)
        response = self.client.get(
            f"/admin/pages/workflow/action/{page.pk}/return/{page.current_workflow_task_state.pk}/",
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        self.assertContains(response, "Alasan keputusan")
        self.assertContains(response, "Catatan penilaian (tidak wajib)")
        self.assertContains(response, "menyertai nilai")
