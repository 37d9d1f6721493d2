"""Words of a text, as every search engine here sees them: found, folded, stop words dropped.

A word is a run of letters and digits (Unicode). Hyphens, underscores and other punctuation
split words, so "e-KTP" gives "e" + "ktp" and "COVID-19" gives "covid" + "19". Digits joined by
"." or "," stay one word ("4.0", "1.500"); an apostrophe inside a word is kept by the pattern
("Jum'at") and dropped by folding ("jumat"). Folding lowercases, strips accents (café -> cafe)
and spells out the few Latin letters that have no accent to strip (ß -> ss, æ -> ae, ø -> o),
as OpenSearch's ``asciifolding`` does.
"""

import re
import unicodedata

from .tables import STOP_WORDS

# Letters/digits; digits joined by "." or "," ("4.0", "1.500.000"); an apostrophe inside a word.
WORD_PATTERN = r"[^\W_]+(?:(?:(?<=\d)[.,](?=\d)|['\u2019])[^\W_]+)*"
WORD = re.compile(WORD_PATTERN)

# Size of each per-process word cache; a full cache is emptied and refilled.
CACHE_SIZE = 200_000

# Letters that Unicode does not decompose into a base letter and an accent.
SPELLED_OUT = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i"}
)

# Word -> folded word, per process (emptied when full). Hot loops may read it directly.
FOLDED = {}


def remember(cache, word, value):
    if len(cache) >= CACHE_SIZE:
        cache.clear()
    cache[word] = value
    return value


def _fold_uncached(word):
    text = word.lower()
    if not text.isascii():
        text = "".join(
            c
            for c in unicodedata.normalize("NFKD", text.translate(SPELLED_OUT))
            if not unicodedata.combining(c)
        )
    return text.replace("'", "").replace("\u2019", "")


def fold(word):
    """A word lowercased, accent-folded and without apostrophes (``"Café"`` -> ``"cafe"``)."""
    folded = FOLDED.get(word)
    return folded if folded is not None else remember(FOLDED, word, _fold_uncached(word))


def normalise(text):
    """Text lowercased and accent-folded word by word, the rest left as it is."""
    return WORD.sub(lambda m: fold(m.group(0)), text)


def is_stop_word(word):
    """Whether the (folded) word is dropped from full-text fields: a stop word, or one letter."""
    return word in STOP_WORDS or (len(word) < 2 and not word.isdigit())


def words(text):
    """(start, end, folded word) for each word of `text`, stop words included."""
    for match in WORD.finditer(text or ""):
        yield match.start(), match.end(), fold(match.group(0))
