"""Run a compiled query on the index; fetch the matching objects from the database."""

from collections import OrderedDict
from dataclasses import dataclass

from modelsearch.backends.base import BaseSearchResults, FilterFieldError

from whoosh import query as wq
from whoosh import sorting

from .schema import NULLS


@dataclass
class Hits:
    """Every matching document, in result order: Whoosh document numbers, pks and scores."""

    docnums: list
    pks: list
    scores: list


class WhooshSearchResults(BaseSearchResults):
    supports_facet = True

    def __init__(self, backend, query_compiler, prefetch_related=None):
        super().__init__(backend, query_compiler, prefetch_related=prefetch_related)
        self._hits = None

    def _clone(self):
        clone = super()._clone()
        clone._hits = self._hits
        return clone

    @property
    def index(self):
        return self.backend.get_index_for_model(self.query_compiler.model)

    def _query(self):
        """The full Whoosh query, and whether the ORM must filter what it returns."""
        compiler = self.query_compiler
        text = compiler.text_query()
        parts = [compiler.content_type_query()]
        if text is not None:
            parts.append(text)
        # Several conditions on one to-many relation must hold for the same related row:
        # only the database knows which rows those are.
        orm_filter = False
        translated = compiler.filter()
        if translated is not None:
            if translated.related_leaves > 1:
                orm_filter = True
            else:
                parts.append(translated.query)
        if any(part == wq.NullQuery for part in parts):
            return wq.NullQuery, orm_filter
        return wq.And(parts), orm_filter

    def get_hits(self):
        if self._hits is None:
            self._hits = self._search()
        return self._hits

    def _search(self):
        compiler = self.query_compiler
        query, orm_filter = self._query()
        if query == wq.NullQuery:
            return Hits([], [], [])
        sort = compiler.sort_columns()
        with self.index.store.searcher() as searcher:
            keys = [sorting.FieldFacet(c.name, reverse=r) for c, r in sort if c is not None]
            results = searcher.search(
                query,
                limit=None,
                sortedby=keys or None,
                terms=False,
            )
            pk_column = searcher.reader().column_reader("pk")
            docnums = [hit.docnum for hit in results]
            scores = [hit.score if hit.score is not None else 0.0 for hit in results]
            pks = [_text(pk_column[d]) for d in docnums]
        if sort and sort[0][0] is None:
            order = sorted(range(len(pks)), key=lambda i: _pk_key(pks[i]), reverse=sort[0][1])
            docnums, pks, scores = ([seq[i] for i in order] for seq in (docnums, pks, scores))
        if orm_filter:
            allowed = {str(pk) for pk in compiler.queryset.values_list("pk", flat=True)}
            keep = [i for i, pk in enumerate(pks) if pk in allowed]
            docnums, pks, scores = ([seq[i] for i in keep] for seq in (docnums, pks, scores))
        return Hits(docnums, pks, scores)

    def _do_search(self):
        hits = self.get_hits()
        pks = hits.pks[self.start : self.stop]
        if not pks:
            return []
        scores = dict(zip(pks, hits.scores[self.start : self.stop], strict=True))
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
        total = len(self.get_hits().pks)
        stop = total if self.stop is None else min(total, self.stop)
        return max(0, stop - self.start)

    def facet(self, field_name):
        """Counts of each value of a filter field over the matching documents, most first.

        ``field_name`` is a FilterField of the model, or a path through RelatedFields such as
        ``dimensions__slug``. Documents with no value are counted under ``None``.
        """
        column = self._facet_column(field_name)
        docnums = set(self.get_hits().docnums)
        counts = {}
        with self.index.store.searcher() as searcher:
            reader = searcher.reader()
            if column.name in reader.schema and docnums:
                field = reader.schema[column.name]
                for term in field.sortable_terms(reader, column.name):
                    found = docnums.intersection(reader.postings(column.name, term).all_ids())
                    if found:
                        counts[column.from_index(field.from_bytes(term))] = len(found)
            if docnums and (NULLS, column.name) in reader:
                missing = docnums.intersection(reader.postings(NULLS, column.name).all_ids())
                if missing:
                    counts[None] = len(missing)
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


def _text(value):
    return value.decode() if isinstance(value, bytes) else value


def _pk_key(pk):
    return (0, int(pk), "") if pk.lstrip("-").isdigit() else (1, 0, pk)
