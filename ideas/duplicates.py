"""Ideas like another one: "Ide serupa" for readers, likely duplicates for authors.

Readers see the live, public ideas most like the one they read (the engine's
more-like-this, or any of the idea's characteristic words on an engine without it: see
search/engine.py). Authors writing an idea in the admin see the ideas they may see there
(published or not) whose title or summary is close to what they wrote: the engine finds
candidates, then a plain measure on the analysed words (the Dice coefficient of their sets,
so "pelayanan antrean" and "layanan antrian" are the same two words) keeps only the close
ones, whatever the size of the registry.
"""

import re
from dataclasses import dataclass
from functools import partial

from django.http import JsonResponse
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.permission_policies.pages import PagePermissionPolicy

from kb.visibility import viewable_by
from search import language
from search.engine import SearchEngine, characteristic_words

from .models import Agency, IdeaIndexPage, IdeaPage

SIMILAR_LIMIT = 5
# How much a word counts towards what an idea is about, by where it stands (similar ideas on
# an engine without more-like-this).
TITLE_WEIGHT, TAG_WEIGHT, SUMMARY_WEIGHT = 3, 2, 1
DUPLICATE_LIMIT = 5
# Candidates the engine is asked for, before the closeness test.
CANDIDATES = 25
# At most this many distinct words of the author's text go to the engine.
MAX_QUERY_WORDS = 40
TITLE_MAX = 255
SUMMARY_MAX = 600
# A candidate is a likely duplicate when its title is this close to the title written, or
# its title and summary together are this close to the title and summary written...
TITLE_THRESHOLD = 0.5
TEXT_THRESHOLD = 0.35
# ...sharing at least this many words: one word in common ("Dukcapil") says too little.
MIN_SHARED = 2
# Words that say where or by whom, not what: they do not make two ideas alike. Place names
# of the registry's agencies are added to these when comparing.
GENERIC_WORDS = (
    "kota kabupaten kab provinsi negeri desa kelurahan pemerintah pemkot pemkab daerah "
    "dinas badan kantor bagian inovasi program city"
)

_WORD = re.compile(r"\w+")


# --- readers ---------------------------------------------------------------------------


def similar_ideas(page, limit=SIMILAR_LIMIT):
    """Up to `limit` live, public ideas most like `page` (never `page` itself), best first.

    An empty list when the search engine fails, whatever the error (it is logged): a reader's
    page never breaks for want of suggestions.
    """
    if page.pk is None:
        return []
    queryset = IdeaPage.objects.live().public().select_related("source_agency", "adopting_agency")
    return SearchEngine().similar(page, queryset, limit, partial(idea_words, page))


def idea_words(page):
    """The words that say what an idea is about, most telling first: from its title, tags
    and summary (by weight), without places and other generic words."""
    tags = " ".join(tag.name for tag in page.tags.all())
    texts = [(page.title, TITLE_WEIGHT), (tags, TAG_WEIGHT), (page.summary, SUMMARY_WEIGHT)]
    return characteristic_words(texts, ignored_terms())


# --- authors ---------------------------------------------------------------------------


def terms(text):
    """The words of `text` as the search engines see them (stemmed, without stop words)."""
    return set(language.analyse(text))


def dice(a, b):
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def ignored_terms():
    """GENERIC_WORDS and the places of the registry's agencies, as terms."""
    places = Agency.objects.values_list("city", "province", "country").distinct()
    return terms(" ".join([GENERIC_WORDS, *(" ".join(row) for row in places)]))


def query_words(*texts):
    """Distinct words of `texts`, in order, at most MAX_QUERY_WORDS: no query syntax."""
    seen = {}
    for text in texts:
        for word in _WORD.findall(text):
            seen.setdefault(word.lower(), word)
            if len(seen) >= MAX_QUERY_WORDS:
                return list(seen.values())
    return list(seen.values())


