"""OpenSearch's analysis settings, generated from this package's rules and tables.

``analysis_settings()`` is the ``settings.analysis`` of every index the OpenSearch backend
(search/backends/opensearch.py) creates. Full-text fields are analysed by ``ANALYZER``, at
index and at search time, in the order ``terms()`` follows:

1. words: the pattern tokenizer, ``WORD_PATTERN`` in Java's regex syntax (the engine OpenSearch
   runs it with): runs of letters and digits, digits joined by "." or ",", an inner apostrophe;
2. folding: ``lowercase``, ``asciifolding``, apostrophes removed;
3. spelling variants to the standard form (``antrian => antrean``, ``ijin => izin``): a
   ``synonym`` filter generated from ``SPELLING_VARIANTS``;
4. one-letter words (not digits) and ``STOP_WORDS`` dropped;
5. ``STEM_EXCEPTIONS`` fixed (``stemmer_override``: kept from the stemmer), ``-ifitas`` spelt
   ``-ivitas``, then OpenSearch's ``indonesian`` stemmer; the roots it lands on are mapped
   like Sastrawi's (``ROOT_MAP``: spelling variants of roots, ``ROOT_FIXES``).

Where OpenSearch differs from ``stem()`` (Sastrawi + a light English stem):

- The ``indonesian`` stemmer is Lucene's, after Tala (2003): rules without a dictionary,
  applied only to words of more than two syllables (vowels). It agrees with Sastrawi on
  regular forms ("melayani", "pelayanan", "dilayani" -> layan; "perizinan" -> izin;
  "bergerak" -> gerak), and, like Sastrawi, cuts "-kan" off roots ending in k ("pergerakan" ->
  gera, "perpajakan" -> paja) and "per-" off roots starting with r ("perawatan" -> awat):
  ``ROOT_FIXES`` maps those to gerak, pajak, rawat there too. As it never checks that
  what is left is a word, it also cuts words that only look affixed: "kepala" -> pala,
  "digital" -> gital, "terminal" -> minal, "meeting" -> eting, "pemadam" -> adam (``stem()``:
  padam). Such a word is still found by itself, as its query is stemmed the same way; it may
  also meet an unrelated word cut to the same stem. ``STEM_EXCEPTIONS`` protect the words
  known to matter (Kediri is not ke- + diri, Maluku not malu + -ku).
- There is no English stem: "services" and "service" are different terms there (the
  ``english`` stemmer would also cut Indonesian words, as the light stem is careful not to).
- A word is one character "not a digit" by Java's ``\\p{N}`` instead of Python's
  ``str.isdigit`` (fractions such as "½" are kept); a letter is ``\\p{L}`` or ``\\p{N}``
  instead of Python's ``[^\\W_]``: the same for every script seen here.

Autocomplete fields use ``AUTOCOMPLETE_ANALYZER`` (folded words cut into their first 2 to 15
letters, no stop words, no stemming) and are searched with ``AUTOCOMPLETE_SEARCH_ANALYZER``
(the folded words, cut to 15 letters so a longer word still meets its longest prefix).
"""

from .tables import ROOT_MAP, SPELLING_VARIANTS, STEM_EXCEPTIONS, STOP_WORDS

ANALYZER = "kb_indonesian"
AUTOCOMPLETE_ANALYZER = "kb_autocomplete"
AUTOCOMPLETE_SEARCH_ANALYZER = "kb_autocomplete_search"
TOKENIZER = "kb_words"

# text.WORD_PATTERN for java.util.regex: there \W and \d are ASCII-only unless a flag is set,
# so letters and digits are named by Unicode category.
JAVA_WORD_PATTERN = r"[\p{L}\p{N}]+(?:(?:(?<=\p{Nd})[.,](?=\p{Nd})|['\u2019])[\p{L}\p{N}]+)*"

# Autocomplete prefixes (the same lengths as modelsearch's own edge n-grams).
MIN_PREFIX, MAX_PREFIX = 2, 15

FOLDING = ["lowercase", "asciifolding", "kb_apostrophes"]

ANALYZER_FILTERS = [
    *FOLDING,
    "kb_spelling_variants",
    "kb_one_letter",
    "kb_not_empty",
    "kb_stop",
    "kb_stem_exceptions",
    "kb_ifitas",
    "kb_stemmer",
    "kb_roots",
]


def _rules(mapping):
    return [f"{word} => {target}" for word, target in sorted(mapping.items())]


def analysis_settings():
    """The ``analysis`` section of an index's settings: analyzers, tokenizer and filters."""
    return {
        "analyzer": {
            ANALYZER: {"type": "custom", "tokenizer": TOKENIZER, "filter": ANALYZER_FILTERS},
            AUTOCOMPLETE_ANALYZER: {
                "type": "custom",
                "tokenizer": TOKENIZER,
                "filter": [*FOLDING, "kb_prefixes"],
            },
            AUTOCOMPLETE_SEARCH_ANALYZER: {
                "type": "custom",
                "tokenizer": TOKENIZER,
                "filter": [*FOLDING, "kb_longest_prefix"],
            },
        },
        "tokenizer": {
            TOKENIZER: {"type": "pattern", "pattern": JAVA_WORD_PATTERN, "group": 0},
        },
        "filter": {
            "kb_apostrophes": {
                "type": "pattern_replace",
                "pattern": "['\u2019]",
                "replacement": "",
            },
            "kb_spelling_variants": {"type": "synonym", "synonyms": _rules(SPELLING_VARIANTS)},
            # One character that is not a digit becomes empty, and kb_not_empty drops it.
            "kb_one_letter": {"type": "pattern_replace", "pattern": r"^\P{N}$", "replacement": ""},
            "kb_not_empty": {"type": "length", "min": 1},
            "kb_stop": {"type": "stop", "stopwords": sorted(STOP_WORDS)},
            "kb_stem_exceptions": {"type": "stemmer_override", "rules": _rules(STEM_EXCEPTIONS)},
            "kb_ifitas": {"type": "pattern_replace", "pattern": "ifitas$", "replacement": "ivitas"},
            "kb_stemmer": {"type": "stemmer", "language": "indonesian"},
            # After the stemmer: the roots it found, mapped as stem() maps Sastrawi's.
            "kb_roots": {"type": "stemmer_override", "rules": _rules(ROOT_MAP)},
            "kb_prefixes": {"type": "edge_ngram", "min_gram": MIN_PREFIX, "max_gram": MAX_PREFIX},
            "kb_longest_prefix": {"type": "truncate", "length": MAX_PREFIX},
        },
    }
