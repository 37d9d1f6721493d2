"""Admin wiring of the review: the "my proposals" menu item and view, the already-decided page."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import already_decided, my_proposals


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("usulan-saya/", my_proposals, name="my_proposals"),
        path(
            "tinjauan/<int:task_state_id>/sudah-diputuskan/",
            already_decided,
            name="review_already_decided",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_my_proposals_menu_item():
    return MenuItem(_("Usulan saya"), reverse("my_proposals"), icon_name="tasks", order=190)


@hooks.register("insert_global_admin_css")
def review_css():
    return format_html('<link rel="stylesheet" href="{}">', static("review/rubric.css"))
