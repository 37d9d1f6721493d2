"""The set of documents a query matches, computed with Python's set operations.

Counting and faceting need every match, not just the first page. Walking Whoosh's matchers
costs Python code per document; intersecting and uniting sets of document numbers runs in C.
Sets of single terms and leaf queries are cached per searcher (a searcher sees one fixed
state of the index), so the live-and-public filter and common words cost nothing after their
first use.
"""

from collections import OrderedDict

from whoosh import query as wq

CACHE_SIZE = 512


class DocsetCache:
    def __init__(self, searcher):
        self.searcher = searcher
        self.entries = OrderedDict()
        self._all = None

    def all_docs(self):
        if self._all is None:
            self._all = frozenset(self.searcher.reader().all_doc_ids())
        return self._all

    def terms(self, field, name):
        """The distinct values a filter field holds (as index terms)."""
        key = ("terms", name)
        found = self.entries.get(key)
        if found is None:
            found = self.entries[key] = list(field.sortable_terms(self.searcher.reader(), name))
        return found

    def postings(self, name, term):
        key = ("postings", name, term)
        found = self.entries.get(key)
        if found is None:
            found = frozenset(self.searcher.reader().postings(name, term).all_ids())
            self._store(key, found)
        return found

    def _store(self, key, value):
        self.entries[key] = value
        if len(self.entries) > CACHE_SIZE:
            self.entries.popitem(last=False)

    def leaf(self, query):
        key = repr(query)
        found = self.entries.get(key)
        if found is None:
            found = frozenset(query.docs(self.searcher))
            self._store(key, found)
        else:
            self.entries.move_to_end(key)
        return found


def cache_for(searcher):
    """The cache belonging to this searcher (a new searcher after a commit starts afresh)."""
    cache = getattr(searcher, "_kb_docsets", None)
    if cache is None:
        cache = DocsetCache(searcher)
        searcher._kb_docsets = cache
    return cache


def matching(searcher, query):
    return _docs(cache_for(searcher), query)


def _docs(cache, query):
    if query == wq.NullQuery:
        return frozenset()
    if isinstance(query, wq.Every):
        return cache.all_docs()
    if isinstance(query, wq.Not):
        return cache.all_docs() - _docs(cache, query.query)
    if isinstance(query, wq.And):
        positive = [q for q in query.subqueries if not isinstance(q, wq.Not)]
        negative = [q.query for q in query.subqueries if isinstance(q, wq.Not)]
        sets = sorted((_docs(cache, q) for q in positive), key=len)
        result = sets[0].intersection(*sets[1:]) if sets else cache.all_docs()
        for q in negative:
            result = result - _docs(cache, q)
        return result
    if isinstance(query, wq.Or):
        sets = [_docs(cache, q) for q in query.subqueries]
        return frozenset().union(*sets)
    return cache.leaf(query)
