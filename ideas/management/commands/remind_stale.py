"""Email owners whose live ideas nobody has confirmed as still running for a long time.

Safe to run daily from cron: an idea is reminded at most once per
KB_STALE_REMINDER_INTERVAL_DAYS (IdeaPage.stale_reminded_on), and each owner gets one email
listing all of their stale ideas, each with its own signed "Masih berjalan?" link.
"""

import datetime
from itertools import groupby

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ideas import freshness, staleness
from ideas.models import IdeaPage


def stale_ideas(today, days):
    """Live, not stopped ideas unconfirmed for more than `days` days and not reminded lately."""
    reminded_before = today - datetime.timedelta(days=settings.KB_STALE_REMINDER_INTERVAL_DAYS)
    return (
        IdeaPage.objects.live()
        .filter(staleness.stale_condition(today, days))
        .filter(Q(stale_reminded_on__isnull=True) | Q(stale_reminded_on__lte=reminded_before))
        .select_related("owner")
        .order_by("owner_id", "title", "pk")
    )


class Command(BaseCommand):
    help = (
        "Email each owner of live ideas not verified within KB_STALE_AFTER_DAYS a link to "
        "confirm they are still running (at most once per KB_STALE_REMINDER_INTERVAL_DAYS)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            help="An idea is stale after this many days without verification "
            "(default: KB_STALE_AFTER_DAYS).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only list who would be reminded; send nothing and remember nothing.",
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is None:
            days = settings.KB_STALE_AFTER_DAYS
        if days < 0:
            raise CommandError("--days tidak boleh negatif.")
        today = timezone.localdate()
        sent_ideas = sent_owners = 0
        failures = []
        with translation.override(settings.LANGUAGE_CODE):
            ideas = stale_ideas(today, days)
            for owner, owned in groupby(ideas, key=lambda idea: idea.owner):
                owned = list(owned)
                titles = ", ".join(f"“{idea.title}”" for idea in owned)
                if owner is None or not owner.email:
                    who = owner.get_username() if owner else "(tanpa pemilik)"
                    self.stderr.write(f"Dilewati, pemilik {who} tidak punya email: {titles}")
                    continue
                if dry_run:
                    self.stdout.write(f"Akan diingatkan: {owner.email}: {titles}")
                else:
                    try:
                        self.send(owner, owned, days)
                    except Exception as error:  # one bad address must not stop the others
                        failures.append(owner.email)
                        self.stderr.write(f"Gagal mengirim ke {owner.email}: {error}")
                        continue
                    IdeaPage.objects.filter(pk__in=[i.pk for i in owned]).update(
                        stale_reminded_on=today
                    )
                sent_ideas += len(owned)
                sent_owners += 1
        verb = "akan dikirim" if dry_run else "dikirim"
        self.stdout.write(f"{sent_ideas} pengingat {verb} ke {sent_owners} pemilik")
        if failures:
            raise CommandError(f"Gagal mengirim ke {len(failures)} pemilik: {', '.join(failures)}")

    def send(self, owner, ideas, days):
        context = {
            "owner_name": owner.get_full_name().strip() or owner.get_username(),
            "days": days,
            "max_age_days": settings.KB_CONFIRM_LINK_MAX_AGE_DAYS,
            "ideas": [
                {
                    "title": idea.title,
                    "url": freshness.absolute_url(idea.get_url() or ""),
                    "last_verified_on": idea.last_verified_on,
                    "confirm_url": freshness.confirm_url(idea),
                }
                for idea in ideas
            ],
        }
        subject = render_to_string("ideas/email/stale_reminder_subject.txt", context)
        body = render_to_string("ideas/email/stale_reminder.txt", context)
        send_mail(" ".join(subject.split()), body, None, [owner.email])
