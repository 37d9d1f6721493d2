"""'Masih berjalan?': signed links that let an owner confirm an idea is still running.

A token carries the idea's pk and its last_verified_on at the time the link was made, so a
link stops working once it (or anything else) has confirmed the idea: a forwarded or replayed
link cannot move the date again. It expires after KB_CONFIRM_LINK_MAX_AGE_DAYS.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from kb.visibility import can_view

from .choices import Status
from .models import IdeaPage

SALT = "ideas.confirm-running"

# What a token turned out to be (TokenCheck.state).
VALID = "valid"
EXPIRED = "expired"
INVALID = "invalid"
UNAVAILABLE = "unavailable"  # no such idea, or it is not live: nothing about it is shown
RESTRICTED = "restricted"  # live but not for this visitor: nothing about it is shown either
STOPPED = "stopped"
USED = "used"


def make_token(idea):
    verified = idea.last_verified_on.isoformat() if idea.last_verified_on else None
    return signing.dumps({"idea": idea.pk, "verified": verified}, salt=SALT)


def confirm_url(idea):
    """The absolute confirm link for emails (built on WAGTAILADMIN_BASE_URL)."""
    return absolute_url(reverse("confirm_running", args=[make_token(idea)]))


def absolute_url(url):
    """`url` made absolute on WAGTAILADMIN_BASE_URL (an absolute `url` is kept)."""
    return urljoin(settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/", url)


@dataclass(frozen=True)
class TokenCheck:
    state: str
    idea: IdeaPage | None = None  # set for VALID, STOPPED and USED only (live ideas)

    @property
    def is_valid(self):
        return self.state == VALID


def check_token(token, request):
    """What `token` allows `request`: VALID with the live idea to confirm, or why not.

    The link is in an email that can be forwarded: a private idea is shown and confirmed only
    to someone who may view it (its owner, signed in).
    """
    max_age = datetime.timedelta(days=settings.KB_CONFIRM_LINK_MAX_AGE_DAYS)
    try:
        payload = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.SignatureExpired:
        return TokenCheck(EXPIRED)
    except signing.BadSignature:
        return TokenCheck(INVALID)
    if not isinstance(payload, dict) or not isinstance(payload.get("idea"), int):
        return TokenCheck(INVALID)
    idea = IdeaPage.objects.live().filter(pk=payload["idea"]).first()
    if idea is None:
        return TokenCheck(UNAVAILABLE)
    if not can_view(idea, request):
        return TokenCheck(RESTRICTED)
    if idea.status == Status.STOPPED:
        return TokenCheck(STOPPED, idea)
    verified = idea.last_verified_on.isoformat() if idea.last_verified_on else None
    if verified != payload.get("verified"):
        return TokenCheck(USED, idea)
    return TokenCheck(VALID, idea)


def confirm_running(idea):
    """Record that `idea` is still running today.

    Written straight to the row (no revision, no status history): the live page shows it at
    once, and IdeaPage.with_content_json keeps it when an editor later publishes a draft.
    """
    today = timezone.localdate()
    IdeaPage.objects.filter(pk=idea.pk).update(last_verified_on=today)
    idea.last_verified_on = today
    return today
