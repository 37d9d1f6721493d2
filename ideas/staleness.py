"""When an idea is stale: still running, and nobody has confirmed so for KB_STALE_AFTER_DAYS days.

The one rule, in the two forms it is needed in: a query condition (the dashboard, remind_stale)
and a test of one idea in memory (IdeaPage.is_stale, the "perlu diverifikasi" badge). Both take
the same cutoff from `cutoff`.
"""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .choices import Status


def cutoff(today=None, days=None):
    """An idea last confirmed before this day is stale (`days`: KB_STALE_AFTER_DAYS)."""
    today = today or timezone.localdate()
    days = settings.KB_STALE_AFTER_DAYS if days is None else days
    return today - datetime.timedelta(days=days)


def stale_condition(today=None, days=None):
    """The rule as a query condition on IdeaPage."""
    return ~Q(status=Status.STOPPED) & (
        Q(last_verified_on__isnull=True) | Q(last_verified_on__lt=cutoff(today, days))
    )


def is_stale(idea, today=None, days=None):
    """The rule for one idea in memory."""
    if idea.status == Status.STOPPED:
        return False
    return idea.last_verified_on is None or idea.last_verified_on < cutoff(today, days)
