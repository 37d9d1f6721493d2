"""What the search engine under test can do, for the differences the tests expect.

`make test` runs the tests marked `engines` on our Whoosh backend and again on Wagtail's
database backend (KB_SEARCH_BACKEND=database); where the two differ by design, a test asserts
each engine's own behaviour through these.
"""

from django.db import connection

from search.engine import SearchEngine


def stems():
    """Whether the engine finds other forms of a word ("melayani" finds "pelayanan") and
    spelling variants ("antrian" finds "antrean"): Whoosh and OpenSearch do, with
    search.language's rules; Wagtail's database backend does not."""
    return SearchEngine().stems


def suggests():
    """Whether the engine offers spelling suggestions (Wagtail's database backend does not)."""
    return hasattr(SearchEngine().backend, "suggest")


def folds_accents():
    """Whether "cafe" finds "Café": PostgreSQL's full-text search keeps accents (without the
    unaccent extension); Whoosh and SQLite's FTS5 fold them."""
    return stems() or connection.vendor != "postgresql"
