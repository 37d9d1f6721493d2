"""Review middleware: ids in one workflow URL must belong together; the request is kept for
the review's emails (CurrentRequestMiddleware).

Wagtail's workflow action URLs (``/admin/pages/workflow/action/<page_id>/<action>/<task_state_id>/``
and the editor's ``collect_action_data``) take a page id and a task state id, and Wagtail checks
the actions against the page while acting on the task state: a task state of another page (a
leader's own proposal, say) went through under the id of a page the user may review. Such a
request is answered 404 before any view runs.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page, TaskState

from .notifications import current_request

PAGE_WORKFLOW_VIEWS = {
    "wagtailadmin_pages:workflow_action",
    "wagtailadmin_pages:collect_workflow_action_data",
}


def task_state_belongs_to_page(task_state_id, page_id):
    return TaskState.objects.filter(
        pk=task_state_id,
        workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        workflow_state__object_id=str(page_id),
    ).exists()


class WorkflowActionIdsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in PAGE_WORKFLOW_VIEWS:
            return None
        if not task_state_belongs_to_page(view_kwargs["task_state_id"], view_kwargs["page_id"]):
            raise Http404
        return None


class CurrentRequestMiddleware:
    """Keeps the request for the review's emails, whose links use its host
    (review.notifications.email_base_url)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)
