from django import template
from wagtail.models import TaskState

from review.models import RubricReviewTaskState

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
