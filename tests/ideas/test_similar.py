"""'Ide serupa' on the public idea page: live, public ideas only, never the page itself."""

import tempfile

import pytest
from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction

from ideas.duplicates import similar_ideas
from tests import factories

pytestmark = pytest.mark.engines

QUEUE = (
    "Warga mengambil nomor antrean layanan lewat ponsel, memantau giliran dari rumah, "
    "dan datang ke loket saat gilirannya hampir tiba."
)


class SimilarIdeasTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = factories.idea("Antrean daring puskesmas", summary=QUEUE)
        cls.kecamatan = factories.idea("Antrean daring kantor kecamatan", summary=QUEUE)
        cls.dukcapil = factories.idea(
            "Pelayanan antrian daring Dukcapil",
            summary="Nomor antrean pelayanan diambil lewat ponsel; warga memantau giliran.",
        )
        cls.unrelated = factories.idea(
            "Bank sampah sekolah",
            summary="Murid menabung sampah plastik yang dipilah dan ditimbang setiap Jumat.",
        )
        # Hidden ideas with the very same words.
        cls.draft = factories.idea(
            "Antrean daring rumah sakit (draf)", summary=QUEUE, publish=False
        )
        cls.private = factories.idea("Antrean daring pegawai (khusus)", summary=QUEUE)
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.LOGIN
        )
        cls.unpublished = factories.idea("Antrean daring samsat (ditarik)", summary=QUEUE)
        cls.unpublished.unpublish()

    def test_lists_the_public_ideas_that_share_its_words(self):
        found = similar_ideas(self.page)
        self.assertIn(self.kecamatan, found)
        self.assertIn(self.dukcapil, found, "other word forms (antrian, pelayanan) match too")
        self.assertLess(found.index(self.kecamatan), len(found))
        self.assertNotIn(self.page, found)
        for hidden in (self.draft, self.private, self.unpublished):
            self.assertNotIn(hidden, found, hidden.title)

    def test_the_closest_idea_comes_first(self):
        found = similar_ideas(self.page)
        self.assertEqual(found[0], self.kecamatan)
        if self.unrelated in found:
            self.assertGreater(found.index(self.unrelated), found.index(self.dukcapil))

    def test_at_most_five(self):
        with self.captureOnCommitCallbacks(execute=True):
            for n in range(7):
                factories.idea(f"Antrean daring loket {n}", summary=QUEUE)
        found = similar_ideas(self.page)
        self.assertEqual(len(found), 5)
        self.assertNotIn(self.page, found)

    def test_the_idea_page_shows_them_with_stage_and_agency(self):
        agency = factories.agency("Dinas Kesehatan", city="Ambon", province="Maluku")
        page = factories.idea("Antrean daring posyandu", summary=QUEUE, source_agency=agency)
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        response = self.client.get(self.page.url)
        self.assertContains(response, "Ide serupa")
        self.assertContains(response, "Antrean daring kantor kecamatan")
        self.assertContains(response, "Antrean daring posyandu")
        self.assertContains(response, "Dinas Kesehatan")
        self.assertContains(response, "badge--stage")
        for hidden in (self.draft, self.private, self.unpublished):
            self.assertNotContains(response, hidden.title)

    def test_an_unpublished_idea_leaves_the_list(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.kecamatan.unpublish()
        self.assertNotIn(self.kecamatan, similar_ideas(self.page))
        self.assertNotContains(self.client.get(self.page.url), "Antrean daring kantor kecamatan")

    def test_a_missing_index_shows_nothing_and_logs(self):
        empty = tempfile.mkdtemp(prefix="kb-no-index-")
        backends = {"default": {"BACKEND": "search.backends.whoosh", "PATH": empty}}
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=backends),
            self.assertLogs("search.engine", "ERROR"),
        ):
            self.assertEqual(similar_ideas(self.page), [])
            response = self.client.get(self.page.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Ide serupa")
        self.assertContains(response, "Antrean daring puskesmas")
