"""Signal handlers of the review workflow."""

from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.admin.signal_handlers import task_submission_email_notifier
from wagtail.signals import task_submitted, workflow_submitted

from ideas.history import record_status_change
from ideas.models import IdeaPage

from .models import RubricReviewTaskState


@receiver(workflow_submitted)
def record_proposal(sender, instance, user=None, **kwargs):
    """A submitted idea enters the status history as proposed (once; resubmissions add nothing)."""
    page = instance.content_object.specific
    if isinstance(page, IdeaPage) and not page.status_changes.exists():
        draft = page.get_latest_revision_as_object()
        record_status_change(page, draft.status, user, note=_("Diajukan untuk Tinjauan Pimpinan."))


# Wagtail tells reviewers of a new submission only for its own TaskState class.
task_submitted.connect(
    task_submission_email_notifier,
    sender=RubricReviewTaskState,
    dispatch_uid="rubric_review_submitted_email_notification",
)
