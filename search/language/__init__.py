"""Indonesian (and English) text analysis, in one place for every search engine.

The Whoosh analyzer (search/backends/whoosh/analysis.py), the highlighter, the duplicate check
and the OpenSearch index settings (``opensearch.analysis_settings()``) all analyse text with
these rules, so a word and its other forms ("melayani", "pelayanan") meet the same way
wherever they are compared:

1. words: runs of letters and digits (``text.WORD_PATTERN``);
2. folding: lowercase, no accents, no apostrophes (``fold``);
3. stop words (``words.STOP_WORDS``) and one-letter words are dropped (``is_stop_word``);
4. stemming: spelling variants normalised, Sastrawi's root or a light English stem (``stem``).
"""

from .stemming import STEMMED, stem, stem_folded
from .tables import ANALYSIS_VERSION, SPELLING_VARIANTS, STOP_WORDS
from .text import FOLDED, WORD_PATTERN, fold, is_stop_word, normalise, words

__all__ = [
    "ANALYSIS_VERSION",
    "SPELLING_VARIANTS",
    "STOP_WORDS",
    "WORD_PATTERN",
    "analyse",
    "clear_caches",
    "fold",
    "is_stop_word",
    "normalise",
    "stem",
    "stem_folded",
    "terms",
    "words",
]


def terms(text):
    """(start, end, term) for each word of `text` that a full-text index keeps: its term is
    the stem of the folded word (stop words and one-letter words left out)."""
    for start, end, word in words(text):
        if not is_stop_word(word):
            yield start, end, stem_folded(word)


def analyse(text):
    """The terms of `text`, in order: what a full-text field indexes, and what a query of
    these words looks for."""
    return [term for _start, _end, term in terms(text)]


def clear_caches():
    """Empty the word caches (tests, or after changing the tables at run time)."""
    FOLDED.clear()
    STEMMED.clear()
