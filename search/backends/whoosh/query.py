"""Translate modelsearch queries and queryset filters into Whoosh queries."""

from dataclasses import dataclass
from functools import cache

from django.db import DEFAULT_DB_ALIAS
from django.db.models import F, OrderBy, Subquery
from django.db.models.expressions import Col
from django.db.models.functions import ExtractYear
from django.db.models.lookups import Lookup
from django.db.models.sql import Query
from django.db.models.sql.constants import MULTI, SINGLE
from django.db.models.sql.where import NothingNode, WhereNode
from modelsearch.backends.base import BaseSearchQueryCompiler, OrderByFieldError
from modelsearch.index import get_indexed_models
from modelsearch.query import And, Boost, MatchAll, Not, Or, Phrase, PlainText

from whoosh import query as wq

from .analysis import autocomplete_analyzer, text_analyzer
from .schema import NULLS, columns, content_types

# Autocomplete fields hold edge n-grams up to this length; longer query words are cut to it.
MAX_GRAM = 15


@cache
def model_columns(model):
    return list(columns(model))


@cache
def columns_by_path(model):
    """The model's columns keyed by the search_fields entries leading to them."""
    return {tuple(id(f) for f in (*c.path, c.field)): c for c in model_columns(model)}


@cache
def searched_columns(model, kind):
    """The model's own columns of ``kind`` and those of its subclasses (a search for books
    also looks in the fields only novels have)."""
    chosen = {}
    for indexed in get_indexed_models():
        if issubclass(indexed, model):
            for column in model_columns(indexed):
                if column.kind == kind:
                    chosen.setdefault(column.name, column)
    return list(chosen.values())


@cache
def analyzer_for(kind):
    return text_analyzer() if kind == "text" else autocomplete_analyzer()


# Lookups on a year the base compiler turns into date ranges.
YEAR_LOOKUPS = {"exact", "gt", "gte", "lt", "lte"}


@dataclass(frozen=True)
class Filter:
    """A translated filter (a wrapper: empty Whoosh compound queries are falsy).

    ``query`` matches every document the filter keeps (``None``: every document). Unless
    ``exact``, it may match more, and the database applies the queryset's filters to what
    it matches: a lookup the index cannot evaluate (``title__icontains``, an expression), or
    several conditions on one to-many relation, which must hold for the same related row.
    """

    query: object
    exact: bool = True
    related_leaves: int = 0


IN_DATABASE = Filter(None, exact=False)


def _index_reads(lookup):
    """Whether the index can evaluate ``lookup``: a filter field compared with values."""
    lhs = lookup.lhs
    if isinstance(lhs, ExtractYear) and lookup.lookup_name in YEAR_LOOKUPS:
        lhs = lhs.lhs
    # Pointer keys other than the model's own (see ``_own_key``) are not in the index.
    if not isinstance(lhs, Col) or lhs.target.attname.endswith("_ptr_id"):
        return False
    rhs = lookup.rhs
    return isinstance(rhs, Query | Subquery) or not hasattr(rhs, "resolve_expression")


def _tokens(analyzer, text, **kwargs):
    return [token.text for token in analyzer(text, **kwargs)]


