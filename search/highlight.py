"""Show why a result matched: the best passage of its text, with the matching words in <mark>.

Matching uses the analysis every engine here shares (``search.language``). On an engine that
stems Indonesian (``SearchEngine.stems``), a search for "melayani" marks "pelayanan", exactly
when the engine found the page through it; on one that does not (Wagtail's database backend),
only the words typed are marked, folded ("Antrean" for "antrean"), as that engine matched them.
The HTML is built here from escaped fragments; only that string is marked safe.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import language

# Characters of a passage shown under a result.
PASSAGE_LENGTH = 240
# How far before the first matching word the passage starts, for context.
LEAD_IN = 50
# Text analysed per field: a result page never needs more to find a passage.
MAX_ANALYSED = 4000
ELLIPSIS = "…"


class Terms(frozenset):
    """The terms searched for; `stems` says whether they are stems or folded words."""

    stems = True


def _text_terms(text, stems):
    """(start, end, term) for the words of `text` a full-text field keeps: stemmed or not."""
    if stems:
        return language.terms(text)
    return (span for span in language.words(text) if not language.is_stop_word(span[2]))


def query_terms(words, stems=True):
    """The analysed forms of the words searched for: stems, or folded words when the engine
    does not stem (`stems` False)."""
    terms = Terms(term for _s, _e, term in _text_terms(" ".join(words), stems))
    terms.stems = stems
    return terms


def matches(text, terms):
    """(start, end, term) for the words of `text` whose analysed form (term) is in `terms`."""
    if not text or not terms:
        return []
    text = text[:MAX_ANALYSED]
    spans = []
    last_end = 0
    for start, end, term in _text_terms(text, terms.stems):
        if term in terms and start >= last_end:
            spans.append((start, end, term))
            last_end = end
    return spans


def _marked(text, spans, start=0, end=None):
    """Escaped text[start:end] with the spans inside it wrapped in <mark>."""
    end = len(text) if end is None else end
    parts, pos = [], start
    for s, e, _term in spans:
        if s < start or e > end:
            continue
        parts.append(escape(text[pos:s]))
        parts.append(f"<mark>{escape(text[s:e])}</mark>")
        pos = e
    parts.append(escape(text[pos:end]))
    return "".join(parts)


def _window(text, spans):
    """The [start, end) window of PASSAGE_LENGTH characters holding the most distinct matches."""
    best, best_score = 0, (-1, -1)
    for i, (s, _e, _term) in enumerate(spans):
        inside = [span for span in spans[i:] if span[1] <= s + PASSAGE_LENGTH - LEAD_IN]
        score = (len({term for _a, _b, term in inside}), len(inside))
        if score > best_score:
            best, best_score = i, score
    first = spans[best][0] if spans else 0
    start = max(0, first - LEAD_IN)
    if start > 0:
        # Start on a word boundary, never after the first match.
        space = text.rfind(" ", start - 20 if start >= 20 else 0, first)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + PASSAGE_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > first:
            end = space
    return start, end


def passage(text, terms):
    """The best passage of `text` for `terms` as safe HTML, with how many terms it matched.

    Returns (html, distinct_terms); html is None when nothing in `text` matches.
    """
    text = " ".join((text or "").split())
    spans = matches(text, terms)
    if not spans:
        return None, 0
    start, end = _window(text, spans)
    html = _marked(text, spans, start, end)
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    distinct = len({term for _s, _e, term in spans})
    return mark_safe(prefix + html + suffix), distinct  # noqa: S308 (built from escaped parts)


def title(text, terms):
    """The whole title as safe HTML, matching words marked."""
    return mark_safe(_marked(text or "", matches(text or "", terms)))  # noqa: S308


def best_passage(texts, terms):
    """The passage from the text with the most distinct matches (earlier texts win ties).

    `texts` may hold callables (evaluated only when needed); the search stops at the first
    text that matches every term, so a long body is analysed only when shorter texts fall short.
    """
    best_html, best_count = None, 0
    for text in texts:
        if best_count >= len(terms):
            break
        html, count = passage(text() if callable(text) else text, terms)
        if count > best_count:
            best_html, best_count = html, count
    return best_html
