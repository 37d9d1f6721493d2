"""Documents reach the public only through a page they may view, as published."""

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import TestCase
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from ideas.models import EvidenceDocument, IdeaPage
from tests import factories

Document = get_document_model()


def document(title):
    doc = Document(title=title)
    doc.file.save(f"{title}.txt", ContentFile(f"isi {title}".encode()), save=False)
    doc.save()
    return doc


def attach(idea, doc, publish=True):
    """Attach `doc` as evidence through a revision, as the editor does."""
    page = IdeaPage.objects.get(pk=idea.pk)
    page.evidence.add(EvidenceDocument(document=doc, description="Bukti"))
    revision = page.save_revision()
    if publish:
        revision.publish()


class DocumentAccessTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.reader = factories.user("pembaca", group="Pembaca")
        cls.leader = factories.user("pimpinan", group="Pimpinan")

    def get(self, doc, user=None):
        if user is not None:
            self.client.force_login(user)
        else:
            self.client.logout()
        return self.client.get(doc.url)

    def test_evidence_of_a_live_public_idea_is_public(self):
        doc = document("laporan-ikm")
        with self.captureOnCommitCallbacks(execute=True):
            attach(factories.idea("Antrean daring"), doc)
        response = self.get(doc)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(b"".join(response.streaming_content), b"isi laporan-ikm")

    def test_evidence_of_a_draft_is_not_found_for_the_public_and_readers(self):
        doc = document("draf-rahasia")
        with self.captureOnCommitCallbacks(execute=True):
            attach(factories.idea("Belum terbit", publish=False), doc, publish=False)
        self.assertEqual(self.get(doc).status_code, 404)
        self.assertEqual(self.get(doc, self.reader).status_code, 404)
        self.assertEqual(self.get(doc, self.author).status_code, 404, "another author")
        self.assertEqual(self.get(doc, self.leader).status_code, 200, "may change it")
        doc.uploaded_by_user = self.author
        doc.save()
        self.assertEqual(self.get(doc, self.author).status_code, 200, "who uploaded it")

    def test_a_document_added_in_an_unpublished_edit_stays_private(self):
        doc = document("lampiran-baru")
        with self.captureOnCommitCallbacks(execute=True):
            attach(factories.idea("Sudah terbit"), doc, publish=False)
        self.assertEqual(self.get(doc).status_code, 404)
        self.assertEqual(self.get(doc, self.reader).status_code, 404)

    def test_evidence_of_a_restricted_idea_follows_the_restriction(self):
        doc = document("khusus-pimpinan")
        idea = factories.idea("Rapat pimpinan")
        restriction = PageViewRestriction.objects.create(
            page=idea, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get(name="Pimpinan")])
        with self.captureOnCommitCallbacks(execute=True):
            attach(idea, doc)
        response = self.get(doc)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])
        self.assertEqual(self.get(doc, self.reader).status_code, 404)
        self.assertEqual(self.get(doc, self.leader).status_code, 200)

    def test_a_document_used_nowhere_is_not_found(self):
        doc = document("tak-terpakai")
        self.assertEqual(self.get(doc).status_code, 404)
        self.assertEqual(self.get(doc, self.reader).status_code, 404)

    def test_an_unpublished_idea_takes_its_documents_with_it(self):
        doc = document("ditarik")
        idea = factories.idea("Akan ditarik")
        with self.captureOnCommitCallbacks(execute=True):
            attach(idea, doc)
        self.assertEqual(self.get(doc).status_code, 200)
        IdeaPage.objects.get(pk=idea.pk).unpublish()
        self.assertEqual(self.get(doc).status_code, 404)