class WhooshSearchQueryCompiler(BaseSearchQueryCompiler):
    HANDLES_ORDER_BY_EXPRESSIONS = True
    column_kind = "text"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.model = self.queryset.model
        self.columns = model_columns(self.model)

    # Text --------------------------------------------------------------------------------

    def text_columns(self):
        chosen = searched_columns(self.model, self.column_kind)
        if self.fields:
            chosen = [
                c for c in chosen if (c.path[0] if c.path else c.field).field_name in self.fields
            ]
        return chosen

    def analyse(self, column, text):
        return _tokens(analyzer_for(column.kind), text, mode="query")

    def text_query(self):
        """The Whoosh query for the text part, ``None`` when it matches every document."""
        return self._compile(self.query, 1.0)

    def _compile(self, query, boost):
        if isinstance(query, MatchAll):
            return None
        if isinstance(query, PlainText):
            return self._plain_text(query, boost * query.boost)
        if isinstance(query, Phrase):
            return self._phrase(query, boost)
        if isinstance(query, Boost):
            return self._compile(query.subquery, boost * query.boost)
        if isinstance(query, Not):
            inner = self._compile(query.subquery, boost)
            if inner is None:
                return wq.NullQuery
            return None if inner == wq.NullQuery else wq.Not(inner)
        if isinstance(query, And | Or):
            parts = [self._compile(q, boost) for q in query.subqueries]
            if isinstance(query, And):
                if any(p == wq.NullQuery for p in parts if p is not None):
                    return wq.NullQuery
                parts = [p for p in parts if p is not None]
                return wq.And(parts) if parts else None
            if any(p is None for p in parts):
                return None
            parts = [p for p in parts if p != wq.NullQuery]
            return wq.Or(parts) if parts else wq.NullQuery
        raise NotImplementedError(
            f"`{query.__class__.__name__}` is not supported by the Whoosh search backend."
        )

    def _plain_text(self, query, boost):
        """Each word in any field; words joined by the query's operator."""
        per_column = [(c, self.analyse(c, query.query_string)) for c in self.text_columns()]
        word_count = max((len(tokens) for _, tokens in per_column), default=0)
        if not word_count:
            return wq.NullQuery
        words = []
        for position in range(word_count):
            alternatives = [
                wq.Term(c.name, tokens[position], boost=boost * c.boost)
                for c, tokens in per_column
                if position < len(tokens)
            ]
            words.append(wq.Or(alternatives))
        return wq.And(words) if query.operator == "and" else wq.Or(words)

    def _phrase(self, query, boost):
        alternatives = []
        for column in self.text_columns():
            tokens = self.analyse(column, query.query_string)
            if len(tokens) == 1:
                alternatives.append(wq.Term(column.name, tokens[0], boost=boost * column.boost))
            elif tokens:
                alternatives.append(wq.Phrase(column.name, tokens, boost=boost * column.boost))
        return wq.Or(alternatives) if alternatives else wq.NullQuery

    # Filters -----------------------------------------------------------------------------

    def content_type_query(self):
        return wq.Term("ct", content_types(self.model)[0])

    def filter(self):
        """The queryset's filters as a ``Filter``, or ``None`` when there are none."""
        result = self._get_filters_from_queryset()
        return result if isinstance(result, Filter) else None

    def _column(self, field_path):
        return columns_by_path(self.model)[tuple(id(f) for f in field_path)]

    def _get_filters_from_where_node(self, where_node, check_only=False):
        if isinstance(where_node, Lookup) and self._own_key(where_node.lhs):
            if check_only:
                return None
            return self._own_key_filter(where_node.lookup_name, where_node.rhs)
        if isinstance(where_node, NothingNode | WhereNode) or (
            isinstance(where_node, Lookup) and _index_reads(where_node)
        ):
            return super()._get_filters_from_where_node(where_node, check_only)
        return None if check_only else IN_DATABASE

    def _own_key(self, lhs):
        """Whether ``lhs`` is the primary key of a model below the root as the queryset
        names it (``IdeaPage.objects.filter(pk=...)``: ``page_ptr_id``), the documents' pk."""
        return (
            isinstance(lhs, Col)
            and lhs.target is self.model._meta.pk
            and lhs.alias == self.queryset.query.base_table
            and lhs.target.attname.endswith("_ptr_id")
        )

    def _own_key_filter(self, lookup, value):
        if isinstance(value, Query | Subquery):
            value = self._evaluate(value, single=lookup != "in")
        elif hasattr(value, "resolve_expression") or lookup not in ("exact", "in"):
            return IN_DATABASE
        values = value if lookup == "in" else [value]
        terms = [wq.Term("pk", str(getattr(v, "pk", v))) for v in values if v is not None]
        return Filter(wq.Or(terms) if terms else wq.NullQuery)

    def _process_filter(self, column, lookup, value, check_only=False):
        # A field missing from search_fields is an error on every backend (FilterFieldError).
        field_path = self._get_filter_field_path_for_column(column)
        if check_only:
            return None
        return self._process_lookup(field_path, lookup, value) or IN_DATABASE

    def _process_lookup(self, field_path, lookup, value):
        column = self._column(field_path)
        related = 1 if column.path and column.multi else 0
        query = self._lookup_query(column, lookup, value)
        return None if query is None else Filter(query, related_leaves=related)

    def _lookup_query(self, column, lookup, value):
        name = column.name
        if isinstance(value, Query | Subquery):
            value = self._evaluate(value, single=lookup != "in")
        if lookup == "exact":
            if value is None:
                return wq.Term(NULLS, name)
            return self._exact(column, value)
        if lookup == "isnull":
            present = wq.Term(NULLS, name)
            return present if value else wq.Not(present)
        if lookup in ("startswith", "prefix"):
            return wq.Prefix(name, column.to_index(value))
        if lookup == "in":
            terms = [self._exact(column, v) for v in value if v is not None]
            return wq.Or(terms) if terms else wq.NullQuery
        if lookup == "range":
            return self._range(column, value[0], value[1], False, False)
        bounds = {
            "lt": (None, value, False, True),
            "lte": (None, value, False, False),
            "gt": (value, None, True, False),
            "gte": (value, None, False, False),
        }
        if lookup in bounds:
            return self._range(column, *bounds[lookup])
        return None

    def _exact(self, column, value):
        if column.value_type in ("int", "float", "time", "date"):
            return self._range(column, value, value, False, False)
        return wq.Term(column.name, column.to_index(value))

    def _range(self, column, start, end, start_excl, end_excl):
        start = None if start is None else column.to_index(start)
        end = None if end is None else column.to_index(end)
        if column.value_type == "date":
            return wq.DateRange(column.name, start, end, startexcl=start_excl, endexcl=end_excl)
        if column.value_type in ("int", "float", "time"):
            return wq.NumericRange(column.name, start, end, start_excl, end_excl)
        return wq.TermRange(column.name, start, end, start_excl, end_excl)

    def _evaluate(self, value, single):
        query = value.query if isinstance(value, Subquery) else value
        compiler = query.get_compiler(self.queryset.db or DEFAULT_DB_ALIAS)
        if single:
            row = compiler.execute_sql(result_type=SINGLE)
            return row[0] if row else None
        return [row[0] for chunk in compiler.execute_sql(result_type=MULTI) for row in chunk]

    def _process_match_none(self):
        return Filter(wq.NullQuery)

    def _connect_filters(self, filters, connector, negated):
        if not filters:
            return None
        related = sum(f.related_leaves for f in filters)
        exact = related <= 1 and all(f.exact for f in filters)
        queries = [f.query for f in filters]
        if connector == "AND":
            known = [q for q in queries if q is not None]
            query = wq.And(known) if known else None
        else:
            query = None if any(q is None for q in queries) else wq.Or(queries)
        if negated:
            # The complement of a superset is no superset: the database decides alone.
            query = wq.Not(query) if exact else None
        return Filter(query, exact, related)

    # Order -------------------------------------------------------------------------------

    def sort_columns(self):
        """``(column, reverse)`` pairs from the queryset's order_by; newest first by default."""
        if self.order_by_relevance:
            return []
        order = []
        for item in self.queryset.query.order_by or ["-pk"]:
            reverse = False
            if isinstance(item, OrderBy):
                if not isinstance(item.expression, F):
                    raise OrderByFieldError(
                        f'Sorting search results with "{item}" is not supported.',
                        field_name=str(item),
                    )
                item, reverse = item.expression.name, item.descending
            if item.startswith("-"):
                item, reverse = item[1:], True
            if item == "pk":
                item = self.model._meta.pk.attname
            order.append((self._sort_column(item), reverse))
        return order

    def _sort_column(self, name):
        for column in self.columns:
            if (
                column.kind == "filter"
                and not column.path
                and column.field.get_attname(self.model) in (name, f"{name}_id")
            ):
                return column
        if name == self.model._meta.pk.attname or (
            self.model._meta.pk.remote_field and name == "id"
        ):
            return None  # the document's own primary key
        raise OrderByFieldError(
            f'Cannot sort search results with field "{name}". Please add '
            f'index.FilterField("{name}") to {self.model.__name__}.search_fields.',
            field_name=name,
        )


