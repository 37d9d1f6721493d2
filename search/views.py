"""The public search page (Wagtail's default backend until the Whoosh engine lands)."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from ideas.models import IdeaPage

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = IdeaPage.objects.none()
    if query:
        results = (
            IdeaPage.objects.live()
            .public()
            .select_related("source_agency", "adopting_agency")
            .search(query)
        )
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "search_results": page}
    )
