"""Guessing addresses: drafts, private pages, revisions, previews, review pages and documents
of a proposal never reach the public, readers (Pembaca) or other authors (Penulis)."""

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from ideas.models import EvidenceDocument, IdeaPage
from tests import factories
from tests.review.helpers import proposal

SECRET = "Zirkonium"  # noqa: S105 - in the title, summary and document of everything guessed at


class UrlGuessingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.owner = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.roles = {
            "anonim": None,
            "pembaca": factories.user("pembaca", group="Pembaca"),
            "penulis lain": factories.user("penulis2", group="Penulis"),
        }
        cls.draft = proposal(cls.owner, title=f"{SECRET} usulan")
        cls.draft.summary = f"Ringkasan {SECRET}."
        cls.draft.save_revision(user=cls.owner)
        cls.private = factories.idea(f"{SECRET} khusus", summary=f"Ringkasan {SECRET}.")
        restriction = PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get(name="Pimpinan")])
        document = get_document_model()(title=f"{SECRET} bukti")
        document.file.save("bukti.txt", ContentFile(SECRET.encode()), save=False)
        document.save()
        cls.document = document
        page = IdeaPage.objects.get(pk=cls.draft.pk)
        page.evidence.add(EvidenceDocument(document=document))
        page.save_revision(user=cls.owner)
        cls.draft.refresh_from_db()

    def urls(self):
        draft, private = self.draft, self.private
        state = draft.current_workflow_task_state
        revision = draft.latest_revision
        pages = "wagtailadmin_pages"
        return {
            "draft public address": f"/ide/{draft.slug}/",
            "private public address": private.url,
            "draft editor": reverse(f"{pages}:edit", args=[draft.pk]),
            "draft preview": reverse(f"{pages}:preview_on_edit", args=[draft.pk]),
            "draft view": reverse(f"{pages}:view_draft", args=[draft.pk]),
            "revision": reverse(f"{pages}:revisions_view", args=[draft.pk, revision.pk]),
            "revisions": reverse(f"{pages}:revisions_index", args=[draft.pk]),
            "history": reverse(f"{pages}:history", args=[draft.pk]),
            "workflow history": reverse(f"{pages}:workflow_history", args=[draft.pk]),
            "review modal": reverse(
                f"{pages}:workflow_action", args=[draft.pk, "approve", state.pk]
            ),
            "task preview": reverse(f"{pages}:workflow_preview", args=[draft.pk, state.task_id]),
            "review outcome": reverse("review_outcome", args=[state.pk]),
            "private editor": reverse(f"{pages}:edit", args=[private.pk]),
            "adapt private": reverse("ideas_adapt", args=[private.pk]),
            "document": self.document.url,
        }

    def test_no_role_gets_anything_of_a_proposal_or_a_private_idea(self):
        for role, user in self.roles.items():
            if user is None:
                self.client.logout()
            else:
                self.client.force_login(user)
            for name, url in self.urls().items():
                with self.subTest(role=role, url=name):
                    response = self.client.get(url, follow=True)
                    body = (
                        b"".join(response.streaming_content)
                        if response.streaming
                        else response.content
                    )
                    self.assertNotIn(SECRET.encode(), body)

    def test_my_proposals_shows_only_ones_own(self):
        self.client.force_login(self.roles["penulis lain"])
        self.assertNotContains(self.client.get(reverse("my_proposals")), SECRET)
        self.client.force_login(self.owner)
        self.assertContains(self.client.get(reverse("my_proposals")), SECRET)

    def test_the_leader_may_open_them(self):
        """The guard is not a blanket refusal: a reviewer reaches the same addresses."""
        self.client.force_login(self.leader)
        for name in (
            "draft editor",
            "draft view",
            "revision",
            "private public address",
            "document",
        ):
            with self.subTest(url=name):
                self.assertContains(self.client.get(self.urls()[name]), SECRET)
