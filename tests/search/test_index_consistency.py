"""The index follows the pages: publish, unpublish, delete, move, privacy, rollback, rebuild,
several processes, and a missing index."""

import multiprocessing
import shutil
import time
from contextlib import suppress
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, TransactionTestCase
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from ideas.models import IdeaPage
from search.backends.whoosh import writer
from search.backends.whoosh.backend import WhooshRebuilder
from search.backends.whoosh.store import IndexUnavailable
from tests import factories


def public_count(words):
    return IdeaPage.objects.live().public().search(words).count()


def indexed_count(words):
    """Every indexed idea, drafts included (what the admin's search sees)."""
    return IdeaPage.objects.search(words).count()


def page_index():
    return get_search_backend().get_index_for_model(IdeaPage)


class IndexFollowsPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.published = factories.idea("Antrean daring puskesmas", summary="Kata unik zirkonia.")

    def test_publish_is_searchable_within_a_second(self):
        with self.captureOnCommitCallbacks(execute=True):
            draft = factories.idea("Bank sampah", publish=False, summary="Kata unik kuarsit.")
        self.assertEqual(public_count("kuarsit"), 0)
        self.assertEqual(indexed_count("kuarsit"), 1)
        started = time.monotonic()
        with self.captureOnCommitCallbacks(execute=True):
            draft.get_latest_revision().publish()
        while public_count("kuarsit") == 0 and time.monotonic() - started < 1:
            time.sleep(0.01)
        self.assertEqual(public_count("kuarsit"), 1)
        self.assertLess(time.monotonic() - started, 1)

    def test_unpublish_leaves_results_counts_and_facets(self):
        results = IdeaPage.objects.live().public().search("zirkonia")
        self.assertEqual(results.facet("stage"), {"amati": 1})
        with self.captureOnCommitCallbacks(execute=True):
            self.published.unpublish()
        results = IdeaPage.objects.live().public().search("zirkonia")
        self.assertEqual(list(results), [])
        self.assertEqual(results.count(), 0)
        self.assertEqual(results.facet("stage"), {})

    def test_delete_removes_the_document(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.published.delete()
        self.assertEqual(indexed_count("zirkonia"), 0)

    def test_a_view_restriction_hides_the_page_at_once(self):
        PageViewRestriction.objects.create(
            page=self.published, restriction_type=PageViewRestriction.LOGIN
        )
        self.assertEqual(public_count("zirkonia"), 0)
        self.assertEqual(indexed_count("zirkonia"), 1)

    def test_moving_a_section_under_a_private_page_reindexes_what_it_holds(self):
        home = Page.objects.get(depth=2)
        archive = home.add_child(instance=Page(title="Arsip"))
        PageViewRestriction.objects.create(page=archive, restriction_type=PageViewRestriction.LOGIN)
        section = factories.idea_index()
        with self.captureOnCommitCallbacks(execute=True):
            section.move(archive, pos="last-child")
        self.assertEqual(public_count("zirkonia"), 0)
        # The document carries the new path: the section filter finds it under the archive.
        self.assertEqual(IdeaPage.objects.descendant_of(archive).search("zirkonia").count(), 1)

    def test_pages_in_moderation_stay_out_of_public_search(self):
        author = factories.user("penulis", group="Penulis")
        with self.captureOnCommitCallbacks(execute=True):
            proposal = factories.idea("Ide usulan", publish=False, summary="Kata unik ametis.")
            proposal.get_workflow().start(proposal, author)
            self.published.summary = "Kata unik peridot."
            self.published.save_revision(user=author)
            self.published.get_workflow().start(self.published, author)
        self.assertTrue(proposal.workflow_in_progress)
        for word in ("ametis", "peridot"):
            with self.subTest(word=word):
                self.assertEqual(public_count(word), 0)
                self.assertEqual(list(IdeaPage.objects.live().public().autocomplete(word)), [])
        self.assertEqual(public_count("zirkonia"), 1)  # the live version still answers

    def test_changes_made_during_a_rebuild_reach_the_new_index(self):
        rebuilder = WhooshRebuilder(page_index())
        rebuilding = rebuilder.start()
        rebuilding.add_items(IdeaPage, [self.published])  # read before the change below
        with self.captureOnCommitCallbacks(execute=True):
            factories.idea("Posyandu digital", summary="Kata unik basalt.")
            self.published.unpublish()
        # Searches keep answering from the index in use while the new one is built.
        self.assertEqual(public_count("basalt"), 1)
        rebuilder.finish()
        self.assertEqual(public_count("basalt"), 1)
        self.assertEqual(public_count("zirkonia"), 0)

    def test_several_processes_write_at_once_without_losing_anything(self):
        pages = [
            factories.idea(f"Ide proses {n}", summary=f"Kata proses{n} bersama.") for n in range(12)
        ]
        changes = page_index().documents(IdeaPage, pages)
        with multiprocessing.get_context("fork").Pool(4) as pool:
            errors = pool.map(_write_in_another_process, changes)
        self.assertEqual([e for e in errors if e], [])
        with page_index().store.searcher() as searcher:
            stored = {fields["pk"] for fields in searcher.all_stored_fields()}
        self.assertLessEqual({str(p.pk) for p in pages}, stored)


def _write_in_another_process(change):
    """Write one document, then search, from a separate process: return what went wrong."""
    try:
        index = get_search_backend().get_index_for_model(IdeaPage)
        writer.apply_changes(index, [change])
        with index.store.searcher() as searcher:
            searcher.doc_count()
    except Exception as error:
        return repr(error)
    return None


class MissingIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.idea = factories.idea("Perizinan daring", summary="Kata unik granit.")

    def test_search_says_the_index_is_unavailable_and_update_index_restores_it(self):
        shutil.rmtree(settings.SEARCH_INDEX_DIR / "wagtailcore.page")
        with self.assertRaises(IndexUnavailable):
            public_count("granit")
        # Saving still works; the failed index write is logged.
        with self.assertLogs(level="ERROR"), self.captureOnCommitCallbacks(execute=True):
            factories.idea("Ide baru", summary="Kata unik obsidian.")
        call_command("update_index", stdout=StringIO())
        self.assertEqual(public_count("granit obsidian"), 2)

    def test_an_unreadable_index_is_unavailable(self):
        generation = page_index().store.current_generation()
        for toc in generation.glob("*.toc"):
            toc.write_bytes(b"garbled")
        page_index().store.close()
        with self.assertRaises(IndexUnavailable):
            public_count("granit")


class WriteAfterCommitTests(TransactionTestCase):
    serialized_rollback = True  # keep the site tree the migrations made

    def setUp(self):
        call_command("update_index", stdout=StringIO())

    def test_a_rollback_leaves_the_index_as_it_was(self):
        with suppress(RuntimeError), transaction.atomic():
            factories.idea("Ide batal", summary="Kata unik gletser.")
            raise RuntimeError("roll back")
        self.assertEqual(indexed_count("gletser"), 0)
        with transaction.atomic():
            factories.idea("Ide jadi", summary="Kata unik gletser.")
        self.assertEqual(public_count("gletser"), 1)
