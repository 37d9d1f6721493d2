from django import template
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, TaskState

from review.models import RubricReviewTaskState

register = template.Library()


@register.simple_tag
def latest_decision(page):
    """The last decided rubric round of a page, for the notification emails."""
    return (
        RubricReviewTaskState.objects.filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id=str(page.pk),
        )
        .exclude(recommendation="")
        .exclude(status=TaskState.STATUS_CANCELLED)
        .select_related("finished_by")
        .prefetch_related("scores")
        .order_by("-finished_at", "-pk")
        .first()
    )
