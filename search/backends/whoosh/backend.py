"""A modelsearch backend on Whoosh: one index per root model, in a folder on disk."""

import logging
from functools import cached_property
from pathlib import Path

from django.apps import apps
from django.conf import settings
from modelsearch.backends.base import BaseIndex, BaseSearchBackend, get_model_root
from modelsearch.index import get_indexed_models
from modelsearch.query import PlainText

from whoosh import query as wq

from . import writer
from .query import (
    WhooshAutocompleteQueryCompiler,
    WhooshSearchQueryCompiler,
    model_columns,
)
from .results import WhooshSearchResults
from .schema import SPELLING, build_schema, document, spelling_analyzer
from .store import IndexStore

logger = logging.getLogger(__name__)

# How many characteristic words of an object a more-like-this query uses, per field.
MORE_LIKE_THIS_TERMS = 12
# Objects read from the database at a time while a missing index is built.
BUILD_CHUNK_SIZE = 1000


class WhooshIndex(BaseIndex):
    def __init__(self, backend, root_model, store):
        super().__init__(backend)
        self.root_model = root_model
        self.store = store

    def get_key(self):
        return self.root_model._meta.label_lower

    def __str__(self):
        return self.get_key()

    @cached_property
    def models(self):
        return [m for m in get_indexed_models() if get_model_root(m) is self.root_model]

    def column(self, name):
        for model in self.models:
            for column in model_columns(model):
                if column.name == name:
                    return column
        raise KeyError(name)

    def schema(self):
        return build_schema(self.models)

    def reset(self):
        with self.store.write_lock():
            self.store.swap(self.store.new_generation(self.schema()))

    def refresh(self):
        writer.flush_pending(self)

    def documents(self, model, items):
        model_cols = model_columns(model)
        return [(model._meta.label_lower, str(obj.pk), document(obj, model_cols)) for obj in items]

    def add_items(self, model, items):
        if items:
            writer.submit(self, self.documents(model, items))

    def delete_item(self, item):
        writer.submit(self, [(item._meta.label_lower, str(item.pk), None)])


class RebuildingIndex(WhooshIndex):
    """The index a rebuild fills: a new generation, written with one long-lived writer."""

    def __init__(self, index, generation):
        super().__init__(index.backend, index.root_model, index.store)
        self.generation = generation
        self.writer = index.store.open(generation).writer(limitmb=256)

    def add_items(self, model, items):
        for _label, _pk, doc in self.documents(model, items):
            self.writer.add_document(**doc)


class WhooshRebuilder:
    """One rebuild of an index at a time: a second waits for the first to finish. Whatever a
    rebuild left when its process died is removed when the next one starts."""

    def __init__(self, index):
        self.index = index
        self.rebuilding = None
        self.rebuild_lock = None

    def start(self):
        store = self.index.store
        self.rebuild_lock = store.hold_rebuild_lock()
        try:
            with store.write_lock():
                store.remove_dead_rebuild()
                generation = store.new_generation(self.index.schema())
                store.building_marker.write_text(generation.name)
            self.rebuilding = RebuildingIndex(self.index, generation)
        except BaseException:
            self.rebuild_lock.close()
            raise
        return self.rebuilding

    def finish(self):
        """Commit, replay what writers changed meanwhile, and swap the new generation in."""
        try:
            self.rebuilding.writer.commit()
            store = self.index.store
            generation = self.rebuilding.generation
            with store.write_lock():
                changes = []
                for label, pk in writer.read_journal(generation):
                    model = apps.get_model(label)
                    obj = model.get_indexed_objects().filter(pk=pk).first()
                    doc = None
                    if obj is not None:
                        doc = self.index.documents(type(obj), [obj])[0][2]
                    changes.append((label, pk, doc))
                if changes:
                    writer.write_documents(self.index, store.open(generation), changes)
                store.building_marker.unlink(missing_ok=True)
                store.swap(generation)
        finally:
            self.rebuild_lock.close()  # a failed rebuild is left for the next one to remove


