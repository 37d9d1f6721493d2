"""The public search page and its autocomplete endpoint.

Only live, public ideas are searched, counted, faceted, highlighted and suggested. Live, public
study trips that match the words are shown beside them, marked "Kunjungan kerja"; facets describe
ideas, so while a facet is selected the trips are only counted, with a link to see them. When the
search engine fails (index missing or unreadable), the page answers from the database with a
visible notice, and the error is logged. Searching itself is search/engine.py's: this module
turns its outcome into the page.
"""

import json
import re
from functools import partial

from django.http import HttpResponse, QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from ideas.choices import Stage
from ideas.models import Agency, IdeaPageTag

from . import highlight, language
from .engine import SearchEngine, search_ideas
from .forms import FACETS, SORT_CHOICES, SORT_NEWEST, SORT_RELEVANCE, SearchForm, live_ideas
from .query import MAX_QUERY_LENGTH, clean, parse, words_of

AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MIN_CHARS = 2
AUTOCOMPLETE_MAX_CHARS = 100
# Ideas fetched from the engine per keystroke; their tags and agencies are looked up from them.
AUTOCOMPLETE_HITS = 24
AUTOCOMPLETE_MAX_TAGS = 3
AUTOCOMPLETE_MAX_AGENCIES = 3
WORD = re.compile(language.WORD_PATTERN)


# --- the search page -------------------------------------------------------------------------


def _params(query_text, selections, sort, **changes):
    """A urlencoded query string for the page with `changes` applied ({param: [values]})."""
    params = QueryDict(mutable=True)
    if query_text:
        params["q"] = query_text
    for param, values in selections.items():
        params.setlist(param, values)
    if sort != SORT_RELEVANCE:
        params["sort"] = sort
    for param, values in changes.items():
        if values:
            params.setlist(param, values)
        else:
            params.pop(param, None)
    return params.urlencode()


def _toggled(values, value):
    return [v for v in values if v != value] if value in values else [*values, value]


def _facet_groups(facet_counts, selections, query_text, sort):
    groups = []
    for facet in FACETS:
        counts = facet_counts.get(facet.param, {})
        selected = selections.get(facet.param, [])
        keys = list(counts)
        if facet.limit is not None:
            keys = keys[: facet.limit]
        keys += [key for key in selected if key not in keys]
        if not keys:
            continue
        labels = facet.labels(keys)
        items = facet.order([(key, labels.get(key, key), counts.get(key, 0)) for key in keys])
        values = [
            {
                "value": key,
                "label": label,
                "count": n,
                "selected": key in selected,
                "url": "?"
                + _params(query_text, selections, sort, **{facet.param: _toggled(selected, key)}),
            }
            for key, label, n in items
        ]
        groups.append({"param": facet.param, "title": facet.title, "values": values})
    return groups


def _active_filters(selections, groups, query_text, sort):
    """The selected values as removable chips."""
    labels = {(g["param"], v["value"]): v["label"] for g in groups for v in g["values"]}
    chips = []
    titles = SearchForm.FIELD_TITLES
    agency_names = {}
    if "agency" in selections:
        ids = [int(v) for v in selections["agency"]]
        agency_names = {str(a.pk): str(a) for a in Agency.objects.filter(pk__in=ids)}
    for param, values in selections.items():
        for value in values:
            label = labels.get((param, value)) or agency_names.get(value) or value
            chips.append(
                {
                    "title": titles.get(param, param),
                    "label": label,
                    "url": "?"
                    + _params(query_text, selections, sort, **{param: _toggled(values, value)}),
                }
            )
    return chips


def _stream_text(page, name):
    """The searchable text of a page's StreamField, for the highlighted passage."""
    field = type(page)._meta.get_field(name)
    return " ".join(str(part) for part in field.get_searchable_content(getattr(page, name)))


def _hits(ideas, terms):
    return [
        {
            "idea": idea,
            "title": highlight.title(idea.title, terms),
            "passage": highlight.best_passage(
                [idea.summary, idea.problem, idea.goal, partial(_stream_text, idea, "body")],
                terms,
            ),
        }
        for idea in ideas
    ]


def _trip_hits(trips, terms):
    return [
        {
            "trip": trip,
            "title": highlight.title(trip.title, terms),
            "passage": highlight.best_passage(
                [trip.purpose, trip.destination, partial(_stream_text, trip, "report")], terms
            ),
        }
        for trip in trips
    ]


def _sort_links(parsed, selections, sort):
    """Sort choices; without words to rank by, "relevance" means newest and is not offered."""
    shown = sort
    if not parsed.has_positive and sort == SORT_RELEVANCE:
        shown = SORT_NEWEST
    return [
        {
            "value": value,
            "label": label,
            "current": value == shown,
            "url": "?" + _params(parsed.text, selections, value),
        }
        for value, label in SORT_CHOICES
        if parsed.has_positive or value != SORT_RELEVANCE
    ]


def _suggestion_text(suggestion, parsed):
    """The suggested query, keeping the words the user excluded."""
    excluded = [f"-{w}" for w in parsed.excluded_words]
    excluded += [f'-"{p}"' for p in parsed.excluded_phrases]
    return " ".join([suggestion, *excluded])


