"""Signal handlers of the review workflow."""

from django.dispatch import receiver
from django.utils.translation import gettext as _
from wagtail.signals import task_submitted, workflow_submitted

from ideas.history import record_status_change
from ideas.models import IdeaPage

from .models import RubricReviewTaskState
from .notifications import RubricReviewSubmissionEmailNotifier


@receiver(workflow_submitted)
def record_proposal(sender, instance, user=None, **kwargs):
    """A submitted idea enters the status history as proposed (once; resubmissions add nothing)."""
    page = instance.content_object.specific
    if isinstance(page, IdeaPage) and not page.status_changes.exists():
        draft = page.get_latest_revision_as_object()
        record_status_change(page, draft.status, user, note=_("Diajukan untuk Tinjauan Pimpinan."))


# Wagtail tells reviewers of a new submission only for its own TaskState class; ours also
# tells the administrators, whose Wagtail "submitted to workflow" email is off.
submission_email_notifier = RubricReviewSubmissionEmailNotifier()
task_submitted.connect(
    submission_email_notifier,
    sender=RubricReviewTaskState,
    dispatch_uid="rubric_review_submitted_email_notification",
)
