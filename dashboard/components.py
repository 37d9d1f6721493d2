"""The leaders' summary on the Wagtail admin home page, linking to the dashboard."""

from wagtail.admin.ui.components import Component

from . import stats


class LeadersSummaryPanel(Component):
    name = "leaders_summary"
    template_name = "dashboard/home_panel.html"
    # Before Wagtail's own panels (awaiting review is 210).
    order = 100

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {
            "pending_count": stats.pending_count(self.user),
            "stale_count": stats.stale_queryset(stats.viewable_ideas(self.user)).count(),
        }
