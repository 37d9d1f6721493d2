"""The status history: every status an idea has had, when, by whom and why.

A change is recorded when an idea is published with a status other than the last recorded
one (page_published, below) and by the review workflow when a proposal is first submitted.
"""

from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from .models import IdeaPage, StatusChange


def last_recorded_status(idea):
    """The status of the idea's latest StatusChange, or None when nothing is recorded."""
    return (
        StatusChange.objects.filter(idea_id=idea.pk)
        .order_by("-changed_at", "-pk")
        .values_list("status", flat=True)
        .first()
    )


def record_status_change(idea, status, user, note="", stop_reason="", stop_detail="", when=None):
    """Record that `idea` now has `status`; None (nothing written) if that is already the last
    recorded status. `user` may be None (or anonymous) when nobody is known."""
    previous = last_recorded_status(idea)
    if previous == status:
        return None
    return StatusChange.objects.create(
        idea_id=idea.pk,
        status=status,
        previous_status=previous or "",
        changed_at=when or timezone.now(),
        changed_by=user if user is not None and user.is_authenticated else None,
        note=note or "",
        stop_reason=stop_reason or "",
        stop_detail=stop_detail or "",
    )


@receiver(page_published)
def record_published_status(sender, instance, revision=None, **kwargs):
    if not isinstance(instance, IdeaPage):
        return
    user = revision.user if revision is not None and revision.user_id else instance.owner
    record_status_change(
        instance,
        instance.status,
        user,
        note=instance.status_note,
        stop_reason=instance.stop_reason,
        stop_detail=instance.stop_detail,
    )
