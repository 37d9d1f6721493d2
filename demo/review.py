"""Put the demo's proposals through the leaders' review, as the demo leaders would have."""

from datetime import timedelta

from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from demo.proposals import PROPOSALS
from ideas.choices import Status
from review.choices import CRITERIA_FIELDS, SCORE_ACTION
from review.models import leaders_workflow


# The demo accounts' addresses are invented: the review's notifications go nowhere.
@override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
def load_proposals(ideas, users):
    """Submit each demo proposal and take its decision; returns how many were new."""
    workflow = leaders_workflow()
    created = 0
    for slug, data in PROPOSALS.items():
        idea = ideas[slug]
        if WorkflowState.objects.for_instance(idea).exists():
            continue
        workflow.start(idea, idea.owner)
        task_state = idea.current_workflow_task_state.specific
        started = timezone.now() - timedelta(days=data["waiting_days"])
        TaskState.objects.filter(pk=task_state.pk).update(started_at=started)
        WorkflowState.objects.filter(pk=task_state.workflow_state_id).update(created_at=started)
        idea.status_changes.filter(status=Status.PROPOSED).update(changed_at=started)
        task = task_state.task.specific
        for position, (username, scores, comment) in enumerate(data["scores"], start=1):
            decides = data["decision"] and position == len(data["scores"])
            task.on_action(
                task_state,
                users[username],
                data["decision"] if decides else SCORE_ACTION,
                **dict(zip(CRITERIA_FIELDS, scores, strict=True)),
                comment=comment,
                reason=data.get("reason", ""),
                next_status=data.get("next_status", ""),
            )
        created += 1
    return created
