"""The public agency pages: what an agency observed, adopted and stopped, and its trips.

An agency is shown to a request only when a live idea that request may view names it (as
source or adopter): the public learns of no agency made for a draft or a private idea.
"""

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from kb.visibility import viewable_by

from .choices import Status
from .models import Agency, IdeaPage, StudyTripPage

LINKABLE_CACHE = "_kb_linkable_agency_ids"


def viewable_ideas(user):
    return viewable_by(IdeaPage.objects.all(), user)


def shown_agencies(user):
    """Agencies a live idea `user` may view names as its source or adopter."""
    return Agency.objects.named_by(viewable_ideas(user).values("pk"))


def linkable_ids(request):
    """The ids of shown_agencies for this request, computed once per request."""
    ids = getattr(request, LINKABLE_CACHE, None)
    if ids is None:
        ideas = viewable_ideas(request.user)
        ids = set(ideas.values_list("source_agency_id", flat=True).distinct())
        ids |= set(ideas.values_list("adopting_agency_id", flat=True).distinct())
        ids.discard(None)
        setattr(request, LINKABLE_CACHE, ids)
    return ids


def agency_list(request):
    ideas = viewable_ideas(request.user).values("pk")
    agencies = shown_agencies(request.user).annotate(
        source_total=Count("source_ideas", filter=Q(source_ideas__in=ideas), distinct=True),
        adopted_total=Count("adopted_ideas", filter=Q(adopted_ideas__in=ideas), distinct=True),
    )
    agencies = list(agencies)
    context = {
        "agency_total": len(agencies),
        "groups": [
            (_("Perangkat daerah kita"), [a for a in agencies if a.is_own]),
            (_("Instansi lain"), [a for a in agencies if not a.is_own]),
        ],
    }
    return TemplateResponse(request, "ideas/agency_list.html", context)


def agency_detail(request, slug):
    agency = get_object_or_404(Agency, slug=slug)
    if agency.pk not in linkable_ids(request):
        raise Http404
    ideas = viewable_ideas(request.user).select_related("source_agency", "adopting_agency")
    ideas = ideas.prefetch_related("dimensions").order_by("title")
    sourced = list(ideas.filter(source_agency=agency))
    adopted = list(ideas.filter(adopting_agency=agency))
    trips = (
        viewable_by(StudyTripPage.objects.all(), request.user)
        .filter(Q(participating_agencies=agency) | Q(host_agencies=agency))
        .distinct()
        .order_by("-start_date")
    )
    hosted = set(StudyTripPage.objects.filter(host_agencies=agency).values_list("pk", flat=True))
    context = {
        "agency": agency,
        "sourced": sourced,
        "adopted": [i for i in adopted if i.status != Status.STOPPED],
        "stopped": [i for i in adopted if i.status == Status.STOPPED],
        "trips": [(trip, trip.pk in hosted) for trip in trips],
    }
    return TemplateResponse(request, "ideas/agency_page.html", context)
