"""The leaders' dashboard ("Dasbor Pimpinan"): what waits for them and how the registry moves."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import stats
from .charts import Chart, Row

LEADERS_GROUP = "Pimpinan"
# The agency chart shows the busiest ones; the table below it lists them all.
AGENCY_CHART_LIMIT = 15


def is_leader(user):
    """Superusers and members of the Pimpinan group. Asked by the menu on every admin page,
    so the answer is kept on the user object for the request."""
    if not hasattr(user, "_is_leader"):
        user._is_leader = user.is_active and (
            user.is_superuser or user.groups.filter(name=LEADERS_GROUP).exists()
        )
    return user._is_leader


class LeadersDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "dashboard/leaders_dashboard.html"
    page_title = gettext_lazy("Dasbor Pimpinan")
    header_icon = "view"

    def dispatch(self, request, *args, **kwargs):
        # A real 403: Wagtail turns PermissionDenied into a redirect to the admin home.
        if not is_leader(request.user):
            return TemplateResponse(request, "dashboard/forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        figures = stats.registry_figures()
        agencies = figures.agencies
        context.update(
            pending=stats.pending_proposals(self.request.user),
            stage_chart=Chart(
                "stage",
                _("Jumlah ide per tahap ATM"),
                [Row(stage.label, count) for stage, count in figures.by_stage],
                centred=True,
            ),
            status_chart=Chart(
                "status",
                _("Jumlah ide per status penerapan"),
                [Row(status.label, count) for status, count in figures.by_status],
            ),
            agencies=agencies,
            agency_chart=Chart(
                "agency",
                _("Aktivitas per perangkat daerah (jumlah keempat angka)"),
                [Row(str(row.agency), row.total) for row in agencies[:AGENCY_CHART_LIMIT]],
            ),
            most_adopted=stats.most_adopted(),
            stale=stats.stale_ideas(),
            stale_total=figures.stale_total,
            stale_after_days=settings.KB_STALE_AFTER_DAYS,
        )
        return context
