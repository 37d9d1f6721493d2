"""Admin wiring: the dashboard's URL, its menu item and its panel on the admin home page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .components import LeadersSummaryPanel
from .views import AgencyTableCSVView, LeadersDashboardView, MostAdoptedCSVView, is_leader


class LeadersMenuItem(MenuItem):
    def is_shown(self, request):
        return is_leader(request.user)


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [
        path("dasbor-pimpinan/", LeadersDashboardView.as_view(), name="leaders_dashboard"),
        path(
            "dasbor-pimpinan/perangkat-daerah.csv",
            AgencyTableCSVView.as_view(),
            name="leaders_dashboard_csv",
        ),
        path(
            "dasbor-pimpinan/paling-banyak-diadopsi.csv",
            MostAdoptedCSVView.as_view(),
            name="leaders_dashboard_most_adopted_csv",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return LeadersMenuItem(
        _("Dasbor Pimpinan"),
        reverse("leaders_dashboard"),
        name="leaders-dashboard",
        icon_name="view",
        order=150,
    )


@hooks.register("construct_homepage_panels")
def add_leaders_summary(request, panels):
    if is_leader(request.user):
        panels.append(LeadersSummaryPanel(request.user))
