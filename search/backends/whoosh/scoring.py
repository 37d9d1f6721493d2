"""Rank the matching documents by BM25F, from per-term score tables.

Whoosh scores a query by walking its matchers document by document, about 25 µs per match:
a common word in 40,000 ideas costs a second. Here each term's contribution to every
document that holds it is computed once per searcher (Whoosh's own BM25F formula and
statistics) and kept in the searcher's cache; a query's scores are then sums of those tables.
Queries built of terms only (what people type) are ranked this way; phrases go to Whoosh.
"""

import heapq

from whoosh import query as wq
from whoosh.scoring import BM25F, bm25

from .docsets import cache_for

WEIGHTING = BM25F()


def terms_of(query):
    """The positive terms of ``query`` with their boosts, or ``None`` if it holds other leaves."""
    if isinstance(query, wq.Term):
        return [query]
    if isinstance(query, wq.Not):
        return []
    if isinstance(query, wq.And | wq.Or):
        found = []
        for sub in query.subqueries:
            sub_terms = terms_of(sub)
            if sub_terms is None:
                return None
            found.extend(sub_terms)
        return found
    return None


def _lengths(searcher, fieldname):
    """Every document's length in a field, read once per searcher (a list by docnum)."""
    cache = cache_for(searcher)
    key = ("lengths", fieldname)
    found = cache.get(key)
    if found is None:
        reader = searcher.reader()
        length = reader.doc_field_length
        found = [length(docnum, fieldname, 1) for docnum in range(reader.doc_count_all())]
        cache.store(key, found)
    return found


def _contributions(searcher, term):
    """``{docnum: score}`` of one term (boost 1) over every document that holds it."""
    cache = cache_for(searcher)
    key = ("scores", term.fieldname, term.text)
    found = cache.get(key)
    if found is not None:
        return found
    reader = searcher.reader()
    scores = {}
    btext = reader.schema[term.fieldname].to_bytes(term.text)
    if (term.fieldname, btext) in reader:
        idf = searcher.idf(term.fieldname, btext)
        average = searcher.avg_field_length(term.fieldname) or 1.0
        b = WEIGHTING._field_B.get(term.fieldname, WEIGHTING.B)
        k1 = WEIGHTING.K1
        lengths = _lengths(searcher, term.fieldname)
        for docnum, weight in reader.postings(term.fieldname, btext).items_as("weight"):
            scores[docnum] = bm25(idf, weight, lengths[docnum], average, b, k1)
    return cache.store(key, scores)


def rank(searcher, query, docset, depth):
    """The best ``depth`` documents of ``docset`` (``None``: all) as ``(docnum, score)``, or
    ``None`` when ``query`` is not made of terms only."""
    terms = terms_of(query)
    if terms is None:
        return None
    totals = dict.fromkeys(docset, 0.0)
    for term in terms:
        boost = term.boost
        for docnum, score in _contributions(searcher, term).items():
            if docnum in totals:
                totals[docnum] += score * boost
    ordered = ((-score, docnum) for docnum, score in totals.items())
    best = heapq.nsmallest(depth, ordered) if depth is not None else sorted(ordered)
    return [(docnum, -negative) for negative, docnum in best]
