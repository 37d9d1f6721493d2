"""The leaders' dashboard ("Dasbor Pimpinan"): what waits for them and how the registry moves,
for a period, with the agency table as a CSV file."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import export, stats
from .charts import Chart, Row
from .period import period_form, presets

LEADERS_GROUP = "Pimpinan"
# The agency charts show the busiest ones; the tables below them list them all.
AGENCY_CHART_LIMIT = 15


def is_leader(user):
    """Who may see the dashboard and take its figures out: superusers and members of the
    Pimpinan group. Asked by the menu on every admin page, so the answer is kept on the user
    object for the request."""
    if not hasattr(user, "_is_leader"):
        user._is_leader = user.is_active and (
            user.is_superuser or user.groups.filter(name=LEADERS_GROUP).exists()
        )
    return user._is_leader


class LeadersOnlyMixin:
    """The dashboard's one rule, for the page and its download alike (anonymous visitors are
    sent to the login by Wagtail's admin URLs before they get here)."""

    def dispatch(self, request, *args, **kwargs):
        # A real 403: Wagtail turns PermissionDenied into a redirect to the admin home.
        if not is_leader(request.user):
            return TemplateResponse(request, "dashboard/forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)


def with_query(url, period):
    query = urlencode(period.query())
    return f"{url}?{query}" if query else url


def agency_chart(slug, title, rows):
    return Chart(
        slug, title, [Row(str(row.agency), row.total) for row in rows[:AGENCY_CHART_LIMIT]]
    )


class LeadersDashboardView(LeadersOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "dashboard/leaders_dashboard.html"
    page_title = gettext_lazy("Dasbor Pimpinan")
    header_icon = "view"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        form = period_form(self.request)
        period = form.period()
        ideas = stats.ideas_in(user, period)
        figures = stats.registry_figures(ideas)
        url = reverse("leaders_dashboard")
        context.update(
            form=form,
            period=period,
            presets=[(label, with_query(url, preset)) for label, preset in presets()],
            csv_url=with_query(reverse("leaders_dashboard_csv"), period),
            most_adopted_csv_url=with_query(reverse("leaders_dashboard_most_adopted_csv"), period),
            pending=stats.pending_proposals(user, period),
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
            own_agencies=figures.own_agencies,
            outside_agencies=figures.outside_agencies,
            own_chart=agency_chart(
                "own-agencies",
                _("Jumlah ide per perangkat daerah kota"),
                figures.own_agencies,
            ),
            outside_chart=agency_chart(
                "outside-agencies",
                _("Jumlah ide per instansi di luar kota"),
                figures.outside_agencies,
            ),
            most_adopted=stats.most_adopted(user, period),
            stale=stats.stale_ideas(ideas),
            stale_total=figures.stale_total,
            stale_after_days=settings.KB_STALE_AFTER_DAYS,
        )
        return context


class CSVView(LeadersOnlyMixin, View):
    """One of the dashboard's tables, for the same period, as a CSV file."""

    def get(self, request):
        form = period_form(request)
        if form.is_bound and not form.is_valid():
            # Only a hand-made link gets here: the page says what is wrong with it.
            return redirect(f"{reverse('leaders_dashboard')}?{request.GET.urlencode()}")
        return self.csv(request, form.period())


class AgencyTableCSVView(CSVView):
    def csv(self, request, period):
        figures = stats.registry_figures(stats.ideas_in(request.user, period))
        return export.agency_table_csv(figures, period)


class MostAdoptedCSVView(CSVView):
    """Every idea adopted in the period, not only the page's first ten."""

    def csv(self, request, period):
        items = stats.most_adopted(request.user, period, limit=None)
        return export.most_adopted_csv(items, period, request)
