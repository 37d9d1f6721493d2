"""What people type, turned into query objects: words, phrases, exclusions; nothing else."""

from django.db.models import Q
from django.test import SimpleTestCase
from modelsearch.query import And, Not, Phrase, PlainText

from search import highlight
from search.query import MAX_QUERY_LENGTH, MAX_TERMS, clean, parse


def shape(query):
    """A query object as nested tuples, for comparing."""
    if query is None:
        return None
    if isinstance(query, PlainText):
        return ("text", query.query_string, query.operator)
    if isinstance(query, Phrase):
        return ("phrase", query.query_string)
    if isinstance(query, Not):
        return ("not", shape(query.subquery))
    if isinstance(query, And):
        return ("and", *[shape(q) for q in query.subqueries])
    raise AssertionError(f"unexpected {query!r}")


class ParseTests(SimpleTestCase):
    def test_words_are_anded(self):
        parsed = parse("Antrean  Puskesmas")
        self.assertEqual(parsed.words, ("antrean", "puskesmas"))
        self.assertEqual(shape(parsed.to_query()), ("text", "antrean puskesmas", "and"))
        self.assertEqual(shape(parsed.to_query("or")), ("text", "antrean puskesmas", "or"))
        self.assertTrue(parsed.can_relax)
        self.assertFalse(parse("antrean").can_relax)

    def test_quotes_make_a_phrase(self):
        parsed = parse('"kartu keluarga" izin')
        self.assertEqual(parsed.phrases, ("kartu keluarga",))
        self.assertEqual(
            shape(parsed.to_query()),
            ("and", ("text", "izin", "and"), ("phrase", "kartu keluarga")),
        )
        self.assertEqual(parsed.terms, ("izin", "kartu", "keluarga"))

    def test_typographic_quotes_make_a_phrase_too(self):
        self.assertEqual(parse("“kartu keluarga”").phrases, ("kartu keluarga",))

    def test_a_one_word_phrase_is_a_word(self):
        self.assertEqual(shape(parse('"antrean"').to_query()), ("text", "antrean", "and"))

    def test_leading_minus_excludes(self):
        parsed = parse('parkir -liar -"uang tunai"')
        self.assertEqual(
            shape(parsed.to_query()),
            (
                "and",
                ("text", "parkir", "and"),
                ("not", ("text", "liar", "and")),
                ("not", ("phrase", "uang tunai")),
            ),
        )
        self.assertEqual(parsed.terms, ("parkir",))

    def test_minus_inside_a_word_is_not_an_exclusion(self):
        parsed = parse("e-KTP non-tunai")
        self.assertEqual(parsed.words, ("e", "ktp", "non", "tunai"))
        self.assertEqual(parsed.excluded_words, ())

    def test_a_hyphenated_exclusion_excludes_the_phrase(self):
        self.assertEqual(parse("izin -e-ktp").excluded_phrases, ("e ktp",))

    def test_only_exclusions(self):
        parsed = parse("-parkir -liar")
        self.assertTrue(parsed.only_negative)
        self.assertIsNone(parsed.to_query())
        self.assertIsNone(parsed.to_q(["title"]))

    def test_a_word_wanted_and_excluded_stays_wanted(self):
        parsed = parse("parkir -parkir")
        self.assertEqual(parsed.words, ("parkir",))
        self.assertEqual(parsed.excluded_words, ())

    def test_syntax_is_plain_text(self):
        cases = {
            "title:x": ("title", "x"),
            "(izin) [usaha] {a}": ("izin", "usaha", "a"),
            "izin*": ("izin",),
            "a AND b OR NOT c": ("a", "and", "b", "or", "not", "c"),
            "izin~2 ^3 usaha/perizinan": ("izin", "2", "3", "usaha", "perizinan"),
            "x' OR '1'='1": ("x", "or", "1"),
        }
        for raw, words in cases.items():
            with self.subTest(raw=raw):
                parsed = parse(raw)
                self.assertEqual(parsed.words, words)
                self.assertEqual(parsed.phrases, ())
                self.assertEqual(parsed.excluded_words, ())

    def test_nothing_searchable(self):
        for raw in ["", "   ", "-", "--", '"', '""', '-""-', "*", ":::", "🙂", "\x00\x07", "( )"]:
            with self.subTest(raw=raw):
                parsed = parse(raw)
                self.assertTrue(parsed.is_empty)
                self.assertIsNone(parsed.to_query())

    def test_unbalanced_quote_is_ignored(self):
        self.assertEqual(parse('"antrean daring').words, ("antrean", "daring"))
        parsed = parse('izin "usaha satu" pintu"')
        self.assertEqual(parsed.phrases, ("usaha satu",))
        self.assertEqual(parsed.words, ("izin", "pintu"))

    def test_control_and_invisible_characters(self):
        self.assertEqual(clean("izin\x00usaha\tkilat\u200b\u202e!"), "izin usaha kilat!")
        self.assertEqual(parse("an\u200btrean").words, ("antrean",))

    def test_length_is_capped(self):
        parsed = parse("a" * 10_000)
        self.assertEqual(len(parsed.text), MAX_QUERY_LENGTH)
        many = parse(" ".join(f"k{n}" for n in range(100)))
        self.assertEqual(len(many.words), MAX_TERMS)

    def test_database_fallback_filter(self):
        q = parse('izin "satu pintu" -parkir').to_q(["title"])
        expected = (
            Q(title__icontains="izin")
            & Q(title__icontains="satu pintu")
            & ~Q(title__icontains="parkir")
        )
        self.assertEqual(q, expected)
        relaxed = parse("izin usaha").to_q(["title"], "or")
        self.assertEqual(relaxed, Q(title__icontains="izin") | Q(title__icontains="usaha"))