def search(request):
    parsed = parse(request.GET.get("q", ""))
    form = SearchForm(request.GET)
    selections, sort = form.selections, form.sort_value
    context = {
        "search_query": parsed.text,
        "parsed_query": parsed,
        "problems": form.problems(),
        "sort": sort,
        "stages": Stage,
        "max_query_length": MAX_QUERY_LENGTH,
    }

    if parsed.only_negative:
        context["query_message"] = _(
            "Tambahkan setidaknya satu kata yang dicari. Tanda minus (-) hanya mengecualikan "
            "kata, misalnya: parkir -liar."
        )
    elif parsed.is_empty and parsed.text:
        context["query_message"] = _(
            "Tidak ada kata yang bisa dicari di sini. Ketik kata biasa, misalnya: antrean."
        )
    elif parsed.has_positive or selections:
        outcome = search_ideas(parsed, selections, sort, request.GET.get("page"))
        groups = _facet_groups(outcome["facet_counts"], selections, parsed.text, sort)
        terms = highlight.query_terms(parsed.terms, stems=outcome["stems"])
        suggestion = outcome["suggestion"]
        if suggestion and words_of(suggestion) == list(parsed.terms):
            suggestion = None
        if suggestion:
            suggested = _suggestion_text(suggestion, parsed)
            context["suggestion"] = {
                "text": suggestion,
                "url": "?" + _params(suggested, selections, sort, page=None),
            }
        context.update(
            searched=True,
            search_notice=outcome["notice"],
            search_results=outcome["page"],
            result_count=outcome["count"],
            relaxed=outcome["relaxed"],
            hits=_hits(outcome["page"].object_list, terms),
            trip_hits=_trip_hits(outcome["trips"], terms) if not selections else [],
            trip_count=outcome["trip_count"],
            trips_url="?" + _params(parsed.text, {}, SORT_RELEVANCE),
            first_page=outcome["page"].number == 1,
            facet_groups=groups,
            active_filters=_active_filters(selections, groups, parsed.text, sort),
            clear_filters_url="?" + _params(parsed.text, {}, sort),
            sort_links=_sort_links(parsed, selections, sort),
            page_query=_params(parsed.text, selections, sort),
        )

    context["autofocus"] = not context.get("searched")
    response = TemplateResponse(request, "search/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


# --- autocomplete ----------------------------------------------------------------------------


def _label_words(label):
    """The words of a name as the autocomplete index holds them (lowercase, folded)."""
    return [language.fold(word) for word in WORD.findall(label or "")]


def _starts_words(label, prefixes):
    """True when each typed word starts a word of `label`, or is another form of one of its
    words ("melayani" for "Pelayanan"): what the engine matched on."""
    label_words = _label_words(label)
    if not prefixes or not label_words:
        return False
    stems = None
    for prefix in prefixes:
        if any(word.startswith(prefix) for word in label_words):
            continue
        if stems is None:
            stems = {language.stem(word) for word in label_words}
        if language.stem(prefix) not in stems:
            return False
    return True


def _suggestions(request, words):
    prefixes = _label_words(" ".join(words))
    ideas = live_ideas().only("id", "title", "url_path", "source_agency", "adopting_agency")
    hits = SearchEngine().autocomplete(ideas, words, AUTOCOMPLETE_HITS)
    if not hits:
        return []
    search_url = reverse("search")
    ids = [idea.pk for idea in hits]

    tags, tag_hits = {}, {}
    for name, slug in IdeaPageTag.objects.filter(content_object_id__in=ids).values_list(
        "tag__name", "tag__slug"
    ):
        if _starts_words(name, prefixes):
            tags[slug] = name
            tag_hits[slug] = tag_hits.get(slug, 0) + 1
    tag_items = [
        {"label": tags[slug], "url": f"{search_url}?{urlencode({'tag': slug})}", "kind": "tag"}
        for slug in sorted(tags, key=lambda s: (-tag_hits[s], tags[s].lower()))
    ][:AUTOCOMPLETE_MAX_TAGS]

    agency_ids = {i.source_agency_id for i in hits} | {i.adopting_agency_id for i in hits}
    agencies = [
        a
        for a in Agency.objects.filter(pk__in=agency_ids - {None}).order_by("name")
        if _starts_words(a.name, prefixes) or _starts_words(a.acronym, prefixes)
    ]
    agency_items = [
        {"label": str(a), "url": f"{search_url}?agency={a.pk}", "kind": "instansi"}
        for a in agencies
    ][:AUTOCOMPLETE_MAX_AGENCIES]

    room = AUTOCOMPLETE_LIMIT - len(tag_items) - len(agency_items)
    idea_items = []
    for idea in hits:
        if len(idea_items) >= room:
            break
        if _starts_words(idea.title, prefixes):
            url = idea.get_url(request)
            if url:
                idea_items.append({"label": idea.title, "url": url, "kind": "ide"})
    return (idea_items + tag_items + agency_items)[:AUTOCOMPLETE_LIMIT]


def autocomplete(request):
    text = clean(request.GET.get("q", ""))[:AUTOCOMPLETE_MAX_CHARS]
    words = WORD.findall(text)
    suggestions = []
    if len("".join(words)) >= AUTOCOMPLETE_MIN_CHARS:
        suggestions = _suggestions(request, words)
    body = json.dumps({"query": text, "suggestions": suggestions}, ensure_ascii=False)
    # Nothing typed may come back as markup, even if the JSON is opened as a page.
    body = body.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["X-Robots-Tag"] = "noindex"
    response["X-Content-Type-Options"] = "nosniff"
    return response
