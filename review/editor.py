"""The review in the page editor: what the author is told, and which actions each person gets.

While a proposal is in the leaders' review (waiting, or returned for changes), everyone but
an administrator goes through the review's own actions: a leader decides with the rubric
(approve, return, reject), an author resubmits. Wagtail's plain "Terbitkan" would publish
without the rubric, and "Batalkan/Mulai ulang alur kerja" would drop the round and its
reason; they stay for administrators, who may need them to unblock a proposal whose leaders
or author are gone.
"""

from wagtail.models import TaskState, WorkflowState

from .models import RubricReviewTask, RubricReviewTaskState

WORKFLOW_BYPASSES = ("action-publish", "action-cancel-workflow", "action-restart-workflow")
RESUBMIT = "action-submit"


def in_leaders_review(page):
    """The page's review state, if it is in the leaders' review (waiting or returned)."""
    state = page.current_workflow_state
    if state is None or state.current_task_state is None:
        return None
    if not isinstance(state.current_task_state.task.specific, RubricReviewTask):
        return None
    return state


def bypasses_hidden(page, user):
    return not user.is_superuser and in_leaders_review(page) is not None


def arrange_action_menu(menu_items, page, user):
    """Drop the workflow bypasses (see above); a returned proposal's first action is to
    resubmit it."""
    state = in_leaders_review(page)
    if state is None:
        return
    if not user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name not in WORKFLOW_BYPASSES]
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        menu_items.sort(key=lambda item: item.name != RESUBMIT)


def posted_bypass(request, page):
    """The bypass action a request posts that this user may not take here, if any."""
    if request.method != "POST" or not bypasses_hidden(page, request.user):
        return None
    return next((name for name in WORKFLOW_BYPASSES if name in request.POST), None)


def last_decision(page):
    """The last decided round of the page's current review, for the editor's banner."""
    state = in_leaders_review(page)
    if state is None:
        return None
    return (
        RubricReviewTaskState.objects.filter(workflow_state=state)
        .exclude(recommendation="")
        .exclude(status=TaskState.STATUS_CANCELLED)
        .select_related("finished_by", "workflow_state")
        .prefetch_related("scores")
        .order_by("-finished_at", "-pk")
        .first()
    )
