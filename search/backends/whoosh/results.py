"""Run a compiled query on the index; fetch the matching objects from the database."""

from collections import OrderedDict
from dataclasses import dataclass

from modelsearch.backends.base import BaseSearchResults, FilterFieldError

from whoosh import query as wq

from . import docsets, scoring
from .schema import NULLS


@dataclass
class Hits:
    """The matching documents (a set) and the first ``depth`` of them in result order."""

    docset: frozenset
    ranked: list  # (docnum, pk, score) tuples
    depth: int | None  # None: ``ranked`` holds every match
    source: object = None  # the index state the document numbers belong to


class WhooshSearchResults(BaseSearchResults):
    supports_facet = True

    def __init__(self, backend, query_compiler, prefetch_related=None):
        super().__init__(backend, query_compiler, prefetch_related=prefetch_related)
        # Shared with slices of these results: a page and the total come from one search.
        self._shared = {"hits": None}

    def _clone(self):
        clone = super()._clone()
        clone._shared = self._shared
        return clone

    @property
    def index(self):
        return self.backend.get_index_for_model(self.query_compiler.model)

    def get_hits(self, depth=None):
        """Hits ranked at least ``depth`` deep (``None``: all of them)."""
        return self.index.store.read(lambda searcher: self._hits_from(searcher, depth))

    def _hits_from(self, searcher, depth):
        hits = self._shared["hits"]
        if (
            hits is None
            or (hits.source is not None and hits.source != _source(searcher))
            or (hits.depth is not None and (depth is None or depth > hits.depth))
        ):
            hits = self._shared["hits"] = self._search(searcher, depth)
        return hits

    def _search(self, searcher, depth):
        compiler = self.query_compiler
        text = compiler.text_query()
        parts = [compiler.content_type_query()]
        translated = compiler.filter()
        in_database = translated is not None and not translated.exact
        if translated is not None and translated.query is not None:
            parts.append(translated.query)
        if text == wq.NullQuery or any(part == wq.NullQuery for part in parts):
            return Hits(frozenset(), [], None)
        reader = searcher.reader()
        pk_column = reader.column_reader("pk")
        # The filters come back query after query (live, public, this section): kept whole.
        docset = docsets.matching_cached(searcher, wq.And(parts))
        if text is not None:
            docset = docset & docsets.matching(searcher, text)
        if in_database and docset:
            # What the index could not evaluate: the queryset's own filters decide.
            keys = compiler.queryset.order_by().values_list("pk", flat=True)
            allowed = {str(pk) for pk in keys}
            docset = frozenset(d for d in docset if _text(pk_column[d]) in allowed)
        sort = compiler.sort_columns()
        if depth == 0:
            ranked = []
        elif sort:
            ranked = [(d, 0.0) for d in sorted(docset)]
            for column, reverse in reversed(sort):
                if column is None:
                    key = lambda item: _pk_key(_text(pk_column[item[0]]))  # noqa: E731
                else:
                    values = reader.column_reader(column.name)
                    key = lambda item, values=values: values[item[0]]  # noqa: E731
                ranked.sort(key=key, reverse=reverse)
            ranked = ranked[:depth]
        elif text is None:
            ranked = [(d, 0.0) for d in sorted(docset)[:depth]]
        else:
            ranked = scoring.rank(searcher, text, docset, depth)
            if ranked is None:  # phrases: Whoosh scores those itself
                results = searcher.search(text, filter=set(docset), limit=depth, terms=False)
                ranked = [(hit.docnum, hit.score or 0.0) for hit in results]
        ranked = [(d, _text(pk_column[d]), score) for d, score in ranked]
        complete = depth is None or len(ranked) < depth
        return Hits(docset, ranked, None if complete else depth, _source(searcher))

    def _do_search(self):
        ranked = self.get_hits(self.stop).ranked[self.start : self.stop]
        if not ranked:
            return []
        pks = [pk for _docnum, pk, _score in ranked]
        scores = {pk: score for _docnum, pk, score in ranked}
        # The database has the last word: an object the index still lists but the queryset's
        # filters now exclude (just unpublished, say) is not returned.
        queryset = self.query_compiler.queryset.filter(pk__in=pks)
        if self.prefetch_related:
            queryset = queryset.prefetch_related(*self.prefetch_related)
        objects = {str(obj.pk): obj for obj in queryset}
        found = []
        for pk in pks:
            obj = objects.get(pk)
            if obj is not None:
                if self._score_field:
                    setattr(obj, self._score_field, float(scores[pk]))
                found.append(obj)
        return found

    def _do_count(self):
        total = len(self.get_hits(0).docset)
        stop = total if self.stop is None else min(total, self.stop)
        return max(0, stop - self.start)

    def facet(self, field_name):
        """Counts of each value of a filter field over the matching documents: an OrderedDict
        ``{value: count}``, most frequent first, as modelsearch's database backend returns.

        ``field_name`` is a FilterField of the model by attname (``source_agency_id``, as the
        database backend takes it) or by name (``source_agency``), or a path through
        RelatedFields such as ``dimensions__slug``. Keys have the field's type: ints for
        foreign keys and integer fields, strings for text and for a method returning a list
        of strings (``dimension_slugs``: each value counted once per document). Documents
        with no value are counted under ``None``.
        """
        column = self._facet_column(field_name)

        def count(searcher):
            counts = {}
            docnums = self._hits_from(searcher, 0).docset
            reader = searcher.reader()
            cache = docsets.cache_for(searcher)
            if column.name in reader.schema and docnums:
                field = reader.schema[column.name]
                for term in cache.terms(field, column.name):
                    found = len(docnums & cache.postings(column.name, term))
                    if found:
                        counts[column.from_index(field.from_bytes(term))] = found
            if docnums and (NULLS, column.name.encode()) in reader:
                missing = len(docnums & cache.postings(NULLS, column.name.encode()))
                if missing:
                    counts[None] = missing
            return counts

        counts = self.index.store.read(count)
        return OrderedDict(sorted(counts.items(), key=lambda item: -item[1]))

    def _facet_column(self, field_name):
        compiler = self.query_compiler
        for column in compiler.columns:
            if column.kind != "filter":
                continue
            names = [p.field_name for p in column.path]
            attname = column.field.get_attname(column.model)
            if "__".join([*names, column.field.field_name]) == field_name or (
                "__".join([*names, attname]) == field_name
            ):
                return column
        raise FilterFieldError(
            f'Cannot facet search results with field "{field_name}". Please add '
            f'index.FilterField("{field_name}") to {compiler.model.__name__}.search_fields.',
            field_name=field_name,
        )


def _source(searcher):
    return (searcher.reader().generation(), id(searcher))


def _text(value):
    return value.decode() if isinstance(value, bytes) else value


def _pk_key(pk):
    return (0, int(pk), "") if pk.lstrip("-").isdigit() else (1, 0, pk)
