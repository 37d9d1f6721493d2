"""The search engine as the site uses it, whatever Wagtail search backend is configured.

The search page, autocomplete and ideas/ ask this module for capabilities, never a backend for
its own API, so the site runs unchanged on our Whoosh backend, on Wagtail's database backend
(SQLite FTS5, PostgreSQL) and on OpenSearch. Where a backend lacks a capability, the nearest
honest behaviour:

- facets are counted by the engine through the index's top-level fields; a field the backend
  cannot count (the database backends count only real columns) is counted by the database
  over the engine's matches, through the facet's ORM path;
- similar ideas: the backend's more-like-this, else any of the idea's characteristic words;
- spelling suggestions: the backend's ``suggest``, else none;
- highlights: stems where the engine stems Indonesian (``SearchEngine.stems``), else the
  words typed, folded.

An engine error never breaks a page (each is logged): the search page answers from the
database with a notice (``DatabaseSearch``), autocomplete from titles, "similar ideas" and the
duplicate check with none.
"""

import logging
from collections import Counter, OrderedDict
from dataclasses import replace
from functools import cached_property

from django.core.exceptions import FieldError
from django.core.paginator import Paginator
from django.db.models import Count, prefetch_related_objects
from django.utils.translation import gettext as _
from modelsearch.backends.base import FilterFieldError
from modelsearch.query import MATCH_ALL, Phrase, PlainText
from wagtail.search.backends import get_search_backend

from . import language
from .forms import BROWSE_ORDERING, FACETS, SORT_ORDERING, apply_selections, live_ideas, live_trips

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
# Ask the engine for a spelling suggestion when a query finds fewer ideas than this.
SUGGEST_BELOW = 3
# Fields searched by the database fallback (substring match, no stemming).
FALLBACK_FIELDS = ("title", "summary", "problem", "goal")
TRIP_FALLBACK_FIELDS = ("title", "purpose", "destination_city")
# Study trips listed under the ideas, on the first page of results.
TRIPS_SHOWN = 5
# Distinct terms of an idea that make the query for similar ideas on an engine without
# more-like-this.
SIMILAR_TERMS = 12
# Raised by a backend asked to count a facet it cannot count.
FACET_ERRORS = (FilterFieldError, FieldError, NotImplementedError)


