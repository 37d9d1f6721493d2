from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .adapt import adapt_idea
from .models import Agency, IdeaPage


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Perangkat daerah")
    list_display = ["name", "acronym", "kind", "city", BooleanColumn("is_own")]
    list_filter = ["kind", "is_own", "province"]
    search_fields = ["name", "acronym", "city"]
    ordering = ["name"]


class RegistryViewSetGroup(SnippetViewSetGroup):
    items = (AgencyViewSet,)
    menu_icon = "folder-open-inverse"
    menu_label = _("Data rujukan")
    menu_name = "registry"


register_snippet(RegistryViewSetGroup)


@hooks.register("register_admin_urls")
def register_adapt_url():
    return [path("ideas/adapt/<int:page_id>/", adapt_idea, name="ideas_adapt")]


@hooks.register("register_page_header_buttons")
def adapt_button(page, user, view_name=None, next_url=None):
    from wagtail.admin.widgets import Button

    if isinstance(page.specific_deferred, IdeaPage) and page.live:
        yield Button(
            _("Adaptasi ide ini"),
            reverse("ideas_adapt", args=[page.pk]),
            icon_name="copy",
            priority=15,
        )