def ideas_editable_by(user):
    """The ideas `user` may open in the admin's editor (an author: their own)."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change"})
    return IdeaPage.objects.filter(pk__in=editable.values("pk"))


def can_write_ideas(user):
    """May `user` add ideas somewhere, or edit at least one idea?"""
    if not (user.is_active and user.has_perm("wagtailadmin.access_admin")):
        return False
    if any(
        parent.permissions_for_user(user).can_add_subpage()
        for parent in IdeaIndexPage.objects.all()
    ):
        return True
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change"})
    return IdeaPage.objects.filter(pk__in=editable.values("pk")).exists()


@dataclass
class Duplicate:
    idea: IdeaPage
    score: float
    may_edit: bool  # else the user sees only what the public sees of it


def likely_duplicates(user, title, summary, exclude=(), limit=DUPLICATE_LIMIT):
    """Ideas `user` may open that look like one titled/summarised so.

    Those `user` may edit, drafts included, and live ones `user` may read on the site, as
    published (never another author's draft, nor the unpublished title of a live idea); the
    pages in `exclude` (the idea being edited and the idea it derives from) left out.
    Best first, each with its closeness (0-1). An empty list when nothing is close or the
    engine fails (logged).
    """
    title = (title or "")[:TITLE_MAX]
    summary = (summary or "")[:SUMMARY_MAX]
    words = query_words(title, summary)
    if not words:
        return []
    candidates = IdeaPage.objects.all()
    found = SearchEngine().any_of(candidates, words, CANDIDATES, exclude=exclude)
    if not found:
        return []
    found_pks = [i.pk for i in found]
    editable = set(ideas_editable_by(user).filter(pk__in=found_pks).values_list("pk", flat=True))
    readable = set(
        viewable_by(IdeaPage.objects.filter(pk__in=found_pks), user).values_list("pk", flat=True)
    )
    ignored = ignored_terms()
    title_terms = terms(title) - ignored
    text_terms = title_terms | (terms(summary) - ignored)
    matches = []
    for idea in found:
        may_edit = idea.pk in editable
        if may_edit:
            titles = [terms(t) - ignored for t in {idea.title, idea.draft_title or idea.title}]
        elif idea.pk in readable:
            titles = [terms(idea.title) - ignored]
        else:
            continue
        their_text = (terms(idea.summary) - ignored).union(*titles)
        by_title = max(dice(title_terms, t) for t in titles)
        by_text = dice(text_terms, their_text)
        close_title = any(
            dice(title_terms, t) >= TITLE_THRESHOLD and len(title_terms & t) >= MIN_SHARED
            for t in titles
        )
        close_text = by_text >= TEXT_THRESHOLD and len(text_terms & their_text) >= MIN_SHARED
        if close_title or close_text:
            matches.append(Duplicate(idea, round(max(by_title, by_text), 3), may_edit))
    matches.sort(key=lambda m: -m.score)
    return matches[:limit]


# --- the admin endpoint ----------------------------------------------------------------

_PAGE_ID = re.compile(r"[0-9]{1,18}")
SUMMARY_PREVIEW = 160


def describe(duplicate):
    """A duplicate as the editor shows it (also the endpoint's JSON)."""
    idea, can_edit = duplicate.idea, duplicate.may_edit
    return {
        "id": idea.pk,
        "title": (idea.draft_title or idea.title) if can_edit else idea.title,
        "summary": Truncator(idea.summary).chars(SUMMARY_PREVIEW),
        "stage": str(idea.get_stage_display()),
        "status": str(idea.status_string),
        "live": idea.live,
        "edit_url": reverse("wagtailadmin_pages:edit", args=[idea.pk]) if can_edit else None,
        "url": idea.url if idea.live else None,
        "score": duplicate.score,
    }


@require_GET
def duplicates_view(request):
    """JSON for the editor while the author types: ?title=&summary=&exclude=<page id>, the
    idea itself and the one it derives from (exclude may repeat)."""
    if not can_write_ideas(request.user):
        return JsonResponse(
            {"error": _("Akun Anda tidak berhak menulis ide, jadi tidak bisa memeriksa duplikat.")},
            status=403,
        )
    exclude = [value.strip() for value in request.GET.getlist("exclude") if value.strip()]
    if not all(_PAGE_ID.fullmatch(value) for value in exclude):
        return JsonResponse(
            {"error": _("Parameter exclude harus berupa nomor halaman ide.")}, status=400
        )
    matches = likely_duplicates(
        request.user,
        request.GET.get("title", ""),
        request.GET.get("summary", ""),
        exclude=[int(value) for value in exclude],
    )
    return JsonResponse({"results": [describe(m) for m in matches]})
