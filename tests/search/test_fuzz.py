"""Thousands of hostile strings through the search page and autocomplete: 200, nothing unescaped."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from search.query import MAX_QUERY_LENGTH, parse
from tests.search import test_search_page as page_tests

pytestmark = pytest.mark.engines

# Markup that must never come back as markup (each is also checked as a substring below).
INJECTIONS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "' onfocus='alert(1)",
    '" autofocus onfocus="alert(1)',
    "</title><script>alert(1)</script>",
    "javascript:alert(1)",
]
FORBIDDEN = ["<script>alert", "<img src=x", "<svg onload", "onfocus='alert", 'onfocus="alert']

FRAGMENTS = [
    '"',
    "'",
    "-",
    "--",
    ":",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "*",
    "?",
    "~",
    "^",
    "\\",
    "/",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "title:",
    "summary:",
    "_id:1",
    "pk:*",
    "'; DROP TABLE wagtailcore_page; --",
    "1 OR 1=1",
    "%",
    "%00",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\u200b",
    "\u202e",
    "\ufeff",
    "🙂",
    "👩🏽‍💻",
    "ﷺ",
    "Ａ",
    "ǅ",
    "İ",
    "antrean",
    "pelayanan",
    "izin",
    "puskesmas",
    "-antrean",
    '"antrean daring"',
    " ",
    "\n",
    "\t",
    *INJECTIONS,
]

# Any Unicode except surrogates (which no browser can send in UTF-8).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
PIECES = st.lists(st.one_of(st.sampled_from(FRAGMENTS), ANY_TEXT), max_size=12).map("".join)
LONG = st.builds(
    lambda piece, n: (piece * (n // max(len(piece), 1) + 1))[:n],
    st.sampled_from(FRAGMENTS[: -len(INJECTIONS)] + ["x", "antrean "]),
    st.integers(MAX_QUERY_LENGTH - 5, 10_000),
)
HOSTILE = st.one_of(PIECES, PIECES, PIECES, LONG, st.sampled_from(INJECTIONS))
FACET_PARAMS = ["stage", "dimension", "source", "adopter", "agency", "region", "tag", "year",
                "status", "sort", "page"]  # fmt: skip

FUZZ = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class FuzzTests(TestCase):
    """Against a small real index; each example runs in its own transaction (Hypothesis)."""

    @classmethod
    def setUpTestData(cls):
        page_tests.make_idea(
            "Antrean daring puskesmas",
            summary="Nomor antrean lewat ponsel: pelayanan <b>cepat</b> & mudah.",
            tags=["antrean"],
            source_agency=page_tests.factories.agency("Dinas Kesehatan", province="Maluku"),
        )
        page_tests.make_idea("Izin usaha satu pintu", summary="Perizinan dalam sehari.")
        page_tests.make_idea("Rahasia draf", summary="Antrean tersembunyi.", publish=False)

    def assert_safe(self, body):
        for marker in FORBIDDEN:
            self.assertNotIn(marker, body)

    @settings(FUZZ, max_examples=200)
    @given(query=HOSTILE)
    def test_search_page(self, query):
        response = self.client.get("/search/", {"q": query})
        self.assertEqual(response.status_code, 200)
        self.assert_safe(response.content.decode())

    @settings(FUZZ, max_examples=80)
    @given(query=HOSTILE, params=st.dictionaries(st.sampled_from(FACET_PARAMS), HOSTILE))
    def test_search_page_with_hostile_filters(self, query, params):
        response = self.client.get("/search/", {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        self.assert_safe(response.content.decode())

    @settings(FUZZ, max_examples=800)
    @given(query=HOSTILE)
    def test_autocomplete(self, query):
        response = self.client.get("/search/autocomplete/", {"q": query})
        self.assertEqual(response.status_code, 200)
        body = response.content.decode()
        self.assertNotIn("<", body)
        self.assertNotIn(">", body)
        data = json.loads(body)
        self.assertLessEqual(len(data["suggestions"]), 8)
        self.assertNotIn("Rahasia", body)


@settings(max_examples=1500, deadline=None, database=None)
@given(raw=HOSTILE)
def test_parse_never_fails_and_emits_only_words(raw):
    parsed = parse(raw)
    assert len(parsed.text) <= MAX_QUERY_LENGTH
    for word in (*parsed.words, *parsed.excluded_words):
        assert word and word.isalnum(), word
    for phrase in (*parsed.phrases, *parsed.excluded_phrases):
        assert all(w.isalnum() for w in phrase.split()), phrase
    assert parsed.is_empty == (parsed.to_query() is None and not parsed.only_negative)