class SearchEngine:
    """The configured search backend, as the site uses it."""

    @cached_property
    def backend(self):
        """Looked up on first use, so that a backend which cannot even be set up fails where
        its failure is caught."""
        return get_search_backend()

    @property
    def stems(self):
        """True when the engine finds other forms of a word ("melayani" finds "pelayanan"),
        so highlights mark stems; else the words typed, folded. Backends that analyse text
        with ``search.language`` declare ``stems_indonesian = True``."""
        return bool(getattr(self.backend, "stems_indonesian", False))

    def run(self, queryset, parsed, operator, ordering, fields=None):
        """The matches of a parsed query in `queryset`, by relevance or by `ordering`, in all
        its search fields (`fields` is for the database fallback). Engine errors are raised:
        the search page then answers from the database."""
        if parsed.excluded_phrases and not self.excludes_phrases:
            queryset = self._without_phrases(queryset, parsed.excluded_phrases)
            parsed = replace(parsed, excluded_phrases=())
        query = parsed.to_query(operator) or MATCH_ALL
        if ordering:
            return self.backend.search(
                query, queryset.order_by(*ordering), order_by_relevance=False
            )
        return self.backend.search(query, queryset)

    @property
    def excludes_phrases(self):
        """False for modelsearch's PostgreSQL backend, which reads ``Not(Phrase(...))`` as the
        phrase itself (its tsquery builder drops the negation of a phrase): there the pages
        holding an excluded phrase are left out by primary key instead."""
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        return not isinstance(self.backend, PostgresSearchBackend)

    def _without_phrases(self, queryset, phrases):
        for phrase in phrases:
            holding = self.backend.search(Phrase(phrase), queryset.model._default_manager.all())
            queryset = queryset.exclude(pk__in=holding.get_queryset().values("pk"))
        return queryset

    def facet(self, results, name, path):
        """{value: count} of the index field `name` over every match, most first; counted by
        the database through the ORM `path` when the backend cannot count `name`."""
        try:
            return results.facet(name)
        except FACET_ERRORS:
            return count_in_database(results.model, _all_matches(results), path)

    def suggest(self, text, queryset):
        """A respelling of `text` that finds something in `queryset`, or None (also when the
        backend cannot suggest, or fails: logged)."""
        try:
            suggest = getattr(self.backend, "suggest", None)
            return suggest(text, queryset) if suggest else None
        except Exception:
            logger.exception("Spelling suggestion failed for %r", text)
            return None

    def autocomplete(self, queryset, words, limit):
        """Up to `limit` objects of `queryset` whose autocomplete fields start with `words`;
        when the engine fails (logged), those whose title holds the longest word."""
        try:
            return list(self.backend.autocomplete(" ".join(words), queryset)[:limit])
        except Exception:
            logger.exception(
                "Autocomplete engine failed for %r; answering from the database", words
            )
            longest = max(words, key=len)
            return list(queryset.filter(title__icontains=longest).order_by("title")[:limit])

    def any_of(self, queryset, words, limit, exclude=()):
        """Up to `limit` objects of `queryset` holding any of `words`, best first, the pks in
        `exclude` left out (here, not as a filter: not every backend can filter on pk). An
        empty list when the engine fails (logged)."""
        exclude = set(exclude)
        try:
            found = self.backend.search(PlainText(" ".join(words), operator="or"), queryset)[
                : limit + len(exclude)
            ]
            return [obj for obj in found if obj.pk not in exclude][:limit]
        except Exception:
            logger.exception("Search for any of %r failed; finding none", words[:10])
            return []

    def similar(self, obj, queryset, limit, words):
        """Up to `limit` objects of `queryset` most like `obj` (never `obj`), best first: the
        backend's more-like-this, else any of `words()` (its characteristic words). An empty
        list when the engine fails (logged)."""
        try:
            more_like_this = getattr(self.backend, "more_like_this", None)
            if more_like_this is not None:
                return list(more_like_this(obj, queryset, limit=limit))
        except Exception:
            logger.exception("Similar ideas for %r failed; showing none", obj)
            return []
        found = words()
        return self.any_of(queryset, found, limit, exclude=[obj.pk]) if found else []


class DatabaseSearch:
    """Substring matching in the database: used only while the engine is out of order."""

    stems = False

    def run(self, queryset, parsed, operator, ordering, fields=None):
        q = parsed.to_q(fields or FALLBACK_FIELDS, operator)
        if q is not None:
            queryset = queryset.filter(q)
        return queryset.distinct().order_by(*(ordering or BROWSE_ORDERING), "-pk")

    def facet(self, results, name, path):
        return count_in_database(results.model, results.values("pk"), path)

    def suggest(self, text, queryset):
        return None


def _all_matches(results):
    """The pks of all of an engine's matches (not only a slice of them)."""
    whole = results._clone()  # modelsearch's copy of results: their query, not their cache
    whole.start, whole.stop = 0, None
    get_queryset = getattr(whole, "get_queryset", None)  # the database backends' results
    if get_queryset is not None:
        return get_queryset().values("pk")
    return [obj.pk for obj in whole]


def count_in_database(model, pks, path):
    """{value of the ORM `path`: count} over the objects with these pks, most first."""
    rows = (
        model._default_manager.filter(pk__in=pks)
        .values(path)
        .annotate(n=Count("pk", distinct=True))
        .order_by("-n")
    )
    return OrderedDict((row[path], row["n"]) for row in rows)


