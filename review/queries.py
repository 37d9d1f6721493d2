"""Questions about proposals that the review views and the leaders' dashboard ask."""

from django.db.models import Avg, ExpressionWrapper, F, FloatField, OuterRef, Subquery
from wagtail.models import TaskState

from .choices import CRITERIA_FIELDS
from .models import RubricReviewTask, RubricReviewTaskState, RubricScore, exclude_own_proposals

SCORE_AVERAGE = ExpressionWrapper(
    sum((F(name) for name in CRITERIA_FIELDS[1:]), F(CRITERIA_FIELDS[0]))
    / float(len(CRITERIA_FIELDS)),
    output_field=FloatField(),
)


def proposal_average():
    """Mean rubric score over every round of the same proposal (workflow state), as a subquery."""
    return Subquery(
        RubricScore.objects.filter(task_state__workflow_state=OuterRef("workflow_state"))
        .values("task_state__workflow_state")
        .annotate(average=Avg(SCORE_AVERAGE))
        .values("average")
    )


def pending_reviews(user):
    """Rounds waiting for a decision that `user` may take, oldest first."""
    tasks = [
        task for task in RubricReviewTask.objects.filter(active=True) if task.is_reviewer(user)
    ]
    states = RubricReviewTaskState.objects.filter(
        task__in=tasks, status=TaskState.STATUS_IN_PROGRESS
    )
    return (
        exclude_own_proposals(states, user)
        .annotate(average_score=proposal_average())
        .select_related("workflow_state__requested_by", "revision")
        .order_by("started_at", "pk")
    )