class WhooshSearchBackend(BaseSearchBackend):
    query_compiler_class = WhooshSearchQueryCompiler
    autocomplete_query_compiler_class = WhooshAutocompleteQueryCompiler
    results_class = WhooshSearchResults
    rebuilder_class = WhooshRebuilder
    index_class = WhooshIndex
    # Text is analysed with search.language: other forms of a word match (search/engine.py).
    stems_indonesian = True
    # A failed index write is logged, never turned into a failed save: update_index repairs.
    catch_indexing_errors = True

    def __init__(self, params):
        super().__init__(params)
        path = params.get("PATH") or Path(settings.BASE_DIR) / "var" / "search-index"
        self.path = Path(path)
        self._indexes = {}

    def get_index_for_model(self, model):
        root = get_model_root(model)
        key = root._meta.label_lower
        if key not in self._indexes:
            self._indexes[key] = WhooshIndex(self, root, IndexStore.at(self.path, key))
        return self._indexes[key]

    def create_missing_indexes(self):
        """Build each index that has no folder on disk yet (a new installation, after
        ``migrate``). Existing indexes are left alone: ``update_index`` rebuilds those."""
        for index in self.all_indexes():
            if index.store.exists():
                continue
            rebuilder = self.rebuilder_class(index)
            building = rebuilder.start()
            for model in index.models:
                objects = model.get_indexed_objects().order_by("pk")
                chunk = []
                for obj in objects.iterator(chunk_size=BUILD_CHUNK_SIZE):
                    chunk.append(obj)
                    if len(chunk) == BUILD_CHUNK_SIZE:
                        building.add_items(model, chunk)
                        chunk = []
                building.add_items(model, chunk)
            rebuilder.finish()

    # Extensions used by the site ---------------------------------------------------------

    def more_like_this(self, obj, queryset, limit=5):
        """The objects of ``queryset`` most like ``obj`` (itself excluded), best first."""
        index = self.get_index_for_model(type(obj))
        doc = index.documents(type(obj), [obj])[0][2]
        compiler = self.query_compiler_class(queryset, PlainText(""))

        def characteristic_terms(searcher):
            terms = []
            for column in compiler.text_columns():
                text = doc.get(column.name)
                if not text or column.name not in searcher.schema:
                    continue
                for word, weight in searcher.key_terms_from_text(
                    column.name, text, numterms=MORE_LIKE_THIS_TERMS
                ):
                    terms.append(wq.Term(column.name, word, boost=weight * column.boost))
            return terms

        terms = index.store.read(characteristic_terms)
        if not terms:
            return []
        # The object itself is left out by its document's pk, before ranking and slicing.
        compiler.text_query = lambda: wq.AndNot(wq.Or(terms), wq.Term("pk", str(obj.pk)))
        return list(self.results_class(self, compiler)[:limit])

    def suggest(self, query_string, queryset):
        """A respelling of ``query_string`` that finds something in ``queryset``, or ``None``.

        Candidates come from the spelling vocabulary (unstemmed words of titles, summaries and
        tags). One counts only if the queryset has a hit for it, so words that only drafts or
        private pages contain are never offered.
        """
        index = self.get_index_for_model(queryset.model)
        words = [t.text for t in spelling_analyzer()(query_string)]
        if not words:
            return None

        def spelling_options(searcher):
            reader = searcher.reader()
            if SPELLING not in reader.schema:
                return None
            corrector = searcher.corrector(SPELLING)
            options = []
            for word in words:
                known = (SPELLING, word) in reader
                candidates = [] if known else corrector.suggest(word, limit=3, maxdist=2)
                options.append(candidates or [word])
            return options

        options = index.store.read(spelling_options)
        if options is None:
            return None
        if all(option == [word] for option, word in zip(options, words, strict=True)):
            return None
        for attempt in range(3):
            corrected = " ".join(o[min(attempt, len(o) - 1)] for o in options)
            if self.search(corrected, queryset, operator="and").count():
                return corrected
        return None


SearchBackend = WhooshSearchBackend
