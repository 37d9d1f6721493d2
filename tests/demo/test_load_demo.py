from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page, PageViewRestriction, Revision, WorkflowState

from demo.restricted import RESTRICTED_IDEAS
from ideas.choices import Stage
from ideas.models import Agency, Dimension, IdeaPage, StudyTripPage
from kb.visibility import viewable_by
from review.models import RubricReviewTaskState


def snapshot():
    return {
        "agencies": Agency.objects.count(),
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "tags": IdeaPage.tags.through.objects.count(),
        "restrictions": PageViewRestriction.objects.count(),
        "restricted_groups": PageViewRestriction.groups.through.objects.count(),
    }


class LoadDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = StringIO()
        call_command("load_demo", password="demo-uji-123", stdout=cls.output)

    def test_second_run_creates_nothing(self):
        before = snapshot()
        call_command("load_demo", password="demo-uji-123", stdout=StringIO())
        self.assertEqual(snapshot(), before)

    def test_agencies_trips_and_ideas(self):
        self.assertGreaterEqual(Agency.objects.filter(is_own=True, city="Ambon").count(), 10)
        self.assertGreaterEqual(Agency.objects.exclude(city="Ambon").count(), 8)
        self.assertEqual(StudyTripPage.objects.live().count(), 5)
        self.assertGreaterEqual(IdeaPage.objects.count(), 40)
        live = IdeaPage.objects.live()
        self.assertEqual(set(live.values_list("stage", flat=True)), set(Stage.values))
        self.assertEqual(
            set(Dimension.objects.filter(ideas__in=live).values_list("slug", flat=True)),
            set(Dimension.objects.values_list("slug", flat=True)),
        )
        self.assertTrue(IdeaPage.objects.filter(live=False).exists(), "demo shows drafts too")

    def test_every_demo_idea_is_valid_and_marked_illustrative(self):
        for page in IdeaPage.objects.all():
            with self.subTest(page=page.title):
                page.full_clean()
                self.assertTrue(page.is_illustrative)
                if page.stage in Stage.derived():
                    self.assertIsNotNone(page.derived_from_id)

    def test_lineage_chains_and_a_popular_idea(self):
        deep_chains = [i for i in IdeaPage.objects.live() if len(i.source_chain) >= 2]
        originals = {link.idea.pk for i in deep_chains for link in i.source_chain[-1:]}
        self.assertGreaterEqual(len(originals), 5, "5 chains of depth 3 (amati -> ... -> ...)")
        self.assertTrue(any(i.adoption_count >= 3 for i in IdeaPage.objects.live()))
        self.assertTrue(
            any(
                len({n.idea.adopting_agency_id for n in i.adoption_tree}) >= 3
                for i in IdeaPage.objects.live()
            )
        )

    def test_internal_ideas_are_live_and_readable_only_by_staff_groups(self):
        internal = IdeaPage.objects.live().filter(slug__in=[d["slug"] for d in RESTRICTED_IDEAS])
        self.assertEqual(internal.count(), len(RESTRICTED_IDEAS))
        self.assertGreaterEqual(internal.count(), 3)
        for idea in internal:
            with self.subTest(idea=idea.title):
                (restriction,) = idea.get_view_restrictions()
                self.assertEqual(restriction.restriction_type, PageViewRestriction.GROUPS)
                self.assertEqual(
                    {g.name for g in restriction.groups.all()}, {"Pembaca", "Penulis", "Pimpinan"}
                )
        for viewer, sees in (
            (AnonymousUser(), False),
            (get_user_model().objects.get(username="pembaca"), True),
        ):
            with self.subTest(viewer=str(viewer)):
                shown = viewable_by(IdeaPage.objects.all(), viewer).filter(pk__in=internal)
                self.assertEqual(shown.count(), len(RESTRICTED_IDEAS) if sees else 0)

    def test_one_account_per_group_with_printed_password(self):
        for username, group in (
            ("penulis", "Penulis"),
            ("pimpinan", "Pimpinan"),
            ("pembaca", "Pembaca"),
        ):
            with self.subTest(username=username):
                user = get_user_model().objects.get(username=username)
                self.assertTrue(user.groups.filter(name=group).exists())
                self.assertTrue(user.check_password("demo-uji-123"))
                self.assertIn(username, self.output.getvalue())


class DemoReviewTests(TestCase):
    """A newcomer sees the review workflow at once: a proposal in each state, timelines."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", password="demo-uji-123", stdout=StringIO())

    def test_a_proposal_in_each_state(self):
        states = {ws.content_object.specific.slug: ws.status for ws in WorkflowState.objects.all()}
        self.assertEqual(
            sorted(states.values()),
            sorted(
                [
                    WorkflowState.STATUS_APPROVED,
                    WorkflowState.STATUS_CANCELLED,
                    WorkflowState.STATUS_IN_PROGRESS,
                    WorkflowState.STATUS_NEEDS_CHANGES,
                ]
            ),
        )
        decided = RubricReviewTaskState.objects.exclude(recommendation="")
        self.assertEqual(
            sorted(decided.values_list("recommendation", flat=True)),
            ["kembalikan", "setujui", "tolak"],
        )
        self.assertTrue(all(s.reason for s in decided if s.recommendation != "setujui"))
        approved = IdeaPage.objects.get(
            slug=decided.get(recommendation="setujui").workflow_state.content_object.slug
        )
        self.assertTrue(approved.live)
        self.assertEqual(approved.status, "dikaji")
        waiting = RubricReviewTaskState.objects.get(recommendation="", status="in_progress")
        self.assertTrue(waiting.scores.exists(), "the dashboard shows an average score")

    def test_status_timelines_are_in_order_and_stopped_ideas_say_why(self):
        for idea in IdeaPage.objects.live():
            with self.subTest(idea=idea.slug):
                changes = list(idea.status_changes.order_by("changed_at", "pk"))
                self.assertEqual(changes[-1].status, idea.status)
                self.assertEqual(changes[0].status, "diusulkan")
                dates = [c.changed_at for c in changes]
                self.assertEqual(dates, sorted(dates))
                if idea.status == "dihentikan":
                    self.assertTrue(changes[-1].stop_reason and changes[-1].stop_detail)
