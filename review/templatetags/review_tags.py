from django import template
from wagtail.models import TaskState, WorkflowState

from review import editor, notifications
from review.models import RubricReviewTaskState, is_own_proposal

register = template.Library()


@register.simple_tag
def latest_decision(page):
    """The last decided rubric round of a page, for the notification emails."""
    return (
        RubricReviewTaskState.objects.for_instance(page)
        .exclude(recommendation="")
        .exclude(status=TaskState.STATUS_CANCELLED)
        .select_related("finished_by")
        .prefetch_related("scores")
        .order_by("-finished_at", "-pk")
        .first()
    )


@register.simple_tag
def email_base_url():
    """Where the links of an email start: the triggering request's host, else KB_BASE_URL."""
    return notifications.email_base_url()


@register.inclusion_tag("review/editor_decision.html", takes_context=True)
def editor_decision(context, page):
    """The last decision on the proposal open in the editor: who, what, why, the scores."""
    decision = editor.last_decision(page) if page.pk else None
    return {
        "decision": decision,
        "returned": decision is not None
        and decision.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "is_author": decision is not None and is_own_proposal(page, context["request"].user),
    }
