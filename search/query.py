"""What people type into the search box, turned into modelsearch query objects.

People type words, not query syntax. Two things mean something:

- double quotes make a phrase: ``"kartu keluarga"``;
- a leading minus excludes a word (or a quoted phrase): ``-parkir``, ``-"uang tunai"``.

Everything else (colons, brackets, ``*``, ``AND``/``OR``/``NOT``, field names, a lone ``-``,
an unbalanced quote) is plain text: punctuation separates words and is otherwise ignored, so no
character typed here ever reaches a backend as syntax.

Plain words are combined with AND (every word must occur, precise); the view relaxes them to OR
(any word, ranked by relevance) when AND finds nothing, and says so on the page.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db.models import Q
from modelsearch.query import And, Not, Phrase, PlainText

MAX_QUERY_LENGTH = 200
MAX_TERMS = 32
# Long pastes are cut before any work is done on them; the cleaned text is cut again below.
_RAW_CUT = MAX_QUERY_LENGTH * 4

# Anything but letters and digits separates words.
NON_WORD = re.compile(r"[\W_]+")
# A quoted phrase (optionally negated), a run of other characters, or a stray quote.
TOKEN = re.compile(r'(?P<neg>-?)"(?P<phrase>[^"]*)"|(?P<word>[^\s"]+)|"')
# Typographic quotes that phones and word processors put in place of ".
QUOTES = str.maketrans(dict.fromkeys("“”„‟«»〝〞＂", '"'))
# Format, surrogate, private-use and unassigned characters are dropped; control characters
# (tabs, newlines, NUL...) separate words.
INVISIBLE = {"Cf", "Cs", "Co", "Cn"}


def clean(raw):
    """The query as shown back in the box: printable, one space between words, capped."""
    text = unicodedata.normalize("NFKC", (raw or "")[:_RAW_CUT])
    text = "".join(
        " " if ch.isspace() or unicodedata.category(ch) == "Cc" else ch
        for ch in text
        if unicodedata.category(ch) not in INVISIBLE
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def words_of(text):
    """The lowercase words of a piece of text, punctuation dropped."""
    return NON_WORD.sub(" ", text.lower()).split()


@dataclass(frozen=True)
class ParsedQuery:
    text: str = ""
    words: tuple = ()
    phrases: tuple = ()
    excluded_words: tuple = ()
    excluded_phrases: tuple = ()

    @property
    def is_empty(self):
        return not (self.words or self.phrases or self.excluded_words or self.excluded_phrases)

    @property
    def has_positive(self):
        return bool(self.words or self.phrases)

    @property
    def only_negative(self):
        return not self.has_positive and not self.is_empty

    @property
    def can_relax(self):
        """True when OR of the plain words can find more than AND did."""
        return len(self.words) > 1

    @property
    def terms(self):
        """Every word the user is looking for (plain and inside phrases), in order, once each."""
        seen = []
        for word in (*self.words, *(w for p in self.phrases for w in p.split())):
            if word not in seen:
                seen.append(word)
        return tuple(seen)

    @property
    def positive_text(self):
        """The looked-for words as one string (for spelling suggestions)."""
        return " ".join(self.terms)

    def to_query(self, operator="and"):
        """A modelsearch query object, or None when nothing is looked for."""
        parts = []
        if self.words:
            parts.append(PlainText(" ".join(self.words), operator=operator))
        parts.extend(Phrase(phrase) for phrase in self.phrases)
        if not parts:
            return None
        parts.extend(Not(PlainText(word)) for word in self.excluded_words)
        parts.extend(Not(Phrase(phrase)) for phrase in self.excluded_phrases)
        return parts[0] if len(parts) == 1 else And(parts)

    def to_q(self, fields, operator="and"):
        """The same query as a database filter (substring match), for when the engine is down."""

        def anywhere(text):
            q = Q()
            for field in fields:
                q |= Q(**{f"{field}__icontains": text})
            return q

        if not self.has_positive:
            return None
        words = [anywhere(word) for word in self.words]
        combined = Q()
        if words:
            if operator == "or":
                for q in words:
                    combined |= q
            else:
                for q in words:
                    combined &= q
        for phrase in self.phrases:
            combined &= anywhere(phrase)
        for text in (*self.excluded_words, *self.excluded_phrases):
            combined &= ~anywhere(text)
        return combined


def parse(raw):
    """Parse what was typed into a ParsedQuery (never raises)."""
    text = clean(str(raw or "").translate(QUOTES))
    words, phrases, excluded_words, excluded_phrases = [], [], [], []
    count = 0

    def add(bucket, item):
        nonlocal count
        if item and item not in bucket and count < MAX_TERMS:
            bucket.append(item)
            count += 1

    for match in TOKEN.finditer(text):
        if match.group("phrase") is not None:
            parts = words_of(match.group("phrase"))
            negative = bool(match.group("neg"))
            if len(parts) > 1:
                add(excluded_phrases if negative else phrases, " ".join(parts))
            elif parts:
                add(excluded_words if negative else words, parts[0])
        elif match.group("word") is not None:
            token = match.group("word")
            negative = token.startswith("-")
            parts = words_of(token)
            if negative and len(parts) > 1:
                add(excluded_phrases, " ".join(parts))
            else:
                for part in parts:
                    add(excluded_words if negative else words, part)
    # A word both wanted and excluded is contradictory: keep it wanted.
    excluded_words = [w for w in excluded_words if w not in words]
    return ParsedQuery(
        text=text,
        words=tuple(words),
        phrases=tuple(phrases),
        excluded_words=tuple(excluded_words),
        excluded_phrases=tuple(excluded_phrases),
    )
