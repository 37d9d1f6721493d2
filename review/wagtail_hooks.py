"""Admin wiring of the review: "my proposals", the outcome page and message, the modal's CSS,
the editor's action menu."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from ideas.models import IdeaPage

from .choices import DECISION_ACTIONS, SCORE_ACTION
from .editor import arrange_action_menu, posted_bypass
from .models import RubricReviewTaskState
from .views import my_proposals, review_outcome, tell_outcome


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("usulan-saya/", my_proposals, name="my_proposals"),
        path("tinjauan/<int:task_state_id>/", review_outcome, name="review_outcome"),
    ]


@hooks.register("register_admin_menu_item")
def register_my_proposals_menu_item():
    return MenuItem(_("Usulan saya"), reverse("my_proposals"), icon_name="tasks", order=190)


@hooks.register("insert_global_admin_css")
def review_css():
    return format_html('<link rel="stylesheet" href="{}">', static("review/rubric.css"))


@hooks.register("after_edit_page")
def tell_review_outcome(request, page):
    """A review action taken from the editor's footer: say what it did (Wagtail says only
    that the page was saved)."""
    action = request.POST.get("workflow-action-name")
    if action not in (*DECISION_ACTIONS, SCORE_ACTION) or not isinstance(page, IdeaPage):
        return
    state = RubricReviewTaskState.objects.for_instance(page).order_by("-started_at", "-pk").first()
    if state is not None:
        tell_outcome(request, state)


@hooks.register("construct_page_action_menu")
def review_action_menu(menu_items, request, context):
    page = context.get("page")
    if context.get("view") == "edit" and page is not None:
        arrange_action_menu(menu_items, page, request.user)


@hooks.register("before_edit_page")
def refuse_workflow_bypass(request, page):
    """The menu no longer offers the bypasses (review.editor); a hand-made post is refused."""
    if posted_bypass(request, page) is None:
        return None
    messages.error(
        request,
        _(
            "Usulan ini sedang dalam Tinjauan Pimpinan: putuskan lewat tindakan tinjauan "
            "(setujui, kembalikan, tolak) atau ajukan ulang. Tidak ada yang disimpan."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
