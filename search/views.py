"""The public search page (Wagtail's default backend until the Whoosh engine lands)."""

import logging
import re

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ideas.models import IdeaPage

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
# People type words, not query syntax: anything but letters and digits separates words.
NON_WORD = re.compile(r"[\W_]+")


def search_terms(raw):
    """The words of a query, without the characters search backends treat as syntax."""
    return " ".join(NON_WORD.sub(" ", raw[:MAX_QUERY_LENGTH]).split())


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    terms = search_terms(query)
    results, notice = IdeaPage.objects.none(), None
    if terms:
        results = (
            IdeaPage.objects.live()
            .public()
            .select_related("source_agency", "adopting_agency")
            .prefetch_related("dimensions")
            .search(terms)
        )
    page_number = request.GET.get("page")
    try:
        page = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
        page.object_list = list(page.object_list)  # run the query here, not in the template
    except DatabaseError:
        logger.exception("Search failed for %r", terms)
        page = Paginator(IdeaPage.objects.none(), RESULTS_PER_PAGE).get_page(1)
        notice = _("Pencarian sedang bermasalah. Coba lagi sebentar lagi.")
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page, "search_notice": notice},
    )
