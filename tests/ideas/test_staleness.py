"""The stale rule: the query condition and IdeaPage.is_stale agree, on both sides of the cutoff."""

import datetime

from django.test import TestCase, override_settings
from django.utils import timezone

from ideas.choices import Status, StopReason
from ideas.models import IdeaPage
from ideas.staleness import cutoff, stale_condition
from tests import factories


@override_settings(KB_STALE_AFTER_DAYS=30)
class StaleRuleTests(TestCase):
    def test_the_query_and_the_page_agree(self):
        today = timezone.localdate()
        verified = {
            "never": None,
            "today": today,
            "on the cutoff": today - datetime.timedelta(days=30),
            "a day before it": today - datetime.timedelta(days=31),
        }
        ideas = {
            name: factories.idea(f"Ide {name}", last_verified_on=day)
            for name, day in verified.items()
        }
        ideas["stopped, never"] = factories.idea(
            "Ide berhenti",
            status=Status.STOPPED,
            stop_reason=StopReason.BUDGET,
            stop_detail="Dana terlambat.",
        )
        queried = set(IdeaPage.objects.filter(stale_condition()).values_list("pk", flat=True))
        for name, idea in ideas.items():
            idea = IdeaPage.objects.get(pk=idea.pk)
            self.assertEqual(idea.is_stale, idea.pk in queried, name)
        stale = {name for name, idea in ideas.items() if idea.pk in queried}
        self.assertEqual(stale, {"never", "a day before it"})

    def test_days_and_today_move_the_cutoff(self):
        day = datetime.date(2026, 3, 31)
        self.assertEqual(cutoff(day), datetime.date(2026, 3, 1))
        self.assertEqual(cutoff(day, days=0), day)
