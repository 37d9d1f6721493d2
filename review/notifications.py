"""The review's emails: who gets one, and the address their links start with.

Each event sends one email per person. A new proposal is announced by the task's email
(ours, in Indonesian, with the stage and the links to score it) to the leaders and the
administrators; Wagtail's own "submitted to workflow" email to administrators is off
(WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False), so this notifier adds them itself.

Links point at the host the triggering request came to (the leader's or the author's own
address for the site); with no request (a management command), at WAGTAILADMIN_BASE_URL.
"""

from contextvars import ContextVar

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier

current_request = ContextVar("review_current_request", default=None)


def email_base_url():
    """Scheme and host for links in emails, without a trailing slash."""
    request = current_request.get()
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return (settings.WAGTAILADMIN_BASE_URL or "").rstrip("/")


class RubricReviewSubmissionEmailNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Tells the reviewers' groups and the administrators, once each, of a new proposal."""

    def get_recipient_users(self, task_state, **kwargs):
        recipients = super().get_recipient_users(task_state, **kwargs)
        administrators = get_user_model().objects.filter(is_superuser=True)
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            administrators = administrators.exclude(pk=triggering_user.pk)
        return set(recipients) | set(administrators)
