"""'Catat ide yang diamati di sini': a new Amati idea that starts from a study trip.

Wagtail's own page editor, opened with the trip, its destination as the origin place, its
first day as the date observed and its (first) host agency as the source agency already
filled in. Saving posts to Wagtail's usual "add page" view, so nothing exists until the
author saves.
"""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from wagtail.admin.views.pages.create import CreateView

from kb.visibility import viewable_or_404

from .choices import Stage
from .models import IdeaIndexPage, IdeaPage, StudyTripPage


def idea_index_for(user):
    """The idea list `user` may add an idea to, or None (the rule of "Adaptasi ide ini")."""
    for index in IdeaIndexPage.objects.all():
        if index.permissions_for_user(user).can_add_subpage():
            return index
    return None


def observe_url(trip):
    return reverse("ideas_observe", args=[trip.pk])


class ObserveOnTripView(CreateView):
    http_method_names = ["get"]

    def dispatch(self, request, trip_id):
        # Only a trip this user may read: its details are copied into the editor.
        self.trip = viewable_or_404(
            get_object_or_404(StudyTripPage.objects.live(), pk=trip_id), request
        )
        index = idea_index_for(request.user) or get_object_or_404(IdeaIndexPage.objects.all()[:1])
        # CreateView refuses (PermissionDenied) a user who may not add ideas there.
        return super().dispatch(request, "ideas", IdeaPage._meta.model_name, index.pk)

    def get(self, request):
        trip = self.trip
        self.page.stage = Stage.AMATI
        self.page.study_trip = trip
        self.page.origin_place = trip.destination
        self.page.observed_on = trip.start_date
        self.page.source_agency = trip.host_agencies.order_by("name").first()
        return super().get(request)
