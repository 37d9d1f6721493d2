"""The set of documents a query matches, computed with Python's set operations.

Counting and faceting need every match, not just the first page. Walking Whoosh's matchers
costs Python code per document; intersecting and uniting sets of document numbers runs in C.
Sets of single terms, and whole filters, are cached per searcher (a searcher sees one fixed
state of the index), so the live-and-public filter and common words cost nothing after their
first use. The cache is bounded by the number of document numbers it holds.
"""

from collections import OrderedDict

from whoosh import query as wq

# In units of about 45 bytes (a document number in a set): some 90 MB per searcher at most.
CACHE_BUDGET = 2_000_000
# A score table entry (a dict item and a float) costs about three units.
DICT_UNITS = 3


class DocsetCache:
    def __init__(self, searcher):
        self.searcher = searcher
        self.entries = OrderedDict()
        self.held = 0
        self._all = None

    def all_docs(self):
        if self._all is None:
            self._all = frozenset(self.searcher.reader().all_doc_ids())
        return self._all

    def get(self, key):
        found = self.entries.get(key)
        if found is not None:
            self.entries.move_to_end(key)
        return found

    def store(self, key, value):
        self.entries[key] = value
        self.held += _units(value)
        while self.held > CACHE_BUDGET and len(self.entries) > 1:
            _key, dropped = self.entries.popitem(last=False)
            self.held -= _units(dropped)
        return value

    def terms(self, field, name):
        """The distinct values a filter field holds (as index terms)."""
        key = ("terms", name)
        found = self.get(key)
        if found is None:
            found = self.store(key, list(field.sortable_terms(self.searcher.reader(), name)))
        return found

    def postings(self, name, btext):
        key = ("postings", name, btext)
        found = self.get(key)
        if found is None:
            found = self.store(key, frozenset(posting_ids(self.searcher.reader(), name, btext)))
        return found

    def leaf(self, query):
        key = repr(query)
        found = self.get(key)
        if found is None:
            found = self.store(key, frozenset(query.docs(self.searcher)))
        return found

    def whole(self, query):
        key = ("whole", repr(query))
        found = self.get(key)
        if found is None:
            found = self.store(key, _docs(self, query))
        return found


def _units(value):
    return len(value) * (DICT_UNITS if isinstance(value, dict) else 1)


def posting_ids(reader, fieldname, btext):
    """Document numbers holding a term, read a block at a time where Whoosh allows."""
    ids = []
    for subreader, offset in reader.leaf_readers():
        if (fieldname, btext) not in subreader:
            continue
        matcher = subreader.postings(fieldname, btext)
        if not hasattr(matcher, "_read_ids"):  # wrapped, e.g. to skip deleted documents
            ids.extend(docnum + offset for docnum in matcher.all_ids())
            continue
        while matcher.is_active():
            if matcher._ids is None:
                matcher._read_ids()
            ids.extend(docnum + offset for docnum in matcher._ids[matcher._i :])
            matcher._next_block()
    return ids


def cache_for(searcher):
    """The cache belonging to this searcher (a new searcher after a commit starts afresh)."""
    cache = getattr(searcher, "_kb_docsets", None)
    if cache is None:
        cache = DocsetCache(searcher)
        searcher._kb_docsets = cache
    return cache


def matching(searcher, query):
    return _docs(cache_for(searcher), query)


def matching_cached(searcher, query):
    """Like ``matching``, keeping the result whole (for filters asked again and again)."""
    return cache_for(searcher).whole(query)


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
        return frozenset().union(*(_docs(cache, q) for q in query.subqueries))
    if isinstance(query, wq.Term):
        if query.fieldname not in cache.searcher.schema:
            return frozenset()
        field = cache.searcher.schema[query.fieldname]
        return cache.postings(query.fieldname, field.to_bytes(query.text))
    return cache.leaf(query)