class HighlightTests(SimpleTestCase):
    def terms(self, *words):
        return highlight.query_terms(words)

    def test_marks_other_word_forms(self):
        html, count = highlight.passage(
            "Pelayanan perizinan dan layanan antrian.", self.terms("melayani", "izin", "antre")
        )
        self.assertEqual(
            html,
            "<mark>Pelayanan</mark> <mark>perizinan</mark> dan <mark>layanan</mark> "
            "<mark>antrian</mark>.",
        )
        self.assertEqual(count, 3)  # three terms: layan, izin, antre

    def test_an_engine_that_does_not_stem_marks_the_words_typed(self):
        terms = highlight.query_terms(["Melayani", "ANTREAN", "café", "yang"], stems=False)
        html, count = highlight.passage("Pelayanan yang melayani antrean, antrian dan Cafe.", terms)
        self.assertEqual(
            html,
            "Pelayanan yang <mark>melayani</mark> <mark>antrean</mark>, antrian dan "
            "<mark>Cafe</mark>.",
        )
        self.assertEqual(count, 3)

    def test_escapes_everything_it_did_not_build(self):
        html, _count = highlight.passage(
            "<script>alert('x')</script> & pelayanan <b>", self.terms("layanan")
        )
        self.assertEqual(
            html,
            "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; <mark>pelayanan</mark> "
            "&lt;b&gt;",
        )

    def test_query_markup_is_only_words(self):
        terms = self.terms("<script>", "mark")
        html = highlight.title("script <mark> tag", terms)
        self.assertEqual(html, "<mark>script</mark> &lt;<mark>mark</mark>&gt; tag")

    def test_long_text_gives_a_window_around_the_matches(self):
        text = ("kata pengisi " * 60) + "antrean daring puskesmas " + ("penutup lain " * 60)
        html, _count = highlight.passage(text, self.terms("antrean"))
        self.assertTrue(html.startswith("…"))
        self.assertTrue(html.endswith("…"))
        self.assertIn("<mark>antrean</mark> daring", html)
        self.assertLess(len(html), highlight.PASSAGE_LENGTH + 40)

    def test_best_text_wins(self):
        html = highlight.best_passage(
            ["Tentang antrean.", "Antrean dan puskesmas, antrean lagi."],
            self.terms("antrean", "puskesmas"),
        )
        self.assertIn("<mark>puskesmas</mark>", html)
        self.assertIsNone(highlight.best_passage(["tidak ada"], self.terms("antrean")))

    def test_long_texts_are_analysed_only_when_needed(self):
        def body():
            raise AssertionError("the body should not be needed")

        html = highlight.best_passage(["Antrean puskesmas.", body], self.terms("antrean"))
        self.assertEqual(html, "<mark>Antrean</mark> puskesmas.")
        html = highlight.best_passage(["Lain.", lambda: "Ada antrean."], self.terms("antrean"))
        self.assertEqual(html, "Ada <mark>antrean</mark>.")

    def test_stop_words_are_not_marked(self):
        html, _count = highlight.passage("pelayanan yang cepat", self.terms("yang", "cepat"))
        self.assertEqual(html, "pelayanan yang <mark>cepat</mark>")
