"""Admin wiring: agency snippets, flat listings of ideas and trips, the adapt, "observed
here" and "still running" actions."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .adapt import adapt_idea, may_adapt
from .choices import Stage, Status
from .duplicates import duplicates_view
from .models import Agency, IdeaPage, StudyTripPage
from .observe import ObserveOnTripView, idea_index_for, observe_url
from .views import confirm_running_admin


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Perangkat daerah")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "acronym", "kind", "city", BooleanColumn("is_own")]
    list_filter = ["kind", "is_own", "province"]
    ordering = ["name"]


class IdeaFilterSet(PageFilterSet):
    stage = django_filters.ChoiceFilter(label=_("Tahap ATM"), choices=Stage.choices)
    status = django_filters.ChoiceFilter(label=_("Status penerapan"), choices=Status.choices)

    class Meta:
        model = IdeaPage
        fields = []


class IdeaListingViewSet(PageListingViewSet):
    model = IdeaPage
    icon = "pick"
    menu_label = _("Semua ide")
    name = "ideas"
    filterset_class = IdeaFilterSet
    columns = [
        *IndexView.base_columns,
        Column("stage", label=_("Tahap"), accessor="get_stage_display", sort_key="stage"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
    ]


class StudyTripListingViewSet(PageListingViewSet):
    model = StudyTripPage
    icon = "site"
    menu_label = _("Studi banding")
    name = "trips"
    columns = [
        *IndexView.base_columns,
        Column("destination", label=pgettext_lazy("trip", "Tujuan"), accessor="destination"),
        Column("start_date", label=_("Mulai"), sort_key="start_date"),
    ]


class RegistryViewSetGroup(ViewSetGroup):
    menu_label = _("Lumbung Inovasi")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (IdeaListingViewSet, StudyTripListingViewSet)


register_snippet(AgencyViewSet)


@hooks.register("register_admin_viewset")
def register_registry_listings():
    return RegistryViewSetGroup()


@hooks.register("register_admin_urls")
def register_adapt_url():
    return [
        path("ideas/adapt/<int:page_id>/", adapt_idea, name="ideas_adapt"),
        path("ideas/duplicates/", duplicates_view, name="ideas_duplicates"),
        path("ideas/observe/<int:trip_id>/", ObserveOnTripView.as_view(), name="ideas_observe"),
        path(
            "ideas/confirm-running/<int:page_id>/",
            confirm_running_admin,
            name="ideas_confirm_running",
        ),
    ]


@hooks.register("register_page_header_buttons")
def adapt_button(page, user, view_name=None, next_url=None):
    idea = page.specific_deferred
    if page.live and isinstance(idea, IdeaPage) and may_adapt(idea, user):
        yield Button(
            _("Adaptasi ide ini"),
            reverse("ideas_adapt", args=[page.pk]),
            icon_name="copy",
            priority=15,
        )


@hooks.register("register_page_header_buttons")
def confirm_running_button(page, user, view_name=None, next_url=None):
    """A POST (Wagtail's w-action controller sends the CSRF token), never a link."""
    idea = page.specific_deferred
    if (
        page.live
        and isinstance(idea, IdeaPage)
        and idea.status != Status.STOPPED
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            _("Konfirmasi masih berjalan"),
            icon_name="check",
            priority=16,
            attrs={
                "data-controller": "w-action",
                "data-action": "w-action#post",
                "data-w-action-url-value": reverse("ideas_confirm_running", args=[page.pk]),
            },
        )


@hooks.register("register_page_header_buttons")
def observe_button(page, user, view_name=None, next_url=None):
    if (
        page.live
        and isinstance(page.specific_deferred, StudyTripPage)
        and idea_index_for(user) is not None
    ):
        yield Button(
            _("Catat ide yang diamati di sini"),
            observe_url(page),
            icon_name="plus",
            priority=15,
        )
