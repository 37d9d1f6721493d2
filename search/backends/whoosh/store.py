"""Where an index lives on disk, and the searchers that read it.

Each index has a folder ``<PATH>/<key>/`` holding generations (``gen-*``, each a complete Whoosh
index) and a ``current`` symlink naming the one in use. A rebuild fills a new generation and
swaps the link (an atomic rename), so searches keep answering while it runs. Every process
keeps one searcher per thread and index, and opens a new one when a writer or a rebuild has
moved on.

Processes die (kill -9, a host going down): the locks are flocks, released by the kernel, and
the next rebuild or write removes what a dead one left half done.
"""

import fcntl
import logging
import os
import re
import shutil
import threading
import time
from contextlib import contextmanager, suppress
from pathlib import Path

from django.db import DatabaseError
from modelsearch.backends.base import FieldError, FilterError

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

logger = logging.getLogger(__name__)

# Tries of a read, each on a freshly opened index after the first: a writer may replace the
# files a reader is opening (its table of contents, merged segments) at that very moment.
READ_ATTEMPTS = 3
# Errors that say nothing about the index: the caller's mistakes (modelsearch's conformance
# suite expects them unchanged) and the database's. They are raised as they are.
NOT_INDEX_ERRORS = (FieldError, FilterError, DatabaseError)
# A table of contents a Whoosh writer was writing when it died (renamed into place when
# complete). Whoosh removes a dead writer's other files at its next commit, never these.
UNFINISHED_TOC = re.compile(r"_\w+_[0-9]+\.toc\..+")


class IndexUnavailable(Exception):
    """The index is missing or unreadable: search must answer from somewhere else."""


class IndexStore:
    """One per index folder and process: ``get_search_backend()`` makes a new backend for
    every search, so open searchers and their caches live here, not on the backend."""

    _instances = {}
    _instances_lock = threading.Lock()

    @classmethod
    def at(cls, root, key):
        with cls._instances_lock:
            store = cls._instances.get((str(root), key))
            if store is None:
                store = cls._instances[(str(root), key)] = cls(root, key)
            return store

    def __init__(self, root, key):
        self.folder = Path(root) / key
        self.current_link = self.folder / "current"
        self.lock_path = self.folder / "write.lock"
        self.rebuild_lock_path = self.folder / "rebuild.lock"
        self.building_marker = self.folder / "building"
        self._local = threading.local()  # Whoosh searchers are not shared between threads

    # Locations ---------------------------------------------------------------------------

    def current_generation(self):
        try:
            return self.folder / os.readlink(self.current_link)
        except OSError:
            return None

    def exists(self):
        generation = self.current_generation()
        return generation is not None and whoosh_index.exists_in(str(generation))

    def new_generation(self, schema):
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"gen-{time.time_ns()}-{os.getpid()}"
        path.mkdir()
        FileStorage(str(path)).create_index(schema)
        return path

    def open(self, generation):
        # Files read, not memory-mapped: a segment file cut short under a mapped reader would
        # kill the process (SIGBUS) instead of raising an error the page can survive.
        return FileStorage(str(generation), supports_mmap=False).open_index()

    def swap(self, generation):
        """Point ``current`` at ``generation`` atomically, and drop all but the last two."""
        temporary = self.folder / f"current-{os.getpid()}-{threading.get_ident()}"
        temporary.unlink(missing_ok=True)
        temporary.symlink_to(generation.name)
        os.replace(temporary, self.current_link)
        generations = sorted(self.folder.glob("gen-*"), key=lambda p: p.stat().st_mtime_ns)
        keep = {generation.name, *(p.name for p in generations[-2:])}
        building = self.building_generation()
        if building is not None:
            keep.add(building.name)
        for old in generations:
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)

    # Writers -----------------------------------------------------------------------------

    @contextmanager
    def write_lock(self):
        """One writer at a time, across processes (Whoosh's own lock fails instead of waiting)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def building_generation(self):
        try:
            return self.folder / self.building_marker.read_text().strip()
        except OSError:
            return None

    def remove_unfinished_tocs(self, generation):
        """Remove the tables of contents that writers died writing (call with the write lock
        held: then no live writer is writing one)."""
        for path in generation.iterdir():
            if UNFINISHED_TOC.fullmatch(path.name):
                path.unlink(missing_ok=True)

    # Rebuilds ----------------------------------------------------------------------------

    def hold_rebuild_lock(self):
        """Wait until no other process rebuilds this index; the open lock file, held until
        closed (or the process dies)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        handle = open(self.rebuild_lock_path, "a")  # noqa: SIM115 - held beyond this call
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except BaseException:
            handle.close()
            raise
        return handle

    def remove_dead_rebuild(self):
        """With the rebuild lock and the write lock held: what a rebuild that died left.

        Its marker and generation, any generation newer than the one in use (a rebuild that
        died before writing its marker or after removing it), a half-made ``current`` link.
        """
        current = self.current_generation()
        building = self.building_generation()
        self.building_marker.unlink(missing_ok=True)
        for generation in self.folder.glob("gen-*"):
            if current is not None and generation.name == current.name:
                continue
            if (
                current is None
                or generation.name == getattr(building, "name", None)
                or _created(generation) > _created(current)
            ):
                shutil.rmtree(generation, ignore_errors=True)
        for link in self.folder.glob("current-*"):
            link.unlink(missing_ok=True)

    # Readers -----------------------------------------------------------------------------

    def read(self, work):
        """``work(searcher)``'s result, read with this thread's searcher.

        When the index fails (a file a writer has just replaced, a corrupt or missing segment),
        the searcher is dropped and ``work`` runs again on a freshly opened index; after
        READ_ATTEMPTS failures, IndexUnavailable. ``work`` may run more than once.
        """
        error = None
        for _attempt in range(READ_ATTEMPTS):
            try:
                with self.searcher() as searcher:
                    return work(searcher)
            except NOT_INDEX_ERRORS:
                raise
            except Exception as caught:
                error = caught
                self.close()
                logger.info("Reading %s failed (%r); trying a fresh view", self.folder, error)
        raise IndexUnavailable(f"Search index at {self.folder} failed") from error

    @contextmanager
    def searcher(self):
        """This thread's searcher, brought up to date with the latest commit."""
        local = self._local
        generation = self.current_generation()
        if generation is None:
            raise IndexUnavailable(f"No search index at {self.folder}")
        try:
            searcher = getattr(local, "searcher", None)
            # A new searcher after each commit: Whoosh's refresh() reuses segment readers and
            # can miss deletions recorded in a segment it already had open.
            if (
                searcher is None
                or local.generation != generation
                or searcher._ix.latest_generation() != searcher.reader().generation()
            ):
                self.close()
                local.searcher = self.open(generation).searcher()
                local.generation = generation
        except Exception as error:  # a missing file, a truncated or garbled table of contents
            local.searcher = None
            raise IndexUnavailable(f"Search index at {generation} is unreadable") from error
        yield local.searcher

    def close(self):
        searcher, self._local.searcher = getattr(self._local, "searcher", None), None
        if searcher is not None:
            # The cache refers back to its searcher: break the cycle so both go at once.
            searcher.__dict__.pop("_kb_docsets", None)
            with suppress(Exception):  # files already gone or garbled: nothing left to keep
                searcher.close()


def _created(generation):
    """When a generation was made (``gen-<ns>-<pid>``)."""
    return int(generation.name.split("-")[1])
