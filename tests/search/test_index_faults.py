"""A broken index never takes a reader's page down.

While pages are being served, the index folder is deleted, its files are cut short, or a segment
is corrupted in place. The search page then answers from the database with a notice, idea pages
answer without "Ide serupa", autocomplete answers from the database, publishing an idea still
works (the failed index write is logged), and ``update_index`` brings the engine back.
"""

import json
import os
import shutil
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django.test import TestCase
from wagtail.search.backends import get_search_backend
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.structfile import StructFile
from whoosh.system import unpack_long

from ideas.models import IdeaPage
from tests import factories

NOTICE = "Mesin pencarian sedang bermasalah"
QUEUE = "Nomor antrean kuarsit diambil lewat ponsel; warga memantau giliran dari rumah."
PLACES = ("puskesmas", "kecamatan", "samsat", "rumah sakit", "Dukcapil", "PDAM")
KNOWN = len(PLACES)  # ideas with the word searched for
FLIPPED = 400  # bytes changed at a time, in place (the file keeps its size)


def page_store():
    return get_search_backend().get_index_for_model(IdeaPage).store


def raises(read):
    try:
        read()
    except Exception:
        return True
    return False


def page_reads_fail(idea):
    """Do the engine reads of each page (search, more-like-this, autocomplete) raise, for a
    reader that opens the index now?"""
    live = IdeaPage.objects.live().public()

    def search():
        results = live.search("kuarsit")
        results.count()
        list(results[:10])
        results.facet("stage")

    reads = [
        search,
        lambda: get_search_backend().more_like_this(idea, live),
        lambda: list(live.autocomplete("antrean daring")[:10]),
    ]
    failed = []
    for read in reads:
        page_store().close()
        failed.append(raises(read))
    return all(failed)


def largest_file(generation):
    return max((p for p in generation.iterdir() if p.is_file()), key=lambda p: p.stat().st_size)


def flip(path, offset):
    """Change FLIPPED bytes of ``path`` at ``offset``, in place (the file keeps its size)."""
    with open(path, "r+b") as handle:
        handle.seek(offset)
        flipped = bytes(byte ^ 0xFF for byte in handle.read(FLIPPED))
        handle.seek(offset)
        handle.write(flipped)


class BrokenIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ideas = [factories.idea(f"Antrean daring {p}", summary=QUEUE) for p in PLACES]
        factories.idea("Bank sampah sekolah", summary="Murid menabung sampah plastik.")

    def pages(self):
        idea = self.ideas[0]
        return (
            self.client.get("/search/", {"q": "kuarsit"}),
            self.client.get(idea.url),
            self.client.get("/search/autocomplete/", {"q": "antrean daring"}),
        )

    def assert_engine_serves(self, found=KNOWN):
        search, idea, autocomplete = self.pages()
        self.assertEqual(search.status_code, 200)
        self.assertNotContains(search, NOTICE)
        self.assertIsNone(search.context["search_notice"])
        self.assertEqual(search.context["result_count"], found)
        self.assertContains(idea, "Ide serupa")
        self.assertContains(idea, "Antrean daring kecamatan")
        self.assertEqual(autocomplete.status_code, 200)
        self.assertTrue(json.loads(autocomplete.content)["suggestions"])

    def assert_pages_degrade(self):
        with self.assertLogs(level="ERROR") as logs:
            search, idea, autocomplete = self.pages()
        failed = "\n".join(logs.output)
        self.assertIn("Search engine failed", failed)
        self.assertIn("Similar ideas for", failed)
        self.assertIn("Autocomplete engine failed", failed)

        self.assertContains(search, NOTICE)  # status 200
        self.assertEqual(search.context["result_count"], KNOWN)
        self.assertContains(idea, "Antrean daring puskesmas")
        self.assertNotContains(idea, "Ide serupa")
        self.assertEqual(autocomplete.status_code, 200)
        labels = [s["label"] for s in json.loads(autocomplete.content)["suggestions"]]
        self.assertIn("Antrean daring kecamatan", labels)

    def survive(self, fault, worsen=None):
        """``fault`` while this thread's searcher is open; then ``worsen`` it if need be until
        a reader that opens the index now fails on each page's reads."""
        self.assert_engine_serves()
        fault()
        # From what this thread's searcher still holds, or from the database: never a 500.
        for response in self.pages():
            self.assertEqual(response.status_code, 200)
        if worsen is not None:
            worsen()
        page_store().close()  # a worker that opens the index from now on
        self.assert_pages_degrade()
        with self.captureOnCommitCallbacks(execute=True):
            published = factories.idea("Antrean daring posyandu", summary=QUEUE)
        self.assertTrue(IdeaPage.objects.get(pk=published.pk).live)

        call_command("update_index", stdout=StringIO())
        self.assert_engine_serves(found=KNOWN + 1)

    def test_index_folder_deleted(self):
        def delete():
            shutil.rmtree(settings.SEARCH_INDEX_DIR)

        with self.assertLogs("search.backends.whoosh.writer", "ERROR"):  # publishing's write
            self.survive(delete)

    def test_files_cut_short(self):
        def truncate():
            for path in page_store().current_generation().iterdir():
                if path.is_file():
                    os.truncate(path, path.stat().st_size // 2)

        with self.assertLogs("search.backends.whoosh.writer", "ERROR"):
            self.survive(truncate)

    def corrupt_until_pages_fail(self, segment, middle, end, start=8):
        """``survive`` FLIPPED bytes changed at ``middle`` of ``segment``, then the FLIPPED bytes
        after them, and so on up to ``end``, then before them down to ``start``, until the
        engine fails on every page. The file keeps its size."""
        size = segment.stat().st_size

        def worsen():
            for offset in [
                *range(middle + FLIPPED, end - FLIPPED, FLIPPED),
                *range(middle - FLIPPED, start, -FLIPPED),
            ]:
                if page_reads_fail(self.ideas[0]):
                    break
                flip(segment, offset)
            self.assertTrue(page_reads_fail(self.ideas[0]))
            self.assertEqual(segment.stat().st_size, size)

        self.survive(lambda: flip(segment, middle), worsen)

    def test_segment_corrupted_in_its_middle(self):
        segment = largest_file(page_store().current_generation())
        # Never its directory of files (at its end): that alone only stops the index opening.
        with open(segment, "rb") as handle:
            end = unpack_long(handle.read(8))[0]
        self.corrupt_until_pages_fail(segment, segment.stat().st_size // 2 - FLIPPED // 2, end)

    def test_postings_corrupted_in_place(self):
        """The index opens; the pages' queries read damaged postings (zlib, struct errors)."""
        segment = largest_file(page_store().current_generation())
        with open(segment, "rb") as handle:
            files = CompoundStorage(StructFile(handle), use_mmap=False)
            (start, length), *_ = [files.range(n) for n in files.list() if n.endswith(".pst")]
        self.corrupt_until_pages_fail(
            segment, start + length // 2 - FLIPPED // 2, start + length, start=start
        )
