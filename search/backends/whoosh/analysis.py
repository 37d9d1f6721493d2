"""The Whoosh side of Indonesian (and English) text analysis: tokenizer, filters, analyzers.

The rules themselves (word pattern, folding, stop words, spelling variants, stemming) live in
``search.language``, shared with the highlighter, the duplicate check and OpenSearch. Two
analyzers, both used at index time *and* at query time (Whoosh runs a field's analyzer on the
query with ``mode="query"``), so a query word and a document word always meet in the same form:

``text_analyzer()``, for full-text fields::

    WordTokenizer | NormaliseFilter(stop=True) | IndonesianStemFilter()

Dropped stop words take no position: the positions of the remaining words are renumbered, so
"pelayanan yang cepat" is indexed as the adjacent pair (layan, cepat) and the phrase query
"pelayanan yang cepat" (analysed the same way) matches it. The stem filter is marked
``is_morph``, so a ``TEXT(spelling=True)`` field keeps the unstemmed (but folded,
stop-filtered) words for spelling suggestions.

``autocomplete_analyzer()``, for autocomplete fields::

    WordTokenizer | NormaliseFilter(stop=False) | NgramFilter(2, 15, at="start")

No stemming and no stop words. At index time every word gives its prefixes of 2..15
characters ("pelayanan" -> "pe", "pel", ..., "pelayanan"). At query time (``mode="query"``)
Whoosh's NgramFilter does not split the word: it keeps its first 15 characters as one term, so
the query "pela" is the term "pela" and finds "Pelayanan"; a one-character query gives no term
and matches nothing. Use ``autocomplete_terms()`` when building queries by hand.

Whoosh pickles the schema, analyzers included, into the index's TOC. The classes here are
module-level and hold only a few flags; tables and caches live in ``search.language``.
"""

import threading

from search.language import ANALYSIS_VERSION, STOP_WORDS, WORD_PATTERN, fold, stem_folded
from search.language.stemming import STEMMED
from search.language.text import FOLDED
from whoosh.analysis import Filter, NgramFilter, RegexTokenizer

AUTOCOMPLETE_MIN = 2
AUTOCOMPLETE_MAX = 15


class WordTokenizer(RegexTokenizer):
    """Whoosh's RegexTokenizer with ``WORD_PATTERN``; pickles as its class name only."""

    def __init__(self):
        super().__init__(WORD_PATTERN)

    def __reduce__(self):
        return (self.__class__, ())


class NormaliseFilter(Filter):
    """Fold each word (``search.language.fold``); with ``stop=True`` also drop stop words.

    Dropped words take no position (later words are renumbered), exactly like Whoosh's
    ``StopFilter(renumber=True)``; with ``removestops=False`` (highlighting) they are kept and
    marked ``stopped``.
    """

    def __init__(self, stop=True):
        self.stop = stop

    def __reduce__(self):
        return (self.__class__, (self.stop,))

    def __call__(self, tokens):
        cache = FOLDED
        if not self.stop:
            for t in tokens:
                text = t.text
                folded = cache.get(text)
                t.text = folded if folded is not None else fold(text)
                yield t
            return
        stops = STOP_WORDS
        pos = None
        for t in tokens:
            text = t.text
            folded = cache.get(text)
            if folded is None:
                folded = fold(text)
            t.text = folded
            if folded in stops or (len(folded) < 2 and not folded.isdigit()):
                if not t.removestops:
                    t.stopped = True
                    yield t
                continue
            if t.positions:
                if pos is None:
                    pos = t.pos
                else:
                    pos += 1
                    t.pos = pos
            t.stopped = False
            yield t


class IndonesianStemFilter(Filter):
    """Replace each word by its stem (``search.language.stem``)."""

    is_morph = True

    def __init__(self):
        self.version = ANALYSIS_VERSION

    def __call__(self, tokens):
        cache = STEMMED
        for t in tokens:
            if t.stopped:
                yield t
                continue
            text = t.text
            term = cache.get(text)
            t.text = term if term is not None else stem_folded(text)
            yield t


def text_analyzer():
    """Analyzer for full-text fields, at index and query time (see the module docstring)."""
    return WordTokenizer() | NormaliseFilter(stop=True) | IndonesianStemFilter()


def autocomplete_analyzer():
    """Analyzer for autocomplete fields: unstemmed edge n-grams (2..15) at index time only."""
    return (
        WordTokenizer()
        | NormaliseFilter(stop=False)
        | NgramFilter(AUTOCOMPLETE_MIN, AUTOCOMPLETE_MAX, at="start")
    )


_local = threading.local()


def autocomplete_terms(text):
    """The query-time terms for autocomplete: each word folded and cut to 15 characters.

    Words shorter than 2 characters give no term. Search each term as a plain ``Term`` in an
    autocomplete field (AND them for several words).
    """
    analyzer = getattr(_local, "autocomplete", None)
    if analyzer is None:
        analyzer = _local.autocomplete = autocomplete_analyzer()
    return [t.text for t in analyzer(text, mode="query")]