def characteristic_words(weighted_texts, ignored=frozenset(), limit=SIMILAR_TERMS):
    """The words that say what some texts are about, most telling first.

    Each term (``search.language``: folded, stemmed, stop words out) weighs how often it
    occurs times the weight of its text; `ignored` terms are left out. For each of the
    `limit` heaviest terms, the words as written (folded): an engine that does not stem
    finds them as they are, one that stems finds their other forms too.
    """
    weights, forms = Counter(), {}
    for text, weight in weighted_texts:
        for start, end, term in language.terms(text or ""):
            if term in ignored:
                continue
            weights[term] += weight
            forms.setdefault(term, {}).setdefault(language.fold(text[start:end]), None)
    return [word for term, _weight in weights.most_common(limit) for word in forms[term]]


# --- the search page -------------------------------------------------------------------------


def search_ideas(parsed, selections, sort, page_number):
    """The search page's results: a page of ideas, their count, facet counts, study trips
    and a spelling suggestion, from the engine; from the database with a notice when the
    engine fails (logged). Also `stems`, for the highlights."""
    try:
        return {**_run(SearchEngine(), parsed, selections, sort, page_number), "notice": None}
    except Exception:  # a missing or corrupt index, an unreachable cluster: never a 500
        logger.exception("Search engine failed for %r; answering from the database", parsed.text)
    notice = _(
        "Mesin pencarian sedang bermasalah. Hasil di bawah diambil langsung dari basis "
        "data: hanya kata yang persis sama yang ditemukan, diurutkan dari yang terbaru."
    )
    return {**_run(DatabaseSearch(), parsed, selections, sort, page_number), "notice": notice}


def _find(searcher, queryset, parsed, ordering, fields=None):
    """(results, count, operator): all the words, else any of them if that finds something."""
    results = searcher.run(queryset, parsed, "and", ordering, fields)
    count = results.count()
    if count == 0 and parsed.can_relax:
        wider = searcher.run(queryset, parsed, "or", ordering, fields)
        if wider.count():
            return wider, wider.count(), "or"
    return results, count, "and"


def _run(searcher, parsed, selections, sort, page_number):
    """Search, paginate and count facets with one searcher. May raise if the engine fails."""
    base = live_ideas()
    filtered = apply_selections(base, selections)
    ordering = SORT_ORDERING[sort]
    if ordering is None and not parsed.has_positive:
        ordering = BROWSE_ORDERING  # nothing to rank by: newest first

    results, count, operator = _find(searcher, filtered, parsed, ordering)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
    page.object_list = list(page.object_list)
    prefetch_related_objects(page.object_list, "source_agency", "adopting_agency", "dimensions")

    # Facet counts: each facet counts the results of every *other* selection.
    raw_counts, facet_counts = {}, {}
    for facet in FACETS:
        if facet.param in selections:
            others = apply_selections(base, selections, without=facet.param)
            matches = searcher.run(others, parsed, operator, None)
            raw = searcher.facet(matches, facet.indexed, facet.field)
        elif count == 0:
            raw = {}
        else:
            if facet.indexed not in raw_counts:
                raw_counts[facet.indexed] = searcher.facet(results, facet.indexed, facet.field)
            raw = raw_counts[facet.indexed]
        facet_counts[facet.param] = facet.counts(raw)

    trips, trip_count = _trips(searcher, parsed)
    suggestion = None
    if parsed.has_positive and count < SUGGEST_BELOW:
        suggestion = searcher.suggest(parsed.positive_text, filtered)
    return {
        "page": page,
        "count": count,
        "relaxed": operator == "or",
        "facet_counts": facet_counts,
        "suggestion": suggestion,
        "trips": trips,
        "trip_count": trip_count,
        "stems": searcher.stems,
    }


def _trips(searcher, parsed):
    """([the first TRIPS_SHOWN matching live, public trips], how many match), by relevance;
    all words if some trip has them all, else any of them."""
    if not parsed.has_positive:
        return [], 0
    results, count, _operator = _find(searcher, live_trips(), parsed, None, TRIP_FALLBACK_FIELDS)
    if not count:
        return [], 0
    trips = list(results[:TRIPS_SHOWN])
    prefetch_related_objects(trips, "host_agencies")
    return trips, count
