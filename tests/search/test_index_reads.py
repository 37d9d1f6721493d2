"""Reads retry on a fresh view of the index; the caller's mistakes are raised as they are.

tests/search/test_index_processes.py races readers and a committing process for real; here the
race is made to happen every time: a commit lands between a reader listing the index folder
and opening the table of contents it found there.
"""

from django.test import TestCase
from modelsearch.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.backends import get_search_backend
from whoosh.filedb.filestore import FileStorage

from ideas.models import IdeaPage
from search.backends.whoosh import writer
from tests import factories

QUEUE = "Nomor antrean kuarsit diambil lewat ponsel; warga memantau giliran dari rumah."


class FreshViewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ideas = [
            factories.idea(f"Antrean daring {place}", summary=QUEUE)
            for place in ("puskesmas", "kecamatan", "samsat")
        ]

    def commit_while_opening_a_toc(self):
        """The next table of contents a reader opens is replaced by a commit just before."""
        index = get_search_backend().get_index_for_model(IdeaPage)
        documents = index.documents(IdeaPage, self.ideas)
        original = FileStorage.open_file
        opened = []

        def open_file(storage, name, *args, **kwargs):
            if name.endswith(".toc") and not opened:
                opened.append(name)  # before the commit: its writer opens the index too
                writer.apply_changes(index, documents[:1])
            try:
                return original(storage, name, *args, **kwargs)
            except FileNotFoundError:
                opened.append("gone")
                raise

        index.store.close()  # the reader opens the index on its next search
        self.addCleanup(setattr, FileStorage, "open_file", original)
        FileStorage.open_file = open_file
        return opened

    def test_a_search_retries_when_a_commit_replaces_the_index_it_opens(self):
        opened = self.commit_while_opening_a_toc()
        results = IdeaPage.objects.live().public().search("kuarsit")
        self.assertEqual(results.count(), 3)
        self.assertEqual(opened[1:], ["gone"], "the race happened")

    def test_more_like_this_retries_too(self):
        opened = self.commit_while_opening_a_toc()
        live = IdeaPage.objects.live().public()
        found = get_search_backend().more_like_this(self.ideas[0], live)
        self.assertEqual(set(found), set(self.ideas[1:]))
        self.assertEqual(opened[1:], ["gone"])

    def test_the_idea_page_keeps_its_similar_ideas(self):
        opened = self.commit_while_opening_a_toc()
        response = self.client.get(self.ideas[0].url)
        self.assertContains(response, "Ide serupa")
        self.assertContains(response, "Antrean daring kecamatan")
        self.assertEqual(opened[1:], ["gone"])


class CallerMistakeTests(TestCase):
    """Not the index's fault: no retry, no IndexUnavailable, the error modelsearch defines."""

    def test_filtering_on_a_field_the_index_lacks(self):
        with self.assertRaises(FilterFieldError):
            list(IdeaPage.objects.filter(summary="x").search("antrean"))

    def test_faceting_on_a_field_the_index_lacks(self):
        with self.assertRaises(FilterFieldError):
            IdeaPage.objects.search("antrean").facet("summary")

    def test_ordering_by_a_field_the_index_lacks(self):
        with self.assertRaises(OrderByFieldError):
            list(IdeaPage.objects.order_by("summary").search("antrean", order_by_relevance=False))
