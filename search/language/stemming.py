"""Stemming: Sastrawi's root where it reaches one, else a light English stem.

``stem("Pelayanan") == stem("melayani") == "layan"``; ``stem("antrian") == "antre"``;
``stem("services") == "service"``. Sastrawi is used only when it reaches a root of its
dictionary (otherwise it gives the word back unchanged); a word that is not Indonesian gets a
light English stem instead (plurals, -ed, -ing: Porter2's steps 1a-1c only). Known spelling
variants are normalised first (``SPELLING_VARIANTS``), and two small tables correct Sastrawi
where it is wrong on words that matter here (``STEM_EXCEPTIONS``, ``ROOT_FIXES``). Sastrawi is
loaded once per process, on the first word to stem (about 0.03 s).
"""

import re
import threading

from .tables import (
    EXTRA_ROOTS,
    IFITAS,
    ROOT_MAP,
    SPELLING_VARIANTS,
    STEM_EXCEPTIONS,
)
from .text import fold, remember

# Words longer than this are indexed as they are (folded), never stemmed.
MAX_STEM_LENGTH = 40

_sastrawi_lock = threading.Lock()
_sastrawi_state = None


def _sastrawi():
    """(Sastrawi Stemmer, its dictionary as a dict): loaded once per process, on first use."""
    global _sastrawi_state
    if _sastrawi_state is None:
        with _sastrawi_lock:
            if _sastrawi_state is None:
                from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
                from Sastrawi.Stemmer.Stemmer import Stemmer
                from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

                words = set(StemmerFactory().get_words()) | EXTRA_ROOTS
                words |= {v for v, std in SPELLING_VARIANTS.items() if std in words}
                dictionary = ArrayDictionary(sorted(words))
                _sastrawi_state = (Stemmer(dictionary), dictionary.words)
    return _sastrawi_state


def sastrawi_loaded():
    """Whether this process has loaded Sastrawi (it is loaded lazily, by the first stem)."""
    return _sastrawi_state is not None


def is_root(word):
    """Whether the word is a root of the (extended) Sastrawi dictionary."""
    return word in _sastrawi()[1]


_VOWELS = frozenset("aeiouy")
_LIGHT_EXCEPTIONS = {
    "news": "news",
    "atlas": "atlas",
    "bias": "bias",
    "cosmos": "cosmos",
    "skis": "ski",
    "skies": "sky",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "inning": "inning",
    "outing": "outing",
    "canning": "canning",
    "herring": "herring",
    "earring": "earring",
    "proceed": "proceed",
    "exceed": "exceed",
    "succeed": "succeed",
}
_R1 = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy]")
_SHORT_END = re.compile(r"(?:^[aeiouy][^aeiouy]|[^aeiouy][aeiouy][^aeiouywxY])$")
_DOUBLES = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")


def _r1(word):
    for prefix in ("gener", "commun", "arsen"):
        if word.startswith(prefix):
            return len(prefix)
    match = _R1.match(word)
    return match.end() if match else len(word)


def english_light_stem(word):
    """Porter2 (English Snowball) steps 1a, 1b and 1c only: plurals, -ed, -ing, final -y.

    "services" -> service, "meetings"/"meeting" -> meet, "cities"/"city" -> citi. The later
    Porter steps (-ational, -ness, -ment, final -e...) are left out: they would also cut words
    this corpus shares with Indonesian ("mobile" -> mobil, "unsure" -> unsur).
    """
    if len(word) <= 2:
        return word
    if word in _LIGHT_EXCEPTIONS:
        return _LIGHT_EXCEPTIONS[word]
    if word[0] == "y":
        word = "Y" + word[1:]
    word = re.sub(r"([aeiouy])y", r"\1Y", word)
    r1 = _r1(word)
    # Step 1a: plurals.
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith(("ied", "ies")):
        word = word[:-3] + ("i" if len(word) > 4 else "ie")
    elif (
        word.endswith("s")
        and not word.endswith(("us", "ss"))
        and any(c in _VOWELS for c in word[:-2])
    ):
        word = word[:-1]
    if word in _LIGHT_EXCEPTIONS:
        return word
    # Step 1b: -eed, -ed, -ing.
    if word.endswith("eedly"):
        if len(word) - 5 >= r1:
            word = word[:-3]
    elif word.endswith("eed"):
        if len(word) - 3 >= r1:
            word = word[:-1]
    else:
        for suffix in ("ingly", "edly", "ing", "ed"):
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                if any(c in _VOWELS for c in stem):
                    if stem.endswith(("at", "bl", "iz")):
                        stem += "e"
                    elif stem.endswith(_DOUBLES):
                        stem = stem[:-1]
                    elif _SHORT_END.search(stem) and _r1(stem) >= len(stem):
                        stem += "e"
                    word = stem
                break
    # Step 1c: final consonant + y -> i.
    if len(word) > 2 and word[-1] in "yY" and word[-2] not in _VOWELS:
        word = word[:-1] + "i"
    return word.replace("Y", "y")


# Every prefix, infix and suffix rule of Sastrawi 1.2.1 needs one of these; a word (not itself
# a root) with none of them comes back from Sastrawi unchanged, so it need not be asked (Sastrawi
# takes 0.1-0.3 ms a word; most English words and names are answered here at once).
_SASTRAWI_PREFIXES = ("be", "me", "pe", "te", "di", "ke", "se", "ku")
_SASTRAWI_INFIX = re.compile(r"[bcdfghjklmnpqrstvwxyz](?:el|em|er|in)[aiueo]")
_SASTRAWI_SUFFIXES = ("lah", "kah", "tah", "pun", "ku", "mu", "nya", "is", "isme", "i", "an")


def _has_affix(word):
    return (
        word.startswith(_SASTRAWI_PREFIXES)
        or word.endswith(_SASTRAWI_SUFFIXES)
        or _SASTRAWI_INFIX.match(word) is not None
    )


def _stem_uncached(word):
    if len(word) < 3 or len(word) > MAX_STEM_LENGTH or not word.isalpha() or not word.isascii():
        return word
    if word in STEM_EXCEPTIONS:
        return STEM_EXCEPTIONS[word]
    word = SPELLING_VARIANTS.get(word, word)
    if word.endswith("ifitas"):
        word = IFITAS.sub("ivitas", word)
    stemmer, roots = _sastrawi()
    if word in roots:
        root = word
    else:
        root = stemmer.stem_singular_word(word) if _has_affix(word) else word
        if root not in roots:
            # Sastrawi found no Indonesian root: not (known) Indonesian, stem it as English.
            return english_light_stem(word)
    return ROOT_MAP.get(root, root)


# Folded word -> term, per process (emptied when full).
STEMMED = {}


def stem(word):
    """The index term for one word: lowercased, folded, spelling-normalised and stemmed.

    Stop words are stemmed too (the analyzers drop them before this step).
    """
    return stem_folded(fold(word))


def stem_folded(word):
    """``stem()`` of a word already folded."""
    term = STEMMED.get(word)
    return term if term is not None else remember(STEMMED, word, _stem_uncached(word))