def _source_field(column):
    """The model field a column comes from, through its RelatedFields path."""
    return (*(p.field_name for p in column.path), column.field.field_name)


class WhooshAutocompleteQueryCompiler(WhooshSearchQueryCompiler):
    """Each word matches the start of a word in an autocomplete field, or (stemmed) a whole
    word of the same field's full text, so "melayani" also completes to "Pelayanan ..."."""

    DEFAULT_OPERATOR = "and"
    column_kind = "autocomplete"

    def analyse(self, column, text):
        return [token[:MAX_GRAM] for token in super().analyse(column, text)]

    def _plain_text(self, query, boost):
        prefix_columns = self.text_columns()
        sources = {_source_field(c) for c in prefix_columns}
        stem_columns = [c for c in self.columns if c.kind == "text" and _source_field(c) in sources]
        words = []
        for word in _tokens(analyzer_for("autocomplete"), query.query_string, mode="query"):
            alternatives = [wq.Term(c.name, word[:MAX_GRAM], boost=boost) for c in prefix_columns]
            for stem in _tokens(analyzer_for("text"), word, mode="query"):
                alternatives += [wq.Term(c.name, stem, boost=boost) for c in stem_columns]
            words.append(wq.Or(alternatives))
        if not words:
            return wq.NullQuery
        return wq.And(words) if query.operator == "and" else wq.Or(words)
