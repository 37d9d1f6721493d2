"""What happens when a proposal passes review: publish it, with the next status the leader chose."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from wagtail.workflows import publish_workflow_state


def approval_note(decision):
    """The status history note for an approval: who decided, the score and the comment."""
    note = _("Disetujui dalam Tinjauan Pimpinan.")
    average = decision.round_average
    if average is not None:
        note += " " + _("Nilai rata-rata %(score)s dari 5.") % {"score": number_format(average, 1)}
    if decision.comment:
        note += " " + decision.comment
    return note


def publish_with_next_status(workflow_state, user=None):
    """Publish as Wagtail does; for an approved tiru/modifikasi, in the status the leader set.

    The status change is a new revision by the approver, so the revision the leader judged
    (and its scores) stays as it was. A leader's approval verifies the idea: it is confirmed
    running on the row first, which the published revision keeps (IdeaPage.with_content_json
    takes last_verified_on from the row), all in the approval's transaction. Models are
    imported here because Wagtail imports this function while its own models load
    (WAGTAIL_FINISH_WORKFLOW_ACTION).
    """
    from ideas.freshness import confirm_running
    from ideas.models import IdeaPage

    from .models import RubricReviewTaskState

    decision = workflow_state.current_task_state.specific
    page = workflow_state.content_object.specific
    if not (isinstance(decision, RubricReviewTaskState) and isinstance(page, IdeaPage)):
        return publish_workflow_state(workflow_state, user=user)
    confirm_running(page)
    revision = page.get_latest_revision()
    if decision.next_status:
        approved = revision.as_object()
        approved.status = decision.next_status
        approved.status_note = approval_note(decision)
        revision = approved.save_revision(user=user, log_action=True)
    revision.publish(user=user)
